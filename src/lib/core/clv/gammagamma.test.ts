import { describe, expect, it } from 'vitest';
import {
	expectedSpend,
	fitGammaGamma,
	gammaGammaGradient,
	gammaGammaLogLikelihood,
	populationMeanSpend
} from './gammagamma';
import { summarizeOrders } from './summary';
import { createRandom } from '../random';
import { readCdnowSample } from './testing/cdnow';
import { gammaVariate } from './testing/simulate';
import { CDNOW_CALIBRATION_END, CDNOW_GAMMA_GAMMA } from './testing/published';

const { summary } = summarizeOrders(readCdnowSample(), {
	calibrationEnd: CDNOW_CALIBRATION_END,
	unit: 'week'
});
const cdnow = { count: summary.monetaryCount, mean: summary.monetary };

/** Γ(n) for whole n, as a plain product. */
function factorial(n: number): number {
	let product = 1;
	for (let k = 2; k < n; k++) product *= k;
	return product;
}

describe('Gamma-Gamma log-likelihood', () => {
	it('matches the density of the mean written out with whole-number parameters', () => {
		// p = 2, q = 3, v = 10: f(m | x) = Γ(px+q)/(Γ(px)Γ(q)) · v^q m^(px−1) x^(px) / (v + xm)^(px+q).
		const [p, q, v] = [2, 3, 10];
		for (const [x, m] of [
			[1, 25],
			[3, 12.5],
			[5, 40]
		]) {
			const px = p * x;
			const density =
				((factorial(px + q) / (factorial(px) * factorial(q))) *
					(Math.pow(v, q) * Math.pow(m, px - 1) * Math.pow(x, px))) /
				Math.pow(v + x * m, px + q);
			expect(gammaGammaLogLikelihood({ p, q, v }, { count: [x], mean: [m] })).toBeCloseTo(
				Math.log(density),
				10
			);
		}
	});

	it('leaves out customers without repeat purchases or with a non-positive mean', () => {
		const one = gammaGammaLogLikelihood({ p: 2, q: 3, v: 10 }, { count: [1], mean: [25] });
		const mixed = gammaGammaLogLikelihood(
			{ p: 2, q: 3, v: 10 },
			{ count: [1, 0, 2, 3], mean: [25, NaN, 0, -4] }
		);
		expect(mixed).toBeCloseTo(one, 12);
	});

	it('has an analytic gradient that matches finite differences on CDNOW', () => {
		const params = { p: 4, q: 2.5, v: 20 };
		const gradient = gammaGammaGradient(params, cdnow);
		(['p', 'q', 'v'] as const).forEach((key, k) => {
			const h = 1e-6 * params[key];
			const up = gammaGammaLogLikelihood({ ...params, [key]: params[key] + h }, cdnow);
			const down = gammaGammaLogLikelihood({ ...params, [key]: params[key] - h }, cdnow);
			expect(gradient[k]).toBeCloseTo((up - down) / (2 * h), 3);
		});
	});
});

describe('fitGammaGamma', () => {
	it('reproduces the published CDNOW estimates (Fader & Hardie 2013)', () => {
		const fit = fitGammaGamma(cdnow);
		expect(fit.converged).toBe(true);
		expect(fit.params.p).toBeCloseTo(CDNOW_GAMMA_GAMMA.p, 2);
		expect(fit.params.q).toBeCloseTo(CDNOW_GAMMA_GAMMA.q, 2);
		expect(fit.params.v).toBeCloseTo(CDNOW_GAMMA_GAMMA.v, 2);
		expect(fit.logLikelihood).toBeCloseTo(gammaGammaLogLikelihood(fit.params, cdnow), 8);
	});

	it('reports data it cannot fit instead of throwing', () => {
		expect(fitGammaGamma({ count: [0, 0], mean: [NaN, NaN] })).toMatchObject({
			converged: false,
			reason: 'no-repeat-customers'
		});
		expect(fitGammaGamma({ count: [1, 2], mean: [10, 20] })).toMatchObject({
			converged: false,
			reason: 'too-few-customers'
		});
		// Every customer spends exactly the same: the spread parameters run off to their bounds.
		const identical = fitGammaGamma({ count: [2, 3, 1, 4], mean: [10, 10, 10, 10] });
		expect(identical.converged).toBe(false);
		expect(identical.reason).toBe('at-bound');
	});

	it('flags a fit whose population mean spend would be infinite (q ≤ 1)', () => {
		// Spend drawn from the model itself with q = 0.8: rates ν ~ Gamma(0.8, 10).
		const random = createRandom(1);
		const count: number[] = [];
		const mean: number[] = [];
		for (let i = 0; i < 2000; i++) {
			const rate = gammaVariate(random, 0.8) / 10;
			const x = random.int(1, 5);
			let total = 0;
			for (let k = 0; k < x; k++) total += gammaVariate(random, 2) / rate;
			count.push(x);
			mean.push(total / x);
		}
		const fit = fitGammaGamma({ count, mean });
		expect(fit.params.q).toBeLessThanOrEqual(1);
		expect(fit).toMatchObject({ converged: false, reason: 'mean-spend-undefined' });
	});
});

describe('expectedSpend', () => {
	const params = { p: 6.25, q: 3.74, v: 15.44 };

	it('is the population mean p·v/(q − 1) for customers without repeat purchases', () => {
		expect(populationMeanSpend(params)).toBeCloseTo((6.25 * 15.44) / 2.74, 12);
		expect(expectedSpend(params, 0, NaN)).toBe(populationMeanSpend(params));
	});

	it('weights the customer’s own mean more the more repeat purchases they made', () => {
		const population = populationMeanSpend(params);
		const few = expectedSpend(params, 1, 100);
		const many = expectedSpend(params, 20, 100);
		expect(few).toBeGreaterThan(population);
		expect(many).toBeGreaterThan(few);
		expect(many).toBeLessThan(100);
		// p(v + x m)/(p x + q − 1) is a weighted mean of the two.
		const weight = (6.25 * 20) / (6.25 * 20 + 2.74);
		expect(many).toBeCloseTo(weight * 100 + (1 - weight) * population, 10);
	});

	it('is NaN when the population mean is undefined (q ≤ 1)', () => {
		expect(populationMeanSpend({ p: 1, q: 0.9, v: 10 })).toBeNaN();
	});
});

describe('spend with no heterogeneity between customers', () => {
	// Every customer's transactions cycle through the same amounts: the likelihood keeps rising
	// as q and v grow together, so the optimum lies at infinity.
	const n = 5000;
	const count = new Float64Array(n).fill(9);
	const mean = new Float64Array(n);
	let overall = 0;
	for (let c = 0; c < n; c++) {
		let sum = 0;
		for (let k = 1; k <= 9; k++) sum += 10 + (((c + k * n) * 13) % 997) / 3;
		mean[c] = sum / 9;
		overall += mean[c] / n;
	}

	it('stops once the likelihood stalls, reports it, and keeps the population mean spend', () => {
		const fit = fitGammaGamma({ count, mean });
		// 3 starts × 200 iterations each before the stall rule.
		expect(fit.iterations).toBeLessThan(300);
		expect(fit.converged).toBe(false);
		expect(fit.reason).toBe('line-search-failed');
		expect(fit.params.q).toBeGreaterThan(1e5);
		expect(populationMeanSpend(fit.params)).toBeCloseTo(overall, 0);
	});
});
