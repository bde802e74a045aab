/**
 * Which model to use: each model fitted on the calibration period and compared with what
 * happened in the hold-out — per-customer mean absolute error of hold-out purchases (the
 * criterion), the total over all customers (the cumulative curve's end) and the by-frequency
 * means (`backtest.ts`). Fits that cannot support per-customer predictions (`degeneracy.ts`) are
 * passed over; the choice comes with a reason code and the figures behind it.
 */

import { backtestModel, holdoutPredictions, DEFAULT_CENSOR, type Backtest } from './backtest';
import type { BacktestInput } from './backtest';
import { assessFit, type Degeneracy } from './degeneracy';
import type { FitResult } from './fitting';
import { CLV_MODEL_NAMES, clvModel, type ClvModelName, type ModelParams } from './models';
import { UNIT_DAYS } from './summary';

export interface ModelEvaluation {
	model: ClvModelName;
	fit: FitResult<ModelParams>;
	degeneracy: Degeneracy;
	/** Mean over customers of |expected − actual hold-out purchases|; NaN without a hold-out. */
	meanAbsoluteError: number;
	/** Σ expected and Σ actual hold-out purchases of the calibration customers. */
	predictedTotal: number;
	actualTotal: number;
	/** Present with a hold-out period. */
	backtest?: Backtest;
}

/**
 * Why a model was chosen:
 * - `lowest-error`: the lowest per-customer hold-out error among usable fits;
 * - `tie-total-error`: within TIE_SHARE of the lowest error, the smaller error of the total;
 * - `others-degenerate`: a degenerate fit had a lower error, the chosen one is the best usable;
 * - `none-usable`: no fit is usable — the lowest error is chosen, its predictions are not reliable;
 * - `highest-likelihood`: no hold-out period — the highest likelihood among usable fits;
 * - `requested`: the user named the model.
 */
export type ChoiceReason =
	| 'lowest-error'
	| 'tie-total-error'
	| 'others-degenerate'
	| 'none-usable'
	| 'highest-likelihood'
	| 'requested';

export interface ModelChoice {
	model: ClvModelName;
	reason: ChoiceReason;
	/** The best other candidate and the figures compared (NaN where not applicable). */
	runnerUp: ClvModelName | null;
	error: number;
	runnerUpError: number;
	/** Models passed over as degenerate. */
	excluded: ClvModelName[];
}

export interface ModelComparison {
	evaluations: ModelEvaluation[];
	choice: ModelChoice;
}

/** Errors within this share of the lowest count as a tie (1 %). */
export const TIE_SHARE = 0.01;

export interface CompareOptions {
	models?: readonly ClvModelName[];
	censor?: number;
}

/** Fits every model on the calibration period and evaluates it on the hold-out, if any. */
export function compareModels(input: BacktestInput, options: CompareOptions = {}): ModelComparison {
	const { summary, groups, holdout, holdoutEnd } = input;
	const holdoutLength = (holdoutEnd - summary.calibrationEnd) / UNIT_DAYS[summary.unit];
	const evaluations = (options.models ?? CLV_MODEL_NAMES).map((name): ModelEvaluation => {
		const model = clvModel(name);
		const fit = model.fit(groups);
		const degeneracy = assessFit(name, fit, groups);
		let actualTotal = 0;
		for (let c = 0; c < holdout.length; c++) actualTotal += holdout[c];
		if (!(holdoutLength > 0) || !Object.values(fit.params).every(Number.isFinite)) {
			return {
				model: name,
				fit,
				degeneracy,
				meanAbsoluteError: NaN,
				predictedTotal: NaN,
				actualTotal,
				backtest: undefined
			};
		}
		const predictions = holdoutPredictions(input, model, fit.params, holdoutLength);
		let errorSum = 0;
		let predictedTotal = 0;
		for (let c = 0; c < predictions.length; c++) {
			errorSum += Math.abs(predictions[c] - holdout[c]);
			predictedTotal += predictions[c];
		}
		return {
			model: name,
			fit,
			degeneracy,
			meanAbsoluteError: predictions.length > 0 ? errorSum / predictions.length : NaN,
			predictedTotal,
			actualTotal,
			backtest: backtestModel(input, model, fit.params, options.censor ?? DEFAULT_CENSOR)
		};
	});
	return { evaluations, choice: chooseModel(evaluations) };
}

/** The choice rule above, on evaluated models. */
export function chooseModel(evaluations: readonly ModelEvaluation[]): ModelChoice {
	const scored = evaluations.filter((e) => Number.isFinite(e.meanAbsoluteError));
	const usable = evaluations.filter((e) => e.degeneracy.usable);
	const excluded = evaluations.filter((e) => !e.degeneracy.usable).map((e) => e.model);
	if (scored.length === 0) {
		const pool = (usable.length > 0 ? usable : evaluations).filter((e) =>
			Number.isFinite(e.fit.logLikelihood)
		);
		const ranked = [...pool].sort((u, v) => v.fit.logLikelihood - u.fit.logLikelihood);
		const best = ranked[0] ?? evaluations[0];
		return {
			model: best.model,
			reason: usable.length > 0 ? 'highest-likelihood' : 'none-usable',
			runnerUp: ranked[1]?.model ?? null,
			error: NaN,
			runnerUpError: NaN,
			excluded
		};
	}
	const usableScored = scored.filter((e) => e.degeneracy.usable);
	const pool = usableScored.length > 0 ? usableScored : scored;
	const ranked = [...pool].sort((u, v) => u.meanAbsoluteError - v.meanAbsoluteError);
	let best = ranked[0];
	let reason: ChoiceReason = usableScored.length > 0 ? 'lowest-error' : 'none-usable';
	const second = ranked[1];
	if (
		reason === 'lowest-error' &&
		second &&
		second.meanAbsoluteError <= best.meanAbsoluteError * (1 + TIE_SHARE)
	) {
		const totalError = (e: ModelEvaluation) => Math.abs(e.predictedTotal - e.actualTotal);
		if (totalError(second) < totalError(best)) best = second;
		reason = 'tie-total-error';
	}
	if (reason === 'lowest-error') {
		const overall = [...scored].sort((u, v) => u.meanAbsoluteError - v.meanAbsoluteError)[0];
		if (!overall.degeneracy.usable) reason = 'others-degenerate';
	}
	const runnerUp = ranked.find((e) => e !== best) ?? null;
	return {
		model: best.model,
		reason,
		runnerUp: runnerUp?.model ?? null,
		error: best.meanAbsoluteError,
		runnerUpError: runnerUp?.meanAbsoluteError ?? NaN,
		excluded
	};
}
