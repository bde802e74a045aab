/**
 * The Pareto/NBD model (Schmittlein, Morrison & Colombo 1987; Fader & Hardie 2005, "A Note on
 * Deriving the Pareto/NBD Model and Related Expressions"): while alive a customer buys as a
 * Poisson process with rate λ ~ Gamma(r, α) and dies after an exponential lifetime with rate
 * μ ~ Gamma(s, β) — dropout can happen at any time, not only at a purchase. Likelihood and fit
 * here, predictions in `pnbd-predict.ts`.
 *
 * The likelihood of (x, t_x, T) is written without the usual difference of two ₂F₁ terms: with
 * C = Γ(r+x) α^r β^s / Γ(r) and K from `pnbd-integral.ts`,
 *   L = C · [(r+x) · J(T) + s · I(t_x)],
 *   J(t) = ∫_t^∞ (α+τ)^−(r+x+1) (β+τ)^−s dτ,   I(t) = ∫_t^∞ (α+τ)^−(r+x) (β+τ)^−(s+1) dτ,
 * (integrating the "alive at T" term (α+T)^−(r+x) (β+T)^−s by parts), so both terms are positive
 * and nothing cancels when t_x is close to T.
 */

import type { PreparedData, RfmData } from './bgnbd';
import { prepare } from './bgnbd';
import { fitModel, type ModelSpec } from './fit-model';
import type { FitResult } from './fitting';
import { logIntegral } from './pnbd-integral';
import { logGamma } from './special';

export interface ParetoNbdParams {
	/** Shape and scale of the purchase-rate distribution (scale in model time units). */
	r: number;
	alpha: number;
	/** Shape and scale of the dropout-rate distribution. */
	s: number;
	beta: number;
}

/** ln J(t) and ln I(t) of a customer with x repeats. */
export function logJ(params: ParetoNbdParams, x: number, t: number): number {
	return logIntegral(params.alpha, params.r + x + 1, params.beta, params.s, t);
}
export function logI(params: ParetoNbdParams, x: number, t: number): number {
	return logIntegral(params.alpha, params.r + x, params.beta, params.s + 1, t);
}

/** ln(a + b) from ln a and ln b. */
export function logAdd(u: number, v: number): number {
	const top = Math.max(u, v);
	if (top === -Infinity) return -Infinity;
	return top + Math.log(Math.exp(u - top) + Math.exp(v - top));
}

/** ln[(r+x) J(T) + s I(t_x)] = ln L − ln C, the part of ln L that depends on t_x and T. */
export function logBracket(params: ParetoNbdParams, x: number, recency: number, age: number) {
	return logAdd(
		Math.log(params.r + x) + logJ(params, x, age),
		Math.log(params.s) + logI(params, x, recency)
	);
}

/**
 * Σ weight · ln L. J(T) depends on (x, T) and I(t_x) on (x, t_x) only, and customers share those
 * pairs far more often than whole histories (Online Retail: 3,046 histories, 1,598 (x, T)
 * pairs), so each integral is computed once per pair; ln C once per distinct x.
 */
function total(params: ParetoNbdParams, data: PreparedData): number {
	const { r, alpha, s, beta } = params;
	const logR = logGamma(r);
	const logScales = r * Math.log(alpha) + s * Math.log(beta);
	const logS = Math.log(s);
	const logC = Float64Array.from(data.distinctX, (x) => logGamma(r + x) - logR + logScales);
	const times = data.distinctTime.length;
	const jCache = new Map<number, number>();
	const iCache = new Map<number, number>();
	let sum = 0;
	for (let i = 0; i < data.x.length; i++) {
		const x = data.x[i];
		const xIndex = data.xIndex[i];
		const jKey = xIndex * times + data.ageIndex[i];
		let logJT = jCache.get(jKey);
		if (logJT === undefined) {
			logJT = Math.log(r + x) + logJ(params, x, data.age[i]);
			jCache.set(jKey, logJT);
		}
		const iKey = xIndex * times + data.recencyIndex[i];
		let logIT = iCache.get(iKey);
		if (logIT === undefined) {
			logIT = logS + logI(params, x, data.recency[i]);
			iCache.set(iKey, logIT);
		}
		sum += data.weight[i] * (logC[xIndex] + logAdd(logJT, logIT));
	}
	return sum;
}

const KEYS = ['r', 'alpha', 's', 'beta'] as const;
/** Relative step of the central differences (h² · ln L‴ and rounding / h both below 1e-9). */
const STEP = 1e-5;

/**
 * Total log-likelihood; the gradient by central differences of the exact likelihood in
 * ln(parameter) (the optimiser's coordinates), converted to d lnL / d(parameter).
 */
function evaluate(params: ParetoNbdParams, data: PreparedData, gradient: Float64Array): number {
	const value = total(params, data);
	KEYS.forEach((key, k) => {
		const up = total({ ...params, [key]: params[key] * Math.exp(STEP) }, data);
		const down = total({ ...params, [key]: params[key] * Math.exp(-STEP) }, data);
		gradient[k] = (up - down) / (2 * STEP) / params[key];
	});
	return value;
}

/** Total Pareto/NBD log-likelihood of the data (invalid rows are skipped). */
export function paretoNbdLogLikelihood(params: ParetoNbdParams, data: RfmData): number {
	return total(params, prepare(data));
}

const SPEC: ModelSpec<ParetoNbdParams> = {
	evaluate,
	fromLog: (p) => ({
		r: Math.exp(p[0]),
		alpha: Math.exp(p[1]),
		s: Math.exp(p[2]),
		beta: Math.exp(p[3])
	}),
	values: (p) => [p.r, p.alpha, p.s, p.beta],
	none: { r: NaN, alpha: NaN, s: NaN, beta: NaN },
	// α scales with the time between repeats, β with how long customers have been observed.
	logScale: (timeScale, meanAge) => [0, Math.log(timeScale), 0, Math.log(meanAge)],
	starts: [
		[1, 1, 1, 1],
		[0.5, 0.3, 0.5, 0.3],
		[2, 3, 2, 3]
	]
};

/**
 * Maximum-likelihood Pareto/NBD parameters from three starts in log-parameter space. The
 * optimiser's gradient comes from central differences (see `evaluate`), tested against the
 * likelihood's own differences and at the published CDNOW optimum.
 */
export function fitParetoNbd(data: RfmData): FitResult<ParetoNbdParams> {
	return fitModel(SPEC, prepare(data));
}
