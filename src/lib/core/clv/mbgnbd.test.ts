import { clvModel, conditionalExpectation } from './models';
import { describe, expect, it } from 'vitest';
import { fitMbgNbd, mbgNbdGradient, mbgNbdLogLikelihood, type MbgNbdParams } from './mbgnbd';
import { mbgExpectedTransactions, mbgProbabilityAlive } from './mbgnbd-predict';
import { expectedTransactions } from './bgnbd-predict';
import { hyp2f1 } from './special';
import { groupSummary, summarizeOrders } from './summary';
import { readCdnowSample } from './testing/cdnow';
import { CDNOW_CALIBRATION_END, CDNOW_MBGNBD } from './testing/published';

/**
 * ln L of one customer from Batislam et al. (2007) written with products instead of Γ ratios:
 * Γ(r+x)/Γ(r) = Π (r+k), B(a, b+x+1)/B(a, b) = a-free product Π_{k ≤ x} (b+k)/(a+b+k).
 */
function directLogLikelihood(params: MbgNbdParams, x: number, recency: number, age: number) {
	const { r, alpha, a, b } = params;
	let logProducts = r * Math.log(alpha);
	for (let k = 0; k < x; k++) logProducts += Math.log(r + k);
	for (let k = 0; k <= x; k++) logProducts += Math.log(b + k) - Math.log(a + b + k);
	const ratio = Math.pow((alpha + recency) / (alpha + age), r + x);
	return logProducts - (r + x) * Math.log(alpha + recency) + Math.log(ratio + a / (b + x));
}

/** The conditional expectation in lifetimes' form with the general ₂F₁. */
function directConditional(params: MbgNbdParams, t: number, x: number, tx: number, age: number) {
	const { r, alpha, a, b } = params;
	const hyper = hyp2f1(r + x, b + x + 1, a + b + x, t / (alpha + age + t));
	const first =
		((a + b + x) / (a - 1)) * (1 - hyper * Math.pow((alpha + age) / (alpha + t + age), r + x));
	return first / (1 + (a / (b + x)) * Math.pow((alpha + age) / (alpha + tx), r + x));
}

const cdnow = summarizeOrders(readCdnowSample(), {
	calibrationEnd: CDNOW_CALIBRATION_END,
	unit: 'week'
}).summary;

describe('MBG/NBD log-likelihood', () => {
	const params = { r: 0.5, alpha: 6, a: 1.2, b: 3.3 };

	it('matches the direct formula for single customers, extreme ones included', () => {
		const customers: [number, number, number][] = [
			[0, 0, 30],
			[2, 30.43, 38.86],
			[1, 20, 20],
			[300, 50, 52],
			[900, 51.9, 52]
		];
		for (const [x, recency, age] of customers) {
			const value = mbgNbdLogLikelihood(params, { frequency: [x], recency: [recency], age: [age] });
			expect(value).toBeCloseTo(directLogLikelihood(params, x, recency, age), 8);
		}
	});

	it('honours weights', () => {
		const data = { frequency: [0, 2, 2], recency: [0, 5, 5], age: [10, 12, 12] };
		const weighted = { frequency: [0, 2], recency: [0, 5], age: [10, 12], weight: [1, 2] };
		expect(mbgNbdLogLikelihood(params, weighted)).toBeCloseTo(
			mbgNbdLogLikelihood(params, data),
			10
		);
	});

	it('has an analytic gradient that matches finite differences on CDNOW', () => {
		const gradient = mbgNbdGradient(params, cdnow);
		(['r', 'alpha', 'a', 'b'] as const).forEach((key, k) => {
			const h = 1e-6 * params[key];
			const up = mbgNbdLogLikelihood({ ...params, [key]: params[key] + h }, cdnow);
			const down = mbgNbdLogLikelihood({ ...params, [key]: params[key] - h }, cdnow);
			expect(gradient[k]).toBeCloseTo((up - down) / (2 * h), 3);
		});
	});
});

describe('fitMbgNbd', () => {
	it('reproduces the published CDNOW estimates (lifetimes / BTYDplus)', () => {
		const fit = fitMbgNbd(groupSummary(cdnow));
		expect(fit.converged).toBe(true);
		for (const key of ['r', 'alpha', 'a', 'b'] as const) {
			expect(fit.params[key]).toBeCloseTo(CDNOW_MBGNBD[key], 3);
		}
	});

	it('reports data it cannot fit instead of throwing', () => {
		expect(fitMbgNbd({ frequency: [], recency: [], age: [] }).reason).toBe('no-customers');
		const oneTimers = fitMbgNbd({ frequency: [0, 0], recency: [0, 0], age: [5, 9] });
		expect(oneTimers.reason).toBe('no-repeat-customers');
	});
});

describe('MBG/NBD predictions', () => {
	const params = CDNOW_MBGNBD;

	it('gives E[X(t)] = b/(a−1) · [1 − (α/(α+t))^r ₂F₁(r, b+1; a+b; t/(α+t))] (lifetimes)', () => {
		const { r, alpha, a, b } = params;
		for (const t of [0.1429, 1, 3, 31.8571, 32, 78, 500]) {
			const hyper = hyp2f1(r, b + 1, a + b, t / (alpha + t));
			const direct = (b / (a - 1)) * (1 - hyper * Math.pow(alpha / (alpha + t), r));
			expect(mbgExpectedTransactions(params, t)).toBeCloseTo(direct, 10);
		}
		// Fewer than BG/NBD's at the same parameters: some customers leave at the first purchase.
		expect(mbgExpectedTransactions(params, 78)).toBeLessThan(expectedTransactions(params, 78));
	});

	it('matches the ₂F₁ form of the conditional expectation', () => {
		for (const [x, tx, age] of [
			[0, 0, 30],
			[2, 30.43, 38.86],
			[5, 10, 38],
			[40, 38, 39]
		]) {
			for (const t of [1, 10, 39, 200]) {
				const value = conditionalExpectation(clvModel('mbgnbd'), params, t, x, tx, age);
				expect(value).toBeCloseTo(directConditional(params, t, x, tx, age), 9);
			}
		}
	});

	it('behaves at the boundaries: x = 0, t_x = T, huge T', () => {
		// A one-time buyer may have dropped out at the first purchase: P(alive) < 1.
		const { r, alpha, a, b } = params;
		const oneTimer = mbgProbabilityAlive(params, 0, 0, 30);
		expect(oneTimer).toBeCloseTo(1 / (1 + (a / b) * Math.pow((alpha + 30) / alpha, r)), 12);
		expect(oneTimer).toBeLessThan(1);
		// Bought on the last day: only the dropout at that purchase can have ended them.
		expect(mbgProbabilityAlive(params, 3, 30, 30)).toBeCloseTo(1 / (1 + a / (b + 3)), 12);
		// Silent for ages: almost surely gone, and nothing more expected.
		expect(mbgProbabilityAlive(params, 3, 10, 1e6)).toBeLessThan(1e-6);
		expect(conditionalExpectation(clvModel('mbgnbd'), params, 52, 3, 10, 1e6)).toBeLessThan(1e-6);
		expect(conditionalExpectation(clvModel('mbgnbd'), params, 0, 3, 10, 20)).toBe(0);
		// Hundreds of purchases up to the end: finite and large.
		const heavy = conditionalExpectation(clvModel('mbgnbd'), params, 52, 500, 52, 52);
		expect(Number.isFinite(heavy)).toBe(true);
		expect(heavy).toBeGreaterThan(100);
	});
});
