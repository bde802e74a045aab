import { describe, expect, it } from 'vitest';
import { churnRisk, medianTimeToNextPurchase, neverAgainProbability } from './churn';
import { CLV_MODEL_NAMES, clvModel, type ClvModelName, type ModelParams } from './models';
import { simulateHistories } from './testing/simulate-models';

const PARAMS: Record<ClvModelName, ModelParams> = {
	bgnbd: { r: 0.6, alpha: 4, a: 0.8, b: 2.5 },
	mbgnbd: { r: 0.6, alpha: 4, a: 0.8, b: 2.5 },
	pnbd: { r: 0.6, alpha: 4, s: 0.7, beta: 12 }
};

const WINDOW = 13;

describe.each(CLV_MODEL_NAMES)('churn risk under %s', (name) => {
	const model = clvModel(name);
	const params = PARAMS[name];

	it('agrees with a Monte Carlo simulation of the model (within 3 standard errors)', () => {
		const sim = simulateHistories(name, params, {
			customers: 100_000,
			seed: 8,
			minAge: 5,
			maxAge: 60,
			window: WINDOW
		});
		// Groups by calibration frequency; in each, the share with no purchase in the window
		// against the mean predicted probability. Given the histories the indicators are
		// independent Bernoulli(p_i), so the difference has variance Σ p_i (1 − p_i) / n².
		const bins = [0, 1, 2, 3, 5, 10];
		for (let b = 0; b < bins.length; b++) {
			const lo = bins[b];
			const hi = b + 1 < bins.length ? bins[b + 1] : Infinity;
			let n = 0;
			let quiet = 0;
			let predicted = 0;
			let variance = 0;
			let alive = 0;
			let predictedAlive = 0;
			let aliveVariance = 0;
			for (let c = 0; c < sim.age.length; c++) {
				const x = sim.frequency[c];
				if (x < lo || x >= hi) continue;
				const p = churnRisk(model, params, WINDOW, x, sim.recency[c], sim.age[c]);
				const q = model.probabilityAlive(params, x, sim.recency[c], sim.age[c]);
				n++;
				quiet += sim.windowPurchases[c] === 0 ? 1 : 0;
				predicted += p;
				variance += p * (1 - p);
				alive += sim.alive[c];
				predictedAlive += q;
				aliveVariance += q * (1 - q);
			}
			expect(n).toBeGreaterThan(300);
			const se = Math.sqrt(variance) / n;
			expect(Math.abs(quiet / n - predicted / n)).toBeLessThan(3 * se);
			// P(alive) by the same check (exactly 1 for BG/NBD one-time buyers, variance 0).
			const aliveSe = Math.sqrt(aliveVariance) / n;
			expect(Math.abs(alive / n - predictedAlive / n)).toBeLessThanOrEqual(3 * aliveSe);
		}
	}, 60_000);

	it('falls from 1 towards the chance of never buying again as the window grows', () => {
		const [x, tx, T] = [3, 20, 30];
		expect(churnRisk(model, params, 0, x, tx, T)).toBe(1);
		const short = churnRisk(model, params, 1, x, tx, T);
		const long = churnRisk(model, params, 52, x, tx, T);
		const never = neverAgainProbability(model, params, x, tx, T);
		expect(short).toBeLessThan(1);
		expect(long).toBeLessThan(short);
		expect(never).toBeLessThan(long);
		expect(churnRisk(model, params, 1e9, x, tx, T)).toBeCloseTo(never, 6);
	});

	it('puts the median next purchase where the churn risk is ½', () => {
		const [x, tx, T] = [6, 28, 30];
		const median = medianTimeToNextPurchase(model, params, x, tx, T);
		expect(Number.isFinite(median)).toBe(true);
		expect(churnRisk(model, params, median, x, tx, T)).toBeCloseTo(0.5, 9);
		// A customer silent for years will more likely never buy again: no date.
		expect(medianTimeToNextPurchase(model, params, 2, 1, 400)).toBe(Infinity);
	});
});

describe('churn risk closed forms', () => {
	it('is the NBD zero probability ((α+T)/(α+T+w))^r for a BG/NBD one-time buyer', () => {
		const params = PARAMS.bgnbd as { r: number; alpha: number };
		const value = churnRisk(clvModel('bgnbd'), PARAMS.bgnbd, 10, 0, 0, 20);
		expect(value).toBeCloseTo(Math.pow((params.alpha + 20) / (params.alpha + 30), params.r), 14);
		expect(neverAgainProbability(clvModel('bgnbd'), PARAMS.bgnbd, 0, 0, 20)).toBe(0);
	});

	it('equals 1 − P(alive) in the limit under the BG models', () => {
		for (const name of ['bgnbd', 'mbgnbd'] as const) {
			const model = clvModel(name);
			const alive = model.probabilityAlive(PARAMS[name], 4, 10, 30);
			expect(neverAgainProbability(model, PARAMS[name], 4, 10, 30)).toBeCloseTo(1 - alive, 12);
		}
	});
});
