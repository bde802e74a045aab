import { describe, expect, it } from 'vitest';
import type { BgNbdParams } from './bgnbd';
import {
	conditionalExpectedTransactions,
	conditionalNumerator,
	expectedTransactions,
	probabilityAlive
} from './bgnbd-predict';
import { hyp2f1 } from './special';

/** The maximum-likelihood estimates on CDNOW to six digits (see bgnbd.test.ts). */
const CDNOW_FIT: BgNbdParams = { r: 0.242594, alpha: 4.413603, a: 0.792922, b: 2.425906 };

/** FHL (2005) eq. 10, written directly with the general ₂F₁. */
function directConditional(params: BgNbdParams, t: number, x: number, tx: number, age: number) {
	const { r, alpha, a, b } = params;
	const z = t / (alpha + age + t);
	const hyper = hyp2f1(r + x, b + x, a + b + x - 1, z);
	const numerator =
		((a + b + x - 1) / (a - 1)) * (1 - Math.pow((alpha + age) / (alpha + age + t), r + x) * hyper);
	const odds = x > 0 ? (a / (b + x - 1)) * Math.pow((alpha + age) / (alpha + tx), r + x) : 0;
	return numerator / (1 + odds);
}

describe('probabilityAlive', () => {
	it('is 1 by construction for customers without a repeat purchase', () => {
		for (const age of [0, 1, 38.86, 500]) expect(probabilityAlive(CDNOW_FIT, 0, 0, age)).toBe(1);
	});

	it('stays within 0–1 and falls as the last purchase recedes', () => {
		let previous = 1;
		for (const recency of [38, 30, 20, 10, 1]) {
			const alive = probabilityAlive(CDNOW_FIT, 3, recency, 38.86);
			expect(alive).toBeGreaterThanOrEqual(0);
			expect(alive).toBeLessThanOrEqual(previous);
			previous = alive;
		}
		expect(probabilityAlive(CDNOW_FIT, 500, 1, 52)).toBeGreaterThanOrEqual(0);
		expect(probabilityAlive(CDNOW_FIT, 500, 52, 52)).toBeGreaterThan(0.9);
	});
});

describe('expectedTransactions (a new customer)', () => {
	it('matches Hardie’s BG/NBD spreadsheet values at the CDNOW estimates', () => {
		// As checked by lifetimes' test "expectation returns same value as Hardie excel sheet".
		const times = [0.1429, 1, 3, 31.8571, 32, 78];
		const published = [0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576];
		times.forEach((t, i) => {
			expect(Math.abs(expectedTransactions(CDNOW_FIT, t) - published[i])).toBeLessThan(1e-3);
		});
	});

	it('is 0 at time 0 and grows with time', () => {
		expect(expectedTransactions(CDNOW_FIT, 0)).toBe(0);
		expect(expectedTransactions(CDNOW_FIT, 10)).toBeLessThan(expectedTransactions(CDNOW_FIT, 20));
	});
});

describe('conditionalExpectedTransactions', () => {
	it('matches Hardie’s spreadsheet for the customer with x = 2, t_x = 30.43, T = 38.86', () => {
		const value = conditionalExpectedTransactions(CDNOW_FIT, 39, 2, 30.43, 38.86);
		expect(value).toBeCloseTo(1.226, 3);
	});

	it('agrees with the paper’s ₂F₁ formula across customers and parameter values', () => {
		const cases: [BgNbdParams, number, number, number, number][] = [
			[CDNOW_FIT, 39, 0, 0, 38.86],
			[CDNOW_FIT, 52, 5, 20, 39],
			[CDNOW_FIT, 400, 1, 3, 3],
			[{ r: 2, alpha: 10, a: 3.5, b: 1.2 }, 30, 4, 8, 12],
			[{ r: 0.3, alpha: 40, a: 0.4, b: 0.7 }, 365, 2, 100, 300]
		];
		for (const [params, t, x, tx, age] of cases) {
			const expected = directConditional(params, t, x, tx, age);
			expect(conditionalExpectedTransactions(params, t, x, tx, age)).toBeCloseTo(expected, 9);
		}
	});

	it('is continuous through a = 1, where the paper’s form divides by zero', () => {
		const at = (a: number) => conditionalExpectedTransactions({ ...CDNOW_FIT, a }, 52, 2, 30, 39);
		expect(Number.isFinite(at(1))).toBe(true);
		expect(at(1)).toBeCloseTo(at(1 + 1e-7), 6);
		expect(at(1)).toBeCloseTo(at(1 - 1e-7), 6);
	});

	it('stays finite for customers with hundreds of purchases', () => {
		const regular = conditionalExpectedTransactions(CDNOW_FIT, 52, 400, 51.9, 52);
		expect(Number.isFinite(regular)).toBe(true);
		// 400 purchases in a year: fewer than 400 in the next, as each purchase risks a dropout.
		expect(regular).toBeGreaterThan(200);
		expect(regular).toBeLessThan(400);
		const lapsed = conditionalExpectedTransactions(CDNOW_FIT, 52, 400, 10, 52);
		expect(lapsed).toBeGreaterThanOrEqual(0);
		expect(lapsed).toBeLessThan(1e-6);
	});

	it('equals the unconditional expectation for a customer with no history', () => {
		expect(conditionalExpectedTransactions(CDNOW_FIT, 26, 0, 0, 0)).toBeCloseTo(
			expectedTransactions(CDNOW_FIT, 26),
			14
		);
	});
});

describe('conditionalNumerator when a is huge (everyone drops out alike)', () => {
	it('switches to the paper’s form without a jump where (1−z)^(a−1) gets too small', () => {
		const params = { r: 2, alpha: 5, a: 1001, b: 9000 };
		// ε · ln(1 − z) = −1000 · ln(1 + h / 25) crosses −500 at h = 25 (e^0.5 − 1).
		const at = (log: number) => conditionalNumerator(params, 25 * Math.expm1(log), 3, 20);
		const [before, last, first] = [at(0.4996), at(0.4998), at(0.5002)];
		const step = Math.abs(last - before);
		expect(Number.isFinite(first)).toBe(true);
		expect(Math.abs(first - last)).toBeLessThan(step * 3);
		expect(first).toBeGreaterThan(last);
	});

	it('gives finite expectations for a fit with almost no spread in dropout (a, b ≈ 10⁵, 10⁶)', () => {
		// Fitted on 100,000 customers who all buy every ten weeks (npm run bench's generated file).
		const params = { r: 3.4805, alpha: 5.8433, a: 125_324.6, b: 1_202_604.3 };
		for (let age = 13; age <= 105; age += 4) {
			const expected = conditionalExpectedTransactions(params, 52, 9, 12.86, age);
			expect(Number.isFinite(expected)).toBe(true);
			expect(expected).toBeGreaterThanOrEqual(0);
			// Never more than a customer surely alive would make (the numerator).
			expect(expected).toBeLessThanOrEqual(conditionalNumerator(params, 52, 9, age));
		}
		expect(conditionalNumerator(params, 52, 9, 36.43)).toBeCloseTo(7.9055, 3);
	});
});
