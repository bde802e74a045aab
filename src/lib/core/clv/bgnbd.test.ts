import { describe, expect, it } from 'vitest';
import {
	bgNbdGradient,
	bgNbdLogLikelihood,
	fitBgNbd,
	type BgNbdParams,
	type RfmData
} from './bgnbd';
import { groupSummary, summarizeOrders } from './summary';
import { readCdnowSample } from './testing/cdnow';
import { CDNOW_BGNBD, CDNOW_CALIBRATION_END } from './testing/published';
import { simulateOrders } from './testing/simulate';

/**
 * ln L of one customer written directly from FHL (2005) eq. 6 with products instead of Γ
 * ratios (Γ(r+x)/Γ(r) = Π (r+k)); the bracket is scaled by (α+t_x)^(r+x) so it cannot underflow.
 */
function directLogLikelihood(params: BgNbdParams, x: number, recency: number, age: number) {
	const { r, alpha, a, b } = params;
	let logProducts = r * Math.log(alpha);
	for (let k = 0; k < x; k++) {
		logProducts += Math.log(r + k) + Math.log(b + k) - Math.log(a + b + k);
	}
	const ratio = Math.pow((alpha + recency) / (alpha + age), r + x);
	const bracket = ratio + (x > 0 ? a / (b + x - 1) : 0);
	return logProducts - (r + x) * Math.log(alpha + recency) + Math.log(bracket);
}

const cdnow = summarizeOrders(readCdnowSample(), {
	calibrationEnd: CDNOW_CALIBRATION_END,
	unit: 'week'
}).summary;

describe('BG/NBD log-likelihood', () => {
	const params = { r: 0.5, alpha: 6, a: 1.2, b: 3.3 };

	it('matches the direct formula for single customers, extreme ones included', () => {
		const customers: [number, number, number][] = [
			[0, 0, 30], // a single purchase
			[2, 30.43, 38.86],
			[1, 20, 20], // the repeat purchase falls on the calibration end
			[300, 50, 52], // hundreds of purchases
			[900, 51.9, 52]
		];
		for (const [x, recency, age] of customers) {
			const value = bgNbdLogLikelihood(params, { frequency: [x], recency: [recency], age: [age] });
			expect(Number.isFinite(value)).toBe(true);
			expect(value).toBeCloseTo(directLogLikelihood(params, x, recency, age), 8);
		}
	});

	it('sums over customers and honours weights', () => {
		const data = { frequency: [0, 2, 2], recency: [0, 5, 5], age: [10, 12, 12] };
		const weighted = { frequency: [0, 2], recency: [0, 5], age: [10, 12], weight: [1, 2] };
		const sum = [0, 1, 2].reduce(
			(total, i) =>
				total + directLogLikelihood(params, data.frequency[i], data.recency[i], data.age[i]),
			0
		);
		expect(bgNbdLogLikelihood(params, data)).toBeCloseTo(sum, 10);
		expect(bgNbdLogLikelihood(params, weighted)).toBeCloseTo(sum, 10);
	});

	it('skips rows the model cannot use instead of failing', () => {
		const data: RfmData = {
			frequency: [1, NaN, 1, -1, 1.5],
			recency: [5, 1, 12, 1, 1],
			age: [10, 2, 10, 2, 2]
		};
		expect(bgNbdLogLikelihood(params, data)).toBeCloseTo(directLogLikelihood(params, 1, 5, 10), 10);
	});

	it('has an analytic gradient that matches finite differences on CDNOW', () => {
		const gradient = bgNbdGradient(params, cdnow);
		const keys = ['r', 'alpha', 'a', 'b'] as const;
		keys.forEach((key, k) => {
			const h = 1e-6 * params[key];
			const up = bgNbdLogLikelihood({ ...params, [key]: params[key] + h }, cdnow);
			const down = bgNbdLogLikelihood({ ...params, [key]: params[key] - h }, cdnow);
			expect(gradient[k]).toBeCloseTo((up - down) / (2 * h), 3);
		});
	});
});

describe('fitBgNbd', () => {
	it('reproduces the published CDNOW estimates (Fader, Hardie & Lee 2005)', () => {
		const fit = fitBgNbd(groupSummary(cdnow));
		expect(fit.converged).toBe(true);
		expect(fit.reason).toBe('converged');
		expect(fit.params.r).toBeCloseTo(CDNOW_BGNBD.r, 3);
		expect(fit.params.alpha).toBeCloseTo(CDNOW_BGNBD.alpha, 3);
		expect(fit.params.a).toBeCloseTo(CDNOW_BGNBD.a, 3);
		expect(fit.params.b).toBeCloseTo(CDNOW_BGNBD.b, 3);
		expect(fit.logLikelihood).toBeCloseTo(CDNOW_BGNBD.logLikelihood, 1);
	});

	it('gives the same fit on grouped and ungrouped customers', () => {
		const grouped = fitBgNbd(groupSummary(cdnow));
		const single = fitBgNbd(cdnow);
		expect(single.logLikelihood).toBeCloseTo(grouped.logLikelihood, 6);
		expect(single.params.r).toBeCloseTo(grouped.params.r, 5);
	});

	it('recovers the parameters of simulated customers', () => {
		const purchase = { r: 0.4, alpha: 20, a: 0.9, b: 3 };
		const orders = simulateOrders({
			customers: 20_000,
			seed: 11,
			purchase,
			spend: { p: 5, q: 3, v: 20 },
			firstDay: 0,
			birthDays: 180,
			endDay: 540
		});
		const { summary } = summarizeOrders(orders, { calibrationEnd: 540, unit: 'day' });
		const fit = fitBgNbd(groupSummary(summary));
		expect(fit.converged).toBe(true);
		// Sampling error of 20,000 customers is a few per cent; 15 % leaves room for it.
		for (const key of ['r', 'alpha', 'a', 'b'] as const) {
			expect(Math.abs(fit.params[key] / purchase[key] - 1)).toBeLessThan(0.15);
		}
	});

	it('reports data it cannot fit instead of throwing', () => {
		const empty = fitBgNbd({ frequency: [], recency: [], age: [] });
		expect(empty).toMatchObject({ converged: false, reason: 'no-customers' });
		const oneTimers = fitBgNbd({ frequency: [0, 0, 0], recency: [0, 0, 0], age: [5, 9, 20] });
		expect(oneTimers).toMatchObject({ converged: false, reason: 'no-repeat-customers' });
		expect(oneTimers.params.r).toBeNaN();
	});

	it('reports a parameter running to its bound when nobody ever stops buying', () => {
		// Every customer bought every week right up to the calibration end.
		const frequency = Array.from({ length: 50 }, (_, i) => 10 + i);
		const fit = fitBgNbd({
			frequency,
			recency: frequency,
			age: frequency.map((x) => x + 0.5)
		});
		expect(fit.converged).toBe(false);
		expect(fit.reason).toBe('at-bound');
		expect(Number.isFinite(fit.logLikelihood)).toBe(true);
	});
});
