/**
 * Customer lifetime value over a horizon:
 *   CLV = DET × expected spend per transaction × margin,
 * where DET, the discounted expected transactions, weights each expected future purchase by
 * (1 + d)^−(years until it happens), d being the annual discount rate:
 *   DET = ∫₀^H (1 + d)^(−s / unitsPerYear) dE[Y(s) | x, t_x, T]
 * This is the sum over periods k of (E[Y(t_k)] − E[Y(t_{k−1})]) · (1 + d)^−(t_k in years) in the
 * limit of short periods, so it does not depend on an arbitrary period length. Integrating by
 * parts, DET = e^(−δH) E[Y(H)] + δ ∫₀^H e^(−δs) E[Y(s)] ds with δ = ln(1 + d) / unitsPerYear;
 * the integral is a 16-point Gauss-Legendre rule in u = ln(1 + s / (α + T)), where E[Y] is
 * smooth (it agrees with a 4,000-period sum to 1e-6 in the tests, and with 200,000 periods to
 * about 1e-8).
 */

import type { BgNbdParams } from './bgnbd';
import { CLV_MODELS, type ClvModel, type ModelParams } from './models';
import type { TimeUnit } from './summary';

/** Days per year, so a week is 7 / 365.25 of a year. */
const DAYS_PER_YEAR = 365.25;

/** Model time units in one year. */
export function unitsPerYear(unit: TimeUnit): number {
	return unit === 'week' ? DAYS_PER_YEAR / 7 : DAYS_PER_YEAR;
}

/** Continuous discount rate per model unit equivalent to an annual rate (0.1 = 10 % a year). */
export function discountRatePerUnit(annualRate: number, unit: TimeUnit): number {
	return Math.log1p(annualRate) / unitsPerYear(unit);
}

const QUADRATURE_POINTS = 16;
let legendre: { nodes: Float64Array; weights: Float64Array } | undefined;

/** Gauss-Legendre nodes and weights on [−1, 1], by Newton's method on P_n. */
export function gaussLegendre(n: number): { nodes: Float64Array; weights: Float64Array } {
	const nodes = new Float64Array(n);
	const weights = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		let x = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
		let derivative = 1;
		for (let iteration = 0; iteration < 100; iteration++) {
			let previous = 1;
			let current = x;
			for (let k = 2; k <= n; k++) {
				const next = ((2 * k - 1) * x * current - (k - 1) * previous) / k;
				previous = current;
				current = next;
			}
			derivative = (n * (x * current - previous)) / (x * x - 1);
			const change = current / derivative;
			x -= change;
			if (Math.abs(change) < 1e-15) break;
		}
		nodes[i] = x;
		weights[i] = 2 / ((1 - x * x) * derivative * derivative);
	}
	return { nodes, weights };
}

/**
 * The part of DET that depends on x and T only, under any model: DET = this × P(alive | x, t_x,
 * T), as for the undiscounted expectation (`ClvModel.conditionalNumerator`). `rate` is per
 * model unit (continuous).
 */
export function discountedNumerator(
	model: ClvModel,
	params: ModelParams,
	horizon: number,
	rate: number,
	frequency: number,
	age: number
): number {
	if (!(horizon > 0)) return 0;
	const atHorizon = model.conditionalNumerator(params, horizon, frequency, age);
	if (!(rate > 0)) return atHorizon;
	legendre ??= gaussLegendre(QUADRATURE_POINTS);
	const scale = model.timeScale(params) + age;
	const end = Math.log1p(horizon / scale);
	let integral = 0;
	for (let i = 0; i < QUADRATURE_POINTS; i++) {
		const u = (end * (legendre.nodes[i] + 1)) / 2;
		const time = scale * Math.expm1(u);
		const expected = model.conditionalNumerator(params, time, frequency, age);
		// ds = scale · e^u du, and du = end / 2 per unit of the standard interval.
		integral += legendre.weights[i] * Math.exp(-rate * time) * expected * scale * Math.exp(u);
	}
	return Math.exp(-rate * horizon) * atHorizon + rate * integral * (end / 2);
}

/** Discounted expected transactions of one customer over `horizon` units (BG/NBD). */
export function discountedExpectedTransactions(
	params: BgNbdParams,
	horizon: number,
	rate: number,
	frequency: number,
	recency: number,
	age: number
): number {
	const model = CLV_MODELS.bgnbd as unknown as ClvModel;
	const numerator = discountedNumerator(model, params, horizon, rate, frequency, age);
	return numerator * model.probabilityAlive(params, frequency, recency, age);
}

/** CLV of one customer: discounted transactions × expected spend × margin (share 0–1). */
export function customerLifetimeValue(
	discountedTransactions: number,
	expectedSpend: number,
	margin: number
): number {
	return discountedTransactions * expectedSpend * margin;
}
