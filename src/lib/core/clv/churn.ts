/**
 * Churn risk and the time to the next order under any of the three models, in closed form.
 *
 * The probability that a customer with history (x, t_x, T) makes no purchase in the next w units
 * is the likelihood of the same history observed for w units longer, over the likelihood of the
 * history: P(no purchase in (T, T+w] | x, t_x, T) = L(x, t_x, T+w) / L(x, t_x, T). It is the
 * posterior probability of "dead by now, or alive and quiet for w more units", and the ratio
 * needs only each model's kernel (`ClvModel.logKernel`), in log space. As w → ∞ it tends to the
 * probability of never buying again: 1 − P(alive) under BG/NBD and MBG/NBD (an alive customer
 * buys again for sure), and more under Pareto/NBD (an alive customer may die before buying).
 */

import type { ClvModel, ModelParams } from './models';

/** P(no purchase in the next `window` units | x, t_x, T); 1 for an empty window, falling with it. */
export function churnRisk(
	model: ClvModel,
	params: ModelParams,
	window: number,
	frequency: number,
	recency: number,
	age: number
): number {
	if (!(window > 0)) return 1;
	const now = model.logKernel(params, frequency, recency, age);
	const later = model.logKernel(params, frequency, recency, age + window);
	return clampProbability(Math.exp(later - now));
}

/** P(no purchase ever again | x, t_x, T): the churn risk over an endless window. */
export const neverAgainProbability = (
	...[model, params, x, tx, T]: [ClvModel, ModelParams, number, number, number]
): number => churnRisk(model, params, Infinity, x, tx, T);

function clampProbability(p: number): number {
	if (Number.isNaN(p)) return NaN;
	return Math.min(1, Math.max(0, p));
}

/** Longest wait searched, in multiples of the purchase time scale α + T. */
const MAX_WAIT_FACTOR = 1e6;

/**
 * Median time (model units) until the next purchase: the w with churnRisk(w) = ½, found by
 * bisection in ln w (churn risk falls as w grows). Infinity when the chance of ever buying again
 * is ½ or less — there is then no date by which the next order is more likely than not.
 */
export function medianTimeToNextPurchase(
	model: ClvModel,
	params: ModelParams,
	frequency: number,
	recency: number,
	age: number
): number {
	const never = neverAgainProbability(model, params, frequency, recency, age);
	if (!(never < 0.5)) return Number.isNaN(never) ? NaN : Infinity;
	const scale = model.timeScale(params) + age;
	let lo = Math.log(scale * 1e-9);
	let hi = Math.log(scale);
	while (churnRisk(model, params, Math.exp(hi), frequency, recency, age) > 0.5) {
		lo = hi;
		hi += Math.log(10);
		if (hi > Math.log(scale * MAX_WAIT_FACTOR)) return Infinity;
	}
	for (let i = 0; i < 60; i++) {
		const mid = (lo + hi) / 2;
		if (churnRisk(model, params, Math.exp(mid), frequency, recency, age) > 0.5) lo = mid;
		else hi = mid;
	}
	return Math.exp((lo + hi) / 2);
}
