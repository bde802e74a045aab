/**
 * Pareto/NBD predictions (Fader & Hardie 2005, "A Note on Deriving the Pareto/NBD Model and
 * Related Expressions", eqs. 11 and 22; Schmittlein et al. 1987): P(alive), expected
 * transactions of a new customer and of a customer with a history, all through the
 * likelihood's positive-term form (`pnbd.ts`).
 */

import { logBracket, type ParetoNbdParams } from './pnbd';

/** P(alive | x, t_x, T) = (α+T)^−(r+x) (β+T)^−s / [(r+x) J(T) + s I(t_x)]. */
export function pnbdProbabilityAlive(
	params: ParetoNbdParams,
	frequency: number,
	recency: number,
	age: number
): number {
	const { r, alpha, s, beta } = params;
	const x = frequency;
	const logAlive = -(r + x) * Math.log(alpha + age) - s * Math.log(beta + age);
	return Math.min(1, Math.exp(logAlive - logBracket(params, x, recency, age)));
}

/**
 * The part of E[Y(t) | x, t_x, T] before P(alive):
 * (r+x)(β+T) / ((α+T)(s−1)) · [1 − ((β+T)/(β+T+t))^(s−1)], with expm1/log1p so that s = 1
 * (the limit (r+x)(β+T)/(α+T) · ln(1 + t/(β+T))) and s near 1 lose nothing.
 */
export function pnbdConditionalNumerator(
	params: ParetoNbdParams,
	horizon: number,
	frequency: number,
	age: number
): number {
	if (!(horizon > 0)) return 0;
	const { r, alpha, s, beta } = params;
	const logGrowth = Math.log1p(horizon / (beta + age));
	const shape = s - 1;
	const growth = shape === 0 ? logGrowth : -Math.expm1(-shape * logGrowth) / shape;
	return (((r + frequency) * (beta + age)) / (alpha + age)) * growth;
}

/** E[X(t)] = rβ / (α(s−1)) · [1 − (β/(β+t))^(s−1)]: the conditional expectation at (0, 0, 0). */
export function pnbdExpectedTransactions(params: ParetoNbdParams, time: number): number {
	return pnbdConditionalNumerator(params, time, 0, 0);
}
