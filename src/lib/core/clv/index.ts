/**
 * Predictive customer value ("buy till you die"): BG/NBD, MBG/NBD or Pareto/NBD for who is
 * still buying and how often, Gamma-Gamma for how much, CLV and a purchase-intention score —
 * fitted on the user's orders. `fitClvModels` runs the whole chain (`fitClv` with BG/NBD); the
 * modules below are usable on their own.
 */

import type { OrderColumns } from '../model';
import type { BgNbdParams } from './bgnbd';
import {
	fitClvModels,
	type ModelClvColumns,
	type ModelClvOptions,
	type ModelClvResult
} from './clv-models';
import type { FitResult } from './fitting';

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
export { discountedExpectedTransactions, discountedNumerator, discountRatePerUnit } from './clv';
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
export type { SpendTier } from './predicted';
export type { ModelScoreOptions, ModelScores } from './score-model';
export type { ClvStage, ModelClvColumns, ModelClvOptions, ModelClvResult } from './clv-models';
export {
	CLV_MODEL_NAMES,
	CLV_MODELS,
	clvModel,
	conditionalExpectation,
	namedParameters
} from './models';
export { fitMbgNbd, mbgNbdLogLikelihood } from './mbgnbd';
export { mbgExpectedTransactions, mbgProbabilityAlive } from './mbgnbd-predict';
export { fitParetoNbd, paretoNbdLogLikelihood } from './pnbd';
export { pnbdExpectedTransactions, pnbdProbabilityAlive } from './pnbd-predict';
export { churnRisk, medianTimeToNextPurchase, neverAgainProbability } from './churn';
export { backtestModel, holdoutPredictions } from './backtest';
export { chooseModel, compareModels, TIE_SHARE } from './compare';
export { assessFit } from './degeneracy';
export {
	averageDaysBetweenOrders,
	churnWindow,
	DEFAULT_CHURN_DAYS,
	nextOrderDay,
	SPEND_TIERS,
	spendTiers
} from './predicted';
export { scoreWithModel } from './score-model';
export { compareOnHoldout, fitAsOf, fitClvModels } from './clv-models';

/** The options of `fitClvModels` without the model: `fitClv` is always BG/NBD. */
export type ClvOptions = Omit<ModelClvOptions, 'model' | 'comparison'>;

/** A BG/NBD chain's result, with the fit under its historical name. */
export type ClvResult = ModelClvResult & { bgNbd: FitResult<BgNbdParams> };
export type ClvColumns = ModelClvColumns;

/** Fits BG/NBD and Gamma-Gamma on the orders up to the calibration end and scores everyone. */
export function fitClv(orders: OrderColumns, options: ClvOptions): ClvResult {
	const result = fitClvModels(orders, { ...options, model: 'bgnbd' });
	return { ...result, bgNbd: result.fit as FitResult<BgNbdParams> };
}
