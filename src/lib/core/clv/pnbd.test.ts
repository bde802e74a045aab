import { clvModel, conditionalExpectation } from './models';
import { describe, expect, it } from 'vitest';
import { fitParetoNbd, paretoNbdLogLikelihood, type ParetoNbdParams } from './pnbd';
import { pnbdExpectedTransactions, pnbdProbabilityAlive } from './pnbd-predict';
import { hyp2f1, logGamma } from './special';
import { groupSummary, summarizeOrders } from './summary';
import { readCdnowSample } from './testing/cdnow';
import { CDNOW_CALIBRATION_END, CDNOW_PNBD } from './testing/published';

/**
 * Fader & Hardie (2005) eq. 22 as written there: L = C · [1/((α+T)^(r+x)(β+T)^s) + s/(r+s+x)·A0]
 * with A0 the difference of two ₂F₁ terms (larger scale as the base), ₂F₁ by special.ts's
 * general series. Returns [ln L, the "alive" term, the bracket].
 */
function directLikelihood(params: ParetoNbdParams, x: number, tx: number, T: number) {
	const { r, alpha, s, beta } = params;
	const rsx = r + s + x;
	const [base, b2] = alpha >= beta ? [alpha, s + 1] : [beta, r + x];
	const diff = Math.abs(alpha - beta);
	const term = (t: number) => hyp2f1(rsx, b2, rsx + 1, diff / (base + t)) / Math.pow(base + t, rsx);
	const a0 = term(tx) - term(T);
	const alive = 1 / (Math.pow(alpha + T, r + x) * Math.pow(beta + T, s));
	const bracket = alive + (s / rsx) * a0;
	const logC = logGamma(r + x) - logGamma(r) + r * Math.log(alpha) + s * Math.log(beta);
	return { logLikelihood: logC + Math.log(bracket), alive, bracket };
}

/** The same likelihood by Simpson's rule on the integral form L = C·[alive + s∫_tx^T …]. */
function simpsonLikelihood(params: ParetoNbdParams, x: number, tx: number, T: number) {
	const { r, alpha, s, beta } = params;
	const n = 20_000;
	const h = (T - tx) / n;
	let sum = 0;
	for (let i = 0; i <= n; i++) {
		const tau = tx + i * h;
		const weight = i === 0 || i === n ? 1 : i % 2 === 1 ? 4 : 2;
		sum += weight * Math.pow(alpha + tau, -(r + x)) * Math.pow(beta + tau, -(s + 1));
	}
	const alive = Math.pow(alpha + T, -(r + x)) * Math.pow(beta + T, -s);
	const logC = logGamma(r + x) - logGamma(r) + r * Math.log(alpha) + s * Math.log(beta);
	return logC + Math.log(alive + (s * sum * h) / 3);
}

const cdnow = summarizeOrders(readCdnowSample(), {
	calibrationEnd: CDNOW_CALIBRATION_END,
	unit: 'week'
}).summary;

const one = (x: number, tx: number, T: number) => ({ frequency: [x], recency: [tx], age: [T] });

describe('Pareto/NBD log-likelihood', () => {
	const customers: [number, number, number][] = [
		[0, 0, 38.86],
		[2, 30.43, 38.86],
		[1, 20, 20],
		[7, 3, 38], // bought often, long ago
		[60, 38.5, 39]
	];

	it('matches Fader & Hardie’s ₂F₁ form, with either scale the larger', () => {
		for (const params of [CDNOW_PNBD, { r: 0.8, alpha: 3, s: 1.3, beta: 25 }]) {
			for (const [x, tx, T] of customers) {
				const value = paretoNbdLogLikelihood(params, one(x, tx, T));
				expect(value).toBeCloseTo(directLikelihood(params, x, tx, T).logLikelihood, 8);
			}
		}
	});

	it('matches Simpson integration of the lifetime integral', () => {
		const params = { r: 0.8, alpha: 3, s: 1.3, beta: 25 };
		for (const [x, tx, T] of customers) {
			expect(paretoNbdLogLikelihood(params, one(x, tx, T))).toBeCloseTo(
				simpsonLikelihood(params, x, tx, T),
				9
			);
		}
	});

	it('stays finite where one scale dwarfs the other (nobody seems to drop out)', () => {
		const params = { r: 0.5, alpha: 5, s: 0.2, beta: 5e7 };
		for (const [x, tx, T] of customers) {
			const value = paretoNbdLogLikelihood(params, one(x, tx, T));
			expect(value).toBeCloseTo(simpsonLikelihood(params, x, tx, T), 8);
		}
	});
});

describe('fitParetoNbd', { timeout: 60_000 }, () => {
	it('reproduces the published CDNOW estimates (Fader, Hardie & Lee 2005; BTYD; lifetimes)', () => {
		const fit = fitParetoNbd(groupSummary(cdnow));
		expect(fit.converged).toBe(true);
		for (const key of ['r', 'alpha', 's', 'beta'] as const) {
			expect(fit.params[key]).toBeCloseTo(CDNOW_PNBD[key], 3);
		}
		expect(fit.logLikelihood).toBeCloseTo(CDNOW_PNBD.logLikelihood, 2);
	});

	it('reports data it cannot fit instead of throwing', () => {
		expect(fitParetoNbd({ frequency: [], recency: [], age: [] }).reason).toBe('no-customers');
		expect(fitParetoNbd(one(0, 0, 5)).reason).toBe('no-repeat-customers');
	});
});

describe('Pareto/NBD predictions', () => {
	const params = CDNOW_PNBD;

	it('P(alive) is the alive term over the bracket of eq. 22', () => {
		for (const [x, tx, T] of [
			[0, 0, 38.86],
			[2, 30.43, 38.86],
			[7, 3, 38]
		]) {
			const { alive, bracket } = directLikelihood(params, x, tx, T);
			expect(pnbdProbabilityAlive(params, x, tx, T)).toBeCloseTo(alive / bracket, 10);
		}
	});

	it('behaves at the boundaries: x = 0, t_x = T, T = 0, huge T', () => {
		expect(pnbdProbabilityAlive(params, 0, 0, 0)).toBeCloseTo(1, 12);
		// A one-time buyer can have died since: below 1, and falling with the age.
		const young = pnbdProbabilityAlive(params, 0, 0, 5);
		const old = pnbdProbabilityAlive(params, 0, 0, 50);
		expect(young).toBeLessThan(1);
		expect(old).toBeLessThan(young);
		// Bought at the calibration end: certainly alive then.
		expect(pnbdProbabilityAlive(params, 4, 30, 30)).toBeCloseTo(1, 10);
		expect(pnbdProbabilityAlive(params, 4, 10, 1e6)).toBeLessThan(1e-6);
		expect(conditionalExpectation(clvModel('pnbd'), params, 52, 4, 10, 1e6)).toBeLessThan(1e-5);
		expect(conditionalExpectation(clvModel('pnbd'), params, 0, 4, 10, 20)).toBe(0);
	});

	it('gives E[X(t)] = rβ/(α(s−1)) · [1 − (β/(β+t))^(s−1)], s = 1 by its limit', () => {
		const { r, alpha, s, beta } = params;
		for (const t of [1, 39, 78]) {
			const direct = ((r * beta) / (alpha * (s - 1))) * (1 - Math.pow(beta / (beta + t), s - 1));
			expect(pnbdExpectedTransactions(params, t)).toBeCloseTo(direct, 12);
		}
		const unit = { ...params, s: 1 };
		const limit = ((r * beta) / alpha) * Math.log(1 + 39 / beta);
		expect(pnbdExpectedTransactions(unit, 39)).toBeCloseTo(limit, 12);
		const near = { ...params, s: 1 + 1e-9 };
		expect(pnbdExpectedTransactions(near, 39)).toBeCloseTo(limit, 7);
	});
});
