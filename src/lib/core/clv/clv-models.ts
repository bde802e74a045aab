/**
 * The CLV chain under a chosen model: the three models compared on a hold-out period when there
 * is one, the chosen (or requested) model fitted on the calibration period, Gamma-Gamma for the
 * spend, and every customer scored with the predicted fields and the intention score. The
 * engine and `kequn clv` run it; `fitClv` (index.ts) is the BG/NBD-only form.
 *
 * Two ways to choose: with `holdoutEnd` the models are fitted up to the calibration end and
 * compared after it (the literature's set-up, the CLI's); with `comparison` the choice of an
 * earlier back-test (`compareOnHoldout`, ending where this calibration ends) is applied to a fit
 * on all the data — what the app does, so predictions use every order.
 */

import type { DayNumber, OrderColumns } from '../model';
import type { Backtest } from './backtest';
import { discountRatePerUnit, unitsPerYear } from './clv';
import { intentionScoreValue, type RecentInteractions } from './intention';
import { compareModels, type ModelChoice, type ModelComparison } from './compare';
import { holdoutWindow, type PredictionSettings } from './value-settings';
import type { Degeneracy } from './degeneracy';
import type { FitResult } from './fitting';
import { fitGammaGamma, populationMeanSpend, type GammaGammaParams } from './gammagamma';
import { clvModel, type ClvModelName, type ModelParams } from './models';
import {
	averageDaysBetweenOrders,
	churnWindow,
	DEFAULT_CHURN_DAYS,
	nextOrderDay,
	spendTiers,
	type SpendTier
} from './predicted';
import { scoreWithModel, type ModelScores } from './score-model';
import { groupSummary, summarizeOrders, type RfmSummary, type TimeUnit } from './summary';

export interface ModelClvOptions {
	calibrationEnd: DayNumber;
	/** 'auto': the hold-out comparison's choice (the highest likelihood without a hold-out). */
	model: ClvModelName | 'auto';
	unit?: TimeUnit;
	/** Prediction and CLV horizon in units; default one year. */
	horizon?: number;
	annualDiscountRate?: number;
	defaultMargin?: number;
	/** Hold-out end after the calibration end: the three models are compared on it. */
	holdoutEnd?: DayNumber;
	/** Churn-risk window in days (default 90). */
	churnDays?: number;
	censor?: number;
	/** A back-test ending at the calibration end whose choice 'auto' applies (see above). */
	comparison?: ModelComparison;
	/** Recent satisfaction and complaints by customer id, for the intention score. */
	interactions?: ReadonlyMap<string, RecentInteractions>;
	/** Progress: the stage being worked on and the share of all work done (0–1). */
	onProgress?: (stage: ClvStage, share: number) => void;
}

export type ClvStage = 'summary' | 'fit' | 'gammaGamma' | 'score' | 'done';

export interface ModelClvColumns extends ModelScores {
	frequency: Float64Array;
	recency: Float64Array;
	age: Float64Array;
	/** Expected date of the next order (day number; NaN when none is more likely than not). */
	nextOrderDay: Float64Array;
	averageDaysBetweenOrders: Float64Array;
	/** From the predicted CLV of the next 12 months; null without a prediction. */
	spendTier: (SpendTier | null)[];
	/** Mean value of positive repeat transactions; NaN without. */
	monetary: Float64Array;
	/** Purchase-intention score 0–100 (the fallback when the fit is not usable). */
	intention: Uint8Array;
	/** Hold-out transactions (zeros without a hold-out period). */
	holdout: Uint32Array;
}

export interface ModelClvResult {
	unit: TimeUnit;
	calibrationEnd: DayNumber;
	horizon: number;
	churnDays: number;
	annualDiscountRate: number;
	customers: number;
	repeatCustomers: number;
	model: ClvModelName;
	fit: FitResult<ModelParams>;
	/** Whether the fit supports per-customer predictions, and why not. */
	degeneracy: Degeneracy;
	choice: ModelChoice;
	/** All three models on the hold-out period (present with a hold-out end). */
	comparison?: ModelComparison;
	/** The chosen model's back-test (with a hold-out end). */
	backtest?: Backtest;
	gammaGamma: FitResult<GammaGammaParams>;
	/** p·v / (q − 1): the expected spend of customers without repeats. */
	populationMeanSpend: number;
	/** Ē, the reference of the intention score. */
	averageExpectedPurchases: number;
	/** Distinct (x, t_x, T) groups the likelihood looped over. */
	groups: number;
	customerIds: string[];
	sourceIndex: Uint32Array;
	summary: RfmSummary;
	columns: ModelClvColumns;
}

/** The calibration data and, with `holdoutEnd`, what happened after it. */
function prepareData(
	orders: OrderColumns,
	calibrationEnd: DayNumber,
	unit: TimeUnit,
	holdoutEnd?: DayNumber
) {
	const prepared = summarizeOrders(orders, { calibrationEnd, unit, holdoutEnd });
	return { ...prepared, groups: groupSummary(prepared.summary) };
}

/** The three models fitted up to `calibrationEnd` and compared on the hold-out after it. */
export function compareOnHoldout(
	orders: OrderColumns,
	options: { calibrationEnd: DayNumber; holdoutEnd: DayNumber; unit?: TimeUnit; censor?: number }
): ModelComparison {
	const data = prepareData(
		orders,
		options.calibrationEnd,
		options.unit ?? 'week',
		options.holdoutEnd
	);
	return compareModels({ ...data, holdoutEnd: options.holdoutEnd }, { censor: options.censor });
}

/** The model 'auto' resolves to, why, and the comparison to report. */
function resolveChoice(options: ModelClvOptions, own: ModelComparison, holdout: boolean) {
	if (options.model !== 'auto') {
		const choice: ModelChoice = { ...own.choice, model: options.model, reason: 'requested' };
		return { name: options.model, choice, comparison: options.comparison };
	}
	if (options.comparison) {
		const choice = options.comparison.choice;
		return { name: choice.model, choice, comparison: options.comparison };
	}
	return { name: own.choice.model, choice: own.choice, comparison: holdout ? own : undefined };
}

/** Fits, compares and scores as described above. Never throws on data it cannot fit. */
export function fitClvModels(orders: OrderColumns, options: ModelClvOptions): ModelClvResult {
	const unit = options.unit ?? 'week';
	const yearUnits = Math.round(unitsPerYear(unit));
	const horizon = options.horizon ?? yearUnits;
	const churnDays = options.churnDays ?? DEFAULT_CHURN_DAYS;
	const annualDiscountRate = options.annualDiscountRate ?? 0.1;
	const progress = options.onProgress ?? (() => {});
	const holdoutEnd =
		options.holdoutEnd !== undefined && options.holdoutEnd > options.calibrationEnd
			? options.holdoutEnd
			: undefined;
	progress('summary', 0);
	const data = prepareData(orders, options.calibrationEnd, unit, holdoutEnd);
	const { summary, groups } = data;
	progress('fit', 0.1);
	// Only the models that may be used are fitted here (an earlier back-test chose already).
	const candidates =
		options.model !== 'auto'
			? [options.model]
			: options.comparison
				? [options.comparison.choice.model]
				: undefined;
	const own = compareModels(
		{ ...data, holdoutEnd: holdoutEnd ?? options.calibrationEnd },
		{ censor: options.censor, models: candidates }
	);
	const { name, choice, comparison } = resolveChoice(options, own, holdoutEnd !== undefined);
	const evaluation = own.evaluations.find((e) => e.model === name)!;
	const model = clvModel(name);
	progress('gammaGamma', 0.4);
	const gammaGamma = fitGammaGamma({ count: summary.monetaryCount, mean: summary.monetary });
	const scoreOptions = {
		horizon,
		discountRate: discountRatePerUnit(annualDiscountRate, unit),
		defaultMargin: options.defaultMargin ?? 1,
		churnWindow: churnWindow(churnDays, unit),
		onProgress: (share: number) => progress('score', 0.5 + 0.35 * share)
	};
	const params = evaluation.fit.params;
	const scores = scoreWithModel(summary, groups, model, params, gammaGamma.params, scoreOptions);
	const yearClv =
		horizon === yearUnits
			? scores.clv
			: scoreWithModel(summary, groups, model, params, gammaGamma.params, {
					...scoreOptions,
					horizon: yearUnits
				}).clv;
	const n = summary.customerIds.length;
	let repeatCustomers = 0;
	let expectedTotal = 0;
	let expectedCount = 0;
	for (let c = 0; c < n; c++) {
		if (summary.frequency[c] > 0) repeatCustomers++;
		if (Number.isFinite(scores.expectedPurchases[c])) {
			expectedTotal += scores.expectedPurchases[c];
			expectedCount++;
		}
	}
	const averageExpectedPurchases = expectedCount > 0 ? expectedTotal / expectedCount : NaN;
	const intention = Uint8Array.from(summary.customerIds, (id, c) =>
		intentionScoreValue({
			probabilityAlive: scores.probabilityAlive[c],
			expectedPurchases: scores.expectedPurchases[c],
			averageExpectedPurchases,
			frequency: summary.frequency[c],
			horizon,
			unit,
			interactions: options.interactions?.get(id),
			modelUsable: evaluation.degeneracy.usable
		})
	);
	progress('done', 1);
	return {
		unit,
		calibrationEnd: options.calibrationEnd,
		horizon,
		churnDays,
		annualDiscountRate,
		customers: n,
		repeatCustomers,
		model: name,
		fit: evaluation.fit,
		degeneracy: evaluation.degeneracy,
		choice,
		comparison,
		backtest: evaluation.backtest,
		gammaGamma,
		populationMeanSpend: populationMeanSpend(gammaGamma.params),
		averageExpectedPurchases,
		groups: groups.weight.length,
		customerIds: summary.customerIds,
		sourceIndex: summary.sourceIndex,
		summary,
		columns: {
			...scores,
			frequency: summary.frequency,
			recency: summary.recency,
			age: summary.age,
			monetary: summary.monetary,
			intention,
			holdout: data.holdout,
			nextOrderDay: Float64Array.from(scores.nextPurchaseIn, (t) =>
				nextOrderDay(options.calibrationEnd, t, unit)
			),
			averageDaysBetweenOrders: Float64Array.from(summary.recencyDays, (days, c) =>
				averageDaysBetweenOrders(days, summary.frequency[c])
			),
			spendTier: spendTiers(yearClv)
		}
	};
}

/**
 * The app's predictions as of an analysis day (what every screen shows, and `kequn segment`):
 * calibration ends the day before; 'auto' takes the choice of a back-test of the three models on
 * the last `holdoutWeeks` weeks (the highest likelihood without one).
 */
export function fitAsOf(
	orders: OrderColumns,
	analysisDay: DayNumber,
	settings: PredictionSettings,
	interactions?: ReadonlyMap<string, RecentInteractions>,
	/** The back-test of the three models when already made (the engine keeps it). */
	comparison?: ModelComparison
): ModelClvResult {
	const calibrationEnd = analysisDay - 1;
	const window =
		settings.model === 'auto' && !comparison
			? holdoutWindow(calibrationEnd, settings.holdoutWeeks ?? 0)
			: undefined;
	return fitClvModels(orders, {
		calibrationEnd,
		unit: settings.unit,
		horizon: settings.horizon,
		annualDiscountRate: settings.annualDiscountRate,
		defaultMargin: settings.defaultMargin,
		churnDays: settings.churnDays,
		model: settings.model,
		comparison:
			comparison ?? (window && compareOnHoldout(orders, { ...window, unit: settings.unit })),
		interactions
	});
}
