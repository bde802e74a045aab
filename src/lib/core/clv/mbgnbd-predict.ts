/**
 * MBG/NBD predictions (Batislam, Denizel & Filiztekin 2007; the expressions of lifetimes'
 * ModifiedBetaGeoFitter). The conditional expectation's numerator is BG/NBD's with b + 1 in
 * place of b — so the same stable series (`bgnbd-predict.ts`) serves both.
 */

import { conditionalNumerator as bgNumerator } from './bgnbd-predict';
import type { MbgNbdParams } from './mbgnbd';

/**
 * P(alive | x, t_x, T) = 1 / (1 + a/(b+x) · ((α+T)/(α+t_x))^(r+x)), for x = 0 as well: a
 * one-time buyer may have dropped out at the first purchase.
 */
export const mbgProbabilityAlive = (p: MbgNbdParams, x: number, tx: number, T: number): number =>
	1 /
	(1 + Math.exp(Math.log(p.a / (p.b + x)) + (p.r + x) * Math.log((p.alpha + T) / (p.alpha + tx))));

/**
 * E[Y(t) | x, t_x, T] = numerator · P(alive), numerator =
 * (a+b+x)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x+1; a+b+x; t/(α+T+t))].
 */
export function mbgConditionalNumerator(
	params: MbgNbdParams,
	horizon: number,
	frequency: number,
	age: number
): number {
	return bgNumerator({ ...params, b: params.b + 1 }, horizon, frequency, age);
}

/**
 * E[X(t)] of a new customer: b/(a−1) · [1 − (α/(α+t))^r ₂F₁(r, b+1; a+b; t/(α+t))] — the
 * conditional expectation at (0, 0, 0), where P(alive) = b / (a+b).
 */
export function mbgExpectedTransactions(params: MbgNbdParams, time: number): number {
	return mbgConditionalNumerator(params, time, 0, 0) * mbgProbabilityAlive(params, 0, 0, 0);
}
