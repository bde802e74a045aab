/**
 * The CLV chain under a chosen model: the three models compared on a hold-out period when there
 * is one, the chosen (or requested) model fitted on the calibration period, Gamma-Gamma for the
 * spend, and every customer scored with the predicted fields. `fitClv` (index.ts) remains the
 * BG/NBD-only chain the app uses today; this is what `kequn clv --model` runs and what the
 * engine can call to offer all three.
 */

import type { DayNumber, OrderColumns } from '../model';
import type { Backtest } from './backtest';
import { discountRatePerUnit, unitsPerYear } from './clv';
import { compareModels, type ModelChoice, type ModelComparison } from './compare';
import type { Degeneracy } from './degeneracy';
import type { FitResult } from './fitting';
import { fitGammaGamma, type GammaGammaParams } from './gammagamma';
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
}

export interface ModelClvColumns extends ModelScores {
	frequency: Float64Array;
	recency: Float64Array;
	age: Float64Array;
	/** Expected date of the next order (day number; NaN when none is more likely than not). */
	nextOrderDay: Float64Array;
	averageDaysBetweenOrders: Float64Array;
	/** From the predicted CLV of the next 12 months; null without a prediction. */
	spendTier: (SpendTier | null)[];
}

export interface ModelClvResult {
	unit: TimeUnit;
	calibrationEnd: DayNumber;
	horizon: number;
	churnDays: number;
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
	customerIds: string[];
	sourceIndex: Uint32Array;
	summary: RfmSummary;
	columns: ModelClvColumns;
}

/** Fits, compares and scores as described above. Never throws on data it cannot fit. */
export function fitClvModels(orders: OrderColumns, options: ModelClvOptions): ModelClvResult {
	const unit = options.unit ?? 'week';
	const yearUnits = Math.round(unitsPerYear(unit));
	const horizon = options.horizon ?? yearUnits;
	const churnDays = options.churnDays ?? DEFAULT_CHURN_DAYS;
	const holdoutEnd =
		options.holdoutEnd !== undefined && options.holdoutEnd > options.calibrationEnd
			? options.holdoutEnd
			: undefined;
	const prepared = summarizeOrders(orders, {
		calibrationEnd: options.calibrationEnd,
		unit,
		holdoutEnd
	});
	const { summary } = prepared;
	const groups = groupSummary(summary);
	const comparison = compareModels(
		{ ...prepared, groups, holdoutEnd: holdoutEnd ?? options.calibrationEnd },
		{ censor: options.censor, models: options.model === 'auto' ? undefined : [options.model] }
	);
	const name = options.model === 'auto' ? comparison.choice.model : options.model;
	const evaluation = comparison.evaluations.find((e) => e.model === name)!;
	const choice: ModelChoice =
		options.model === 'auto'
			? comparison.choice
			: { ...comparison.choice, model: name, reason: 'requested' };
	const model = clvModel(name);
	const gammaGamma = fitGammaGamma({ count: summary.monetaryCount, mean: summary.monetary });
	const scoreOptions = {
		horizon,
		discountRate: discountRatePerUnit(options.annualDiscountRate ?? 0.1, unit),
		defaultMargin: options.defaultMargin ?? 1,
		churnWindow: churnWindow(churnDays, unit)
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
	for (let c = 0; c < n; c++) if (summary.frequency[c] > 0) repeatCustomers++;
	return {
		unit,
		calibrationEnd: options.calibrationEnd,
		horizon,
		churnDays,
		customers: n,
		repeatCustomers,
		model: name,
		fit: evaluation.fit,
		degeneracy: evaluation.degeneracy,
		choice,
		comparison: holdoutEnd !== undefined && options.model === 'auto' ? comparison : undefined,
		backtest: evaluation.backtest,
		gammaGamma,
		customerIds: summary.customerIds,
		sourceIndex: summary.sourceIndex,
		summary,
		columns: {
			...scores,
			frequency: summary.frequency,
			recency: summary.recency,
			age: summary.age,
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
