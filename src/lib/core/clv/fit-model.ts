/**
 * The maximum-likelihood set-up the four-parameter models share: checks that the data can
 * identify a model at all, data-derived scales for the starts and bounds, and the multi-start
 * search in log-parameter space (`fitting.ts`).
 */

import type { BgNbdParams, PreparedData, RfmData } from './bgnbd';
import { minimizeFromStarts, type FitResult } from './fitting';

export interface ModelSpec<Params> {
	/** Total log-likelihood; writes d lnL / d(parameter) into `gradient`. */
	evaluate(params: Params, data: PreparedData, gradient: Float64Array): number;
	fromLog(logParams: ArrayLike<number>): Params;
	values(params: Params): number[];
	/** Parameters as NaN, for fits that cannot start. */
	none: Params;
	/** ln of each parameter's scale, from the mean time between repeats and the mean age. */
	logScale(timeScale: number, meanAge: number): number[];
	/** Starting points as multiples of the scales. */
	starts: readonly (readonly number[])[];
}

/** Fits a model on prepared data; never throws (data it cannot fit give a reason). */
export function fitModel<Params>(
	spec: ModelSpec<Params>,
	prepared: PreparedData
): FitResult<Params> {
	const failed = (reason: 'no-customers' | 'no-repeat-customers'): FitResult<Params> => ({
		params: spec.none,
		logLikelihood: NaN,
		converged: false,
		reason,
		iterations: 0
	});
	if (prepared.totalWeight === 0) return failed('no-customers');
	let repeatWeight = 0;
	let weightedAge = 0;
	for (let i = 0; i < prepared.x.length; i++) {
		repeatWeight += prepared.weight[i] * prepared.x[i];
		weightedAge += prepared.weight[i] * prepared.age[i];
	}
	if (repeatWeight === 0) return failed('no-repeat-customers');
	const timeScale = Math.max(weightedAge / repeatWeight, 1e-9);
	const meanAge = Math.max(weightedAge / prepared.totalWeight, 1e-9);
	const logScale = spec.logScale(timeScale, meanAge);
	const starts = spec.starts.map((start) =>
		start.map((factor, k) => Math.log(factor) + logScale[k])
	);
	const gradient = new Float64Array(logScale.length);
	const scale = 1 / prepared.totalWeight;
	const objective = (logParams: Float64Array, out: Float64Array) => {
		const params = spec.fromLog(logParams);
		const value = spec.evaluate(params, prepared, gradient);
		const values = spec.values(params);
		for (let k = 0; k < values.length; k++) out[k] = -gradient[k] * values[k] * scale;
		return -value * scale;
	};
	const best = minimizeFromStarts(objective, logScale, starts);
	return {
		params: spec.fromLog(best.logParams),
		logLikelihood: -best.value * prepared.totalWeight,
		converged: best.converged,
		reason: best.reason,
		iterations: best.iterations
	};
}

/** The parameter handling BG/NBD and MBG/NBD share (r, α, a, b; α on the data's time scale). */
export function rAlphaABSpec(evaluate: ModelSpec<BgNbdParams>['evaluate']): ModelSpec<BgNbdParams> {
	return {
		evaluate,
		fromLog: (p) => ({
			r: Math.exp(p[0]),
			alpha: Math.exp(p[1]),
			a: Math.exp(p[2]),
			b: Math.exp(p[3])
		}),
		values: (p) => [p.r, p.alpha, p.a, p.b],
		none: { r: NaN, alpha: NaN, a: NaN, b: NaN },
		// Mean time between repeat purchases sets α's scale, so starts and bounds fit any unit.
		logScale: (timeScale) => [0, Math.log(timeScale), 0, 0],
		starts: [
			[1, 1, 1, 3],
			[0.3, 0.3, 0.5, 1],
			[3, 3, 2, 8]
		]
	};
}

/** The log-likelihood and gradient of a model's `evaluate` on raw data (prepared here). */
export function likelihoodOf<Params>(
	evaluate: ModelSpec<Params>['evaluate'],
	prepare: (data: RfmData) => PreparedData,
	parameters: number
) {
	return {
		/** Total log-likelihood of the data (invalid rows are skipped). */
		logLikelihood: (params: Params, data: RfmData): number =>
			evaluate(params, prepare(data), new Float64Array(parameters)),
		/** Gradient of the total log-likelihood with respect to the parameters in order. */
		gradient: (params: Params, data: RfmData): Float64Array => {
			const gradient = new Float64Array(parameters);
			evaluate(params, prepare(data), gradient);
			return gradient;
		}
	};
}
