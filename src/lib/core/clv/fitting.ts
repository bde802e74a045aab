/**
 * What the two model fits share: the explicit result type, the reasons a fit can fail, and a
 * multi-start maximum-likelihood search in log-parameter space.
 */

import { minimize, type Objective } from './optimize';

/** Why a fit ended; each has a message in `messages.ts` (`fit.<reason>`). */
export type FitReason =
	| 'converged'
	| 'no-customers'
	| 'no-repeat-customers'
	| 'too-few-customers'
	| 'max-iterations'
	| 'line-search-failed'
	| 'not-finite'
	| 'at-bound'
	| 'mean-spend-undefined';

/** A maximum-likelihood fit. When not converged, `params` are the best found (or NaN). */
export interface FitResult<Params> {
	params: Params;
	logLikelihood: number;
	converged: boolean;
	reason: FitReason;
	/** Quasi-Newton iterations over all starting points. */
	iterations: number;
}

/**
 * Log-parameters are kept within ±LOG_BOUND of their data-derived scale: a parameter that runs to
 * a factor of e^14 ≈ 1.2 million from its scale is one the data do not identify.
 */
export const LOG_BOUND = 14;

export interface MultiStartResult {
	logParams: Float64Array;
	/** The minimised objective (a negative mean log-likelihood). */
	value: number;
	converged: boolean;
	reason: FitReason;
	iterations: number;
}

/**
 * Minimises `objective` (over log-parameters relative to `logScale`) from each start and keeps
 * the lowest value. The objective receives the absolute log-parameters.
 */
export function minimizeFromStarts(
	objective: Objective,
	logScale: readonly number[],
	starts: readonly (readonly number[])[]
): MultiStartResult {
	const n = logScale.length;
	const lower = logScale.map((s) => s - LOG_BOUND);
	const upper = logScale.map((s) => s + LOG_BOUND);
	let best: MultiStartResult | undefined;
	let iterations = 0;
	for (const start of starts) {
		const result = minimize(objective, start, { lower, upper, maxIterations: 200 });
		iterations += result.iterations;
		if (!Number.isFinite(result.value)) continue;
		if (best && !(result.value < best.value)) continue;
		const atBound = result.atBound.some(Boolean);
		const converged = result.status === 'converged' && !atBound;
		const reason: FitReason = atBound
			? 'at-bound'
			: result.status === 'converged'
				? 'converged'
				: result.status;
		best = { logParams: result.x, value: result.value, converged, reason, iterations: 0 };
	}
	if (!best) {
		return {
			logParams: new Float64Array(n).fill(NaN),
			value: NaN,
			converged: false,
			reason: 'not-finite',
			iterations
		};
	}
	return { ...best, iterations };
}
