import { describe, expect, it } from 'vitest';
import type { BgNbdParams } from './bgnbd';
import { conditionalExpectedTransactions } from './bgnbd-predict';
import {
	customerLifetimeValue,
	discountedExpectedTransactions,
	discountRatePerUnit,
	gaussLegendre,
	unitsPerYear
} from './clv';

const CDNOW_FIT: BgNbdParams = { r: 0.242594, alpha: 4.413603, a: 0.792922, b: 2.425906 };

/** Σ_k (E[Y(t_k)] − E[Y(t_{k−1})]) · (1 + d)^−(mid-period in years), over many short periods. */
function periodSum(
	params: BgNbdParams,
	horizon: number,
	annualRate: number,
	customer: [number, number, number]
) {
	const steps = 4000;
	const perYear = unitsPerYear('week');
	let total = 0;
	let previous = 0;
	for (let k = 1; k <= steps; k++) {
		const time = (horizon * k) / steps;
		const expected = conditionalExpectedTransactions(params, time, ...customer);
		const middle = time - horizon / steps / 2;
		total += (expected - previous) * Math.pow(1 + annualRate, -middle / perYear);
		previous = expected;
	}
	return total;
}

describe('discountRatePerUnit', () => {
	it('compounds to the annual rate over one year of units', () => {
		for (const unit of ['day', 'week'] as const) {
			const rate = discountRatePerUnit(0.1, unit);
			expect(Math.exp(rate * unitsPerYear(unit))).toBeCloseTo(1.1, 12);
		}
		expect(unitsPerYear('week')).toBeCloseTo(52.18, 2);
	});
});

describe('gaussLegendre', () => {
	it('integrates polynomials up to degree 2n − 1 exactly', () => {
		const { nodes, weights } = gaussLegendre(16);
		expect(weights.reduce((sum, w) => sum + w, 0)).toBeCloseTo(2, 13);
		const integral = nodes.reduce((sum, x, i) => sum + weights[i] * x ** 30, 0);
		expect(integral).toBeCloseTo(2 / 31, 13);
	});
});

describe('discountedExpectedTransactions', () => {
	const customers: [number, number, number][] = [
		[0, 0, 38.86],
		[2, 30.43, 38.86],
		[12, 37, 38],
		[0, 0, 0.5]
	];

	it('equals the undiscounted expectation at a zero rate', () => {
		for (const customer of customers) {
			expect(discountedExpectedTransactions(CDNOW_FIT, 52, 0, ...customer)).toBeCloseTo(
				conditionalExpectedTransactions(CDNOW_FIT, 52, ...customer),
				12
			);
		}
	});

	it('matches the sum over short periods discounted by (1 + d)^−k', () => {
		const rate = discountRatePerUnit(0.15, 'week');
		for (const customer of customers) {
			for (const horizon of [13, 104, 520]) {
				const value = discountedExpectedTransactions(CDNOW_FIT, horizon, rate, ...customer);
				const reference = periodSum(CDNOW_FIT, horizon, 0.15, customer);
				expect(value / reference).toBeCloseTo(1, 6);
			}
		}
	});

	it('grows with the horizon and shrinks with the discount rate', () => {
		const rate = discountRatePerUnit(0.1, 'week');
		let previous = 0;
		for (const horizon of [1, 4, 13, 26, 52, 104, 260, 520, 1040]) {
			const value = discountedExpectedTransactions(CDNOW_FIT, horizon, rate, 2, 30.43, 38.86);
			expect(value).toBeGreaterThan(previous);
			previous = value;
		}
		const higher = discountRatePerUnit(0.3, 'week');
		expect(discountedExpectedTransactions(CDNOW_FIT, 104, higher, 2, 30.43, 38.86)).toBeLessThan(
			discountedExpectedTransactions(CDNOW_FIT, 104, rate, 2, 30.43, 38.86)
		);
	});

	it('is zero for a zero horizon', () => {
		expect(discountedExpectedTransactions(CDNOW_FIT, 0, 0.01, 2, 30.43, 38.86)).toBe(0);
	});
});

describe('customerLifetimeValue', () => {
	it('is discounted transactions × expected spend × margin', () => {
		expect(customerLifetimeValue(2.5, 40, 0.3)).toBeCloseTo(30, 12);
	});
});
