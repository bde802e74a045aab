/**
 * Predictive customer value ("buy till you die"): BG/NBD for who is still buying and how often,
 * Gamma-Gamma for how much, CLV and a purchase-intention score — fitted on the user's orders.
 * `fitClv` runs the whole chain; the modules below are usable on their own.
 */

import type { DayNumber, OrderColumns } from '../model';
import { backtest, DEFAULT_CENSOR, type Backtest } from './backtest';
import { fitBgNbd, type BgNbdParams } from './bgnbd';
import { discountRatePerUnit, unitsPerYear } from './clv';
import type { FitResult } from './fitting';
import { fitGammaGamma, populationMeanSpend, type GammaGammaParams } from './gammagamma';
import { intentionScoreValue, type RecentInteractions } from './intention';
import { scoreCustomers } from './score';
import { groupSummary, summarizeOrders, type TimeUnit } from './summary';

export type { Backtest, FrequencyBin, TrackingWeek } from './backtest';
export type { BgNbdParams, RfmData } from './bgnbd';
export type { FitReason, FitResult } from './fitting';
export type { GammaGammaParams, SpendData } from './gammagamma';
export type {
	IntentionFactor,
	IntentionInput,
	IntentionScore,
	RecentInteractions
} from './intention';
export type { ClvLocale, ClvMessageCode } from './messages';
export type { RfmSummary, TimeUnit } from './summary';
export { backtest } from './backtest';
export { bgNbdLogLikelihood, fitBgNbd } from './bgnbd';
export {
	conditionalExpectedTransactions,
	expectedTransactions,
	probabilityAlive
} from './bgnbd-predict';
export { discountedExpectedTransactions, discountRatePerUnit } from './clv';
export {
	expectedSpend,
	fitGammaGamma,
	gammaGammaLogLikelihood,
	populationMeanSpend
} from './gammagamma';
export { intentionScore, summarizeInteractions } from './intention';
export { CLV_MESSAGES } from './messages';
export { groupSummary, rfmSummary, summarizeOrders } from './summary';
export { mergeTransactions } from './transactions';

// The three models, the hold-out comparison, degeneracy checks and predicted fields (issue 16).
export type { ClvModel, ClvModelName, ModelParams } from './models';
export type { MbgNbdParams } from './mbgnbd';
export type { ParetoNbdParams } from './pnbd';
export type { ChoiceReason, ModelChoice, ModelComparison, ModelEvaluation } from './compare';
export type { Degeneracy, DegeneracyReason } from './degeneracy';
export type { ModelPredictedFields, PredictedSource, SpendTier } from './predicted';
export type { ModelScoreOptions, ModelScores } from './score-model';
export type { ModelClvColumns, ModelClvOptions, ModelClvResult } from './clv-models';
export { CLV_MODEL_NAMES, CLV_MODELS, clvModel, namedParameters } from './models';
export { fitMbgNbd, mbgNbdLogLikelihood } from './mbgnbd';
export {
	mbgConditionalExpectedTransactions,
	mbgExpectedTransactions,
	mbgProbabilityAlive
} from './mbgnbd-predict';
export { fitParetoNbd, paretoNbdLogLikelihood } from './pnbd';
export {
	pnbdConditionalExpectedTransactions,
	pnbdExpectedTransactions,
	pnbdProbabilityAlive
} from './pnbd-predict';
export { churnRisk, medianTimeToNextPurchase, neverAgainProbability } from './churn';
export { backtestModel, holdoutPredictions } from './backtest';
export { chooseModel, compareModels, TIE_SHARE } from './compare';
export { assessFit } from './degeneracy';
export {
	averageDaysBetweenOrders,
	churnWindow,
	DEFAULT_CHURN_DAYS,
	modelPredictedFields,
	nextOrderDay,
	SPEND_TIERS,
	spendTiers
} from './predicted';
export { discountedModelNumerator, scoreWithModel } from './score-model';
export { fitClvModels } from './clv-models';

export interface ClvOptions {
	/** Last day of the calibration period: the analysis date, or earlier for a back-test. */
	calibrationEnd: DayNumber;
	/** Model time unit; the literature uses weeks. */
	unit?: TimeUnit;
	/** Prediction and CLV horizon in units; default one year. */
	horizon?: number;
	/** Annual discount rate for the CLV (0.1 = 10 %); default 0.1. */
	annualDiscountRate?: number;
	/** Margin share 0–1 for customers whose orders have no cost; default 1 (CLV as revenue). */
	defaultMargin?: number;
	/** Last day of a hold-out period after the calibration end: adds the back-test. */
	holdoutEnd?: DayNumber;
	/** Calibration frequencies pooled in the back-test's last bin (default 7: "7+"). */
	censor?: number;
	/** Recent satisfaction and complaints by customer id, for the intention score. */
	interactions?: ReadonlyMap<string, RecentInteractions>;
	/** Progress: the stage being worked on and the share of all work done (0–1). */
	onProgress?: (stage: ClvStage, share: number) => void;
}

export type ClvStage = 'summary' | 'bgnbd' | 'gammaGamma' | 'score' | 'backtest' | 'done';

/** Per-customer columns, aligned with `ClvResult.customerIds`. */
export interface ClvColumns {
	/** x: repeat transactions in the calibration period (same-day orders merged). */
	frequency: Float64Array;
	/** t_x: first to last transaction, in units. */
	recency: Float64Array;
	/** T: first transaction to the calibration end, in units. */
	age: Float64Array;
	/** Mean value of positive repeat transactions; NaN without. */
	monetary: Float64Array;
	probabilityAlive: Float64Array;
	/** Expected transactions in the next `horizon` units. */
	expectedPurchases: Float64Array;
	discountedPurchases: Float64Array;
	/** Expected spend per transaction (Gamma-Gamma). */
	expectedValue: Float64Array;
	/** 1 where the expected value is the population mean (flagged: no repeat purchase). */
	valueFromPopulation: Uint8Array;
	margin: Float64Array;
	clv: Float64Array;
	/** Purchase-intention score 0–100; `intentionScore` explains one customer. */
	intention: Uint8Array;
	/** Hold-out transactions (zeros without a hold-out period). */
	holdout: Uint32Array;
}

export interface ClvResult {
	unit: TimeUnit;
	calibrationEnd: DayNumber;
	horizon: number;
	annualDiscountRate: number;
	/** Customers with a purchase in the calibration period. */
	customers: number;
	/** Of which with at least one repeat transaction. */
	repeatCustomers: number;
	/** Distinct (x, t_x, T) groups the BG/NBD likelihood looped over. */
	groups: number;
	bgNbd: FitResult<BgNbdParams>;
	gammaGamma: FitResult<GammaGammaParams>;
	/** p·v / (q − 1): the expected spend of customers without repeats. */
	populationMeanSpend: number;
	/** Ē, the reference of the intention score. */
	averageExpectedPurchases: number;
	customerIds: string[];
	/** Index of each customer in the orders' `customerIds`. */
	sourceIndex: Uint32Array;
	columns: ClvColumns;
	/** Present when a hold-out end after the calibration end was given. */
	backtest?: Backtest;
}

/** Fits both models on the orders up to the calibration end and scores every customer. */
export function fitClv(orders: OrderColumns, options: ClvOptions): ClvResult {
	const unit = options.unit ?? 'week';
	const horizon = options.horizon ?? Math.round(unitsPerYear(unit));
	const annualDiscountRate = options.annualDiscountRate ?? 0.1;
	const progress = options.onProgress ?? (() => {});
	progress('summary', 0);
	const prepared = summarizeOrders(orders, {
		calibrationEnd: options.calibrationEnd,
		unit,
		holdoutEnd: options.holdoutEnd
	});
	const { summary } = prepared;
	const groups = groupSummary(summary);
	progress('bgnbd', 0.1);
	const bgNbd = fitBgNbd(groups);
	progress('gammaGamma', 0.4);
	const gammaGamma = fitGammaGamma({ count: summary.monetaryCount, mean: summary.monetary });
	progress('score', 0.5);
	const scores = scoreCustomers(summary, groups, bgNbd.params, gammaGamma.params, {
		horizon,
		discountRate: discountRatePerUnit(annualDiscountRate, unit),
		defaultMargin: options.defaultMargin ?? 1,
		onProgress: (share) => progress('score', 0.5 + 0.35 * share)
	});
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
	const intention = new Uint8Array(n);
	for (let c = 0; c < n; c++) {
		intention[c] = intentionScoreValue({
			probabilityAlive: scores.probabilityAlive[c],
			expectedPurchases: scores.expectedPurchases[c],
			averageExpectedPurchases,
			frequency: summary.frequency[c],
			horizon,
			unit,
			interactions: options.interactions?.get(summary.customerIds[c])
		});
	}
	let backtestResult: Backtest | undefined;
	const holdoutEnd = options.holdoutEnd;
	if (holdoutEnd !== undefined && holdoutEnd > options.calibrationEnd) {
		progress('backtest', 0.85);
		backtestResult = backtest(
			{ ...prepared, groups, holdoutEnd },
			bgNbd.params,
			options.censor ?? DEFAULT_CENSOR
		);
	}
	progress('done', 1);
	return {
		unit,
		calibrationEnd: options.calibrationEnd,
		horizon,
		annualDiscountRate,
		customers: n,
		repeatCustomers,
		groups: groups.weight.length,
		bgNbd,
		gammaGamma,
		populationMeanSpend: populationMeanSpend(gammaGamma.params),
		averageExpectedPurchases,
		customerIds: summary.customerIds,
		sourceIndex: summary.sourceIndex,
		columns: {
			frequency: summary.frequency,
			recency: summary.recency,
			age: summary.age,
			monetary: summary.monetary,
			probabilityAlive: scores.probabilityAlive,
			expectedPurchases: scores.expectedPurchases,
			discountedPurchases: scores.discountedPurchases,
			expectedValue: scores.expectedValue,
			valueFromPopulation: scores.valueFromPopulation,
			margin: scores.margin,
			clv: scores.clv,
			intention,
			holdout: prepared.holdout
		},
		backtest: backtestResult
	};
}
