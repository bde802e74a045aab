/**
 * Back-test of a fit: predicted against actual transactions in the hold-out period, by
 * calibration frequency and as a cumulative weekly curve over calibration and hold-out — the
 * two checks of Fader, Hardie & Lee (2005) and the BTYD package — under any of the models.
 *
 * Weeks follow BTYD's walkthrough: week w counts the transactions on days 7(w−1) … 7w − 1 after
 * the first customer's first purchase, and its expected value is taken at the end of that last
 * day, 7w days after the start (BTYD's `ExpectedCumulativeTransactions` at t = w weeks).
 */

import type { DayNumber } from '../model';
import type { BgNbdParams } from './bgnbd';
import { CLV_MODELS, type ClvModel, type ModelParams } from './models';
import { UNIT_DAYS, type GroupedSummary, type RfmSummary } from './summary';
import type { CustomerTransactions } from './transactions';

/** Calibration frequencies from this one up are pooled into one bin ("7+"). */
export const DEFAULT_CENSOR = 7;

export interface FrequencyBin {
	/** Calibration repeat transactions; the last bin holds this many or more. */
	frequency: number;
	/** True for the pooled last bin. */
	orMore: boolean;
	customers: number;
	/** Mean actual hold-out transactions per customer. */
	actual: number;
	/** Mean conditional expected hold-out transactions per customer. */
	predicted: number;
}

export interface TrackingWeek {
	/** 1 = the week starting on the first customer's first purchase day. */
	week: number;
	/** Last day of the week (the last one may be cut short at the hold-out end). */
	endDay: DayNumber;
	/** Cumulative repeat transactions of the summary customers up to `endDay`. */
	actual: number;
	/**
	 * Cumulative expected repeat transactions at the end of `endDay`:
	 * Σ customers E[X(endDay + 1 − first day)].
	 */
	predicted: number;
}

export interface Backtest {
	/** Hold-out length in model units. */
	holdoutLength: number;
	/** Weeks (from the first purchase) up to the calibration end, where the hold-out begins. */
	calibrationWeeks: number;
	byFrequency: FrequencyBin[];
	cumulative: TrackingWeek[];
}

export interface BacktestInput {
	summary: RfmSummary;
	groups: GroupedSummary;
	/** Hold-out transactions per summary customer. */
	holdout: Uint32Array;
	/** Transactions through the hold-out end (for the weekly curve). */
	transactions: CustomerTransactions;
	holdoutEnd: DayNumber;
}

/** Both back-test views for a BG/NBD fit on the calibration period. */
export function backtest(
	input: BacktestInput,
	params: BgNbdParams,
	censor = DEFAULT_CENSOR
): Backtest {
	return backtestModel(input, CLV_MODELS.bgnbd as unknown as ClvModel, params, censor);
}

/**
 * Conditional expected hold-out transactions of every summary customer (computed once per
 * group of identical customers), for the by-frequency view and the per-customer error.
 */
export function holdoutPredictions(
	input: Pick<BacktestInput, 'summary' | 'groups'>,
	model: ClvModel,
	params: ModelParams,
	holdoutLength: number
): Float64Array {
	const { summary, groups } = input;
	const predictedOfGroup = new Float64Array(groups.weight.length);
	const numerators = new Map<string, number>();
	for (let g = 0; g < predictedOfGroup.length; g++) {
		const x = groups.frequency[g];
		const key = `${x}|${groups.age[g]}`;
		let numerator = numerators.get(key);
		if (numerator === undefined) {
			numerator = model.conditionalNumerator(params, holdoutLength, x, groups.age[g]);
			numerators.set(key, numerator);
		}
		predictedOfGroup[g] =
			numerator * model.probabilityAlive(params, x, groups.recency[g], groups.age[g]);
	}
	return Float64Array.from(summary.customerIds, (_, c) => predictedOfGroup[groups.groupOf[c]]);
}

/** Both back-test views for a fit of `model` on the calibration period. */
export function backtestModel(
	input: BacktestInput,
	model: ClvModel,
	params: ModelParams,
	censor = DEFAULT_CENSOR
): Backtest {
	const { summary, holdoutEnd } = input;
	const holdoutLength = (holdoutEnd - summary.calibrationEnd) / UNIT_DAYS[summary.unit];
	const start = summary.firstDay.reduce((min, day) => Math.min(min, day), Infinity);
	return {
		holdoutLength,
		calibrationWeeks: Number.isFinite(start)
			? Math.ceil((summary.calibrationEnd - start + 1) / 7)
			: 0,
		byFrequency: byFrequency(
			input,
			holdoutPredictions(input, model, params, holdoutLength),
			censor
		),
		cumulative: Number.isFinite(start) ? cumulativeWeeks(input, model, params, start) : []
	};
}

/** Mean actual and predicted hold-out transactions by calibration frequency 0 … censor+. */
function byFrequency(
	input: BacktestInput,
	predictions: Float64Array,
	censor: number
): FrequencyBin[] {
	const { summary, holdout } = input;
	const bins: FrequencyBin[] = Array.from({ length: censor + 1 }, (_, frequency) => ({
		frequency,
		orMore: frequency === censor,
		customers: 0,
		actual: 0,
		predicted: 0
	}));
	for (let c = 0; c < summary.customerIds.length; c++) {
		const bin = bins[Math.min(summary.frequency[c], censor)];
		bin.customers++;
		bin.actual += holdout[c];
		bin.predicted += predictions[c];
	}
	for (const bin of bins) {
		bin.actual = bin.customers > 0 ? bin.actual / bin.customers : NaN;
		bin.predicted = bin.customers > 0 ? bin.predicted / bin.customers : NaN;
	}
	return bins;
}

/** Cumulative actual and expected repeat transactions at the end of each week. */
function cumulativeWeeks(
	input: BacktestInput,
	model: ClvModel,
	params: ModelParams,
	start: DayNumber
): TrackingWeek[] {
	const { summary, transactions, holdoutEnd } = input;
	const unitDays = UNIT_DAYS[summary.unit];
	const weeks = Math.ceil((holdoutEnd - start + 1) / 7);
	const repeatsInWeek = new Float64Array(weeks);
	const rowOfSource = new Map<number, number>();
	transactions.sourceIndex.forEach((source, row) => rowOfSource.set(source, row));
	const customersBornOn = new Map<DayNumber, number>();
	summary.sourceIndex.forEach((source, c) => {
		const birth = summary.firstDay[c];
		customersBornOn.set(birth, (customersBornOn.get(birth) ?? 0) + 1);
		const row = rowOfSource.get(source);
		if (row === undefined) return;
		for (let k = transactions.start[row] + 1; k < transactions.start[row + 1]; k++) {
			const day = transactions.day[k];
			if (day <= holdoutEnd) repeatsInWeek[Math.floor((day - start) / 7)]++;
		}
	});
	const curve: TrackingWeek[] = [];
	let actual = 0;
	for (let week = 1; week <= weeks; week++) {
		const endDay = Math.min(start + 7 * week - 1, holdoutEnd);
		// The end of the last day counted: 7w days after the start (BTYD's t = w weeks).
		const endTime = endDay + 1;
		actual += repeatsInWeek[week - 1];
		let predicted = 0;
		for (const [birth, count] of customersBornOn) {
			if (endTime > birth)
				predicted += count * model.expectedTransactions(params, (endTime - birth) / unitDays);
		}
		curve.push({ week, endDay, actual, predicted });
	}
	return curve;
}
