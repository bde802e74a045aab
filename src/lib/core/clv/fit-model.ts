/**
 * The maximum-likelihood set-up the four-parameter models share: checks that the data can
 * identify a model at all, data-derived scales for the starts and bounds, and the multi-start
 * search in log-parameter space (`fitting.ts`).
 */

import type { PreparedData } from './bgnbd';
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
