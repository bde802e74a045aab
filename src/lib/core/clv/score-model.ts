/**
 * Per-customer predictions under any of the three models (`models.ts`), once per group of
 * identical customers: P(alive), expected and discounted purchases over the horizon, CLV with
 * Gamma-Gamma spend, churn risk over a window and the median time to the next purchase.
 * `score.ts` stays the BG/NBD path of `fitClv`; this one gives the same columns for BG/NBD.
 */

import { medianTimeToNextPurchase, churnRisk } from './churn';
import { customerLifetimeValue, gaussLegendre } from './clv';
import { expectedSpend, type GammaGammaParams } from './gammagamma';
import type { ClvModel, ModelParams } from './models';
import type { ScoreOptions, CustomerScores } from './score';
import type { GroupedSummary, RfmSummary } from './summary';

export interface ModelScoreOptions extends ScoreOptions {
	/** Churn-risk window in model units (90 days = 90/7 weeks by default in the CLI). */
	churnWindow: number;
}

export interface ModelScores extends CustomerScores {
	/** P(no purchase in the next `churnWindow` units). */
	churnRisk: Float64Array;
	/** Median time to the next purchase in model units; Infinity when it is ½ or less likely. */
	nextPurchaseIn: Float64Array;
}

const QUADRATURE_POINTS = 16;
let legendre: { nodes: Float64Array; weights: Float64Array } | undefined;

/**
 * Discounted expected purchases before P(alive), for any model: the same integration by parts
 * and 16-point Gauss–Legendre rule in u = ln(1 + s/(α+T)) as `clv.ts`'s `discountedNumerator`.
 */
export function discountedModelNumerator(
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
		integral += legendre.weights[i] * Math.exp(-rate * time) * expected * scale * Math.exp(u);
	}
	return Math.exp(-rate * horizon) * atHorizon + rate * integral * (end / 2);
}

/** Every column of `ModelScores` for the summary's customers. */
export function scoreWithModel(
	summary: RfmSummary,
	groups: GroupedSummary,
	model: ClvModel,
	params: ModelParams,
	gammaGamma: GammaGammaParams,
	options: ModelScoreOptions
): ModelScores {
	const groupCount = groups.weight.length;
	const alive = new Float64Array(groupCount);
	const expected = new Float64Array(groupCount);
	const discounted = new Float64Array(groupCount);
	const churn = new Float64Array(groupCount);
	const next = new Float64Array(groupCount);
	const numerators = new Map<string, [number, number]>();
	for (let g = 0; g < groupCount; g++) {
		const x = groups.frequency[g];
		const tx = groups.recency[g];
		const T = groups.age[g];
		const key = `${x}|${T}`;
		let pair = numerators.get(key);
		if (!pair) {
			pair = [
				model.conditionalNumerator(params, options.horizon, x, T),
				discountedModelNumerator(model, params, options.horizon, options.discountRate, x, T)
			];
			numerators.set(key, pair);
		}
		alive[g] = model.probabilityAlive(params, x, tx, T);
		expected[g] = pair[0] * alive[g];
		discounted[g] = pair[1] * alive[g];
		churn[g] = churnRisk(model, params, options.churnWindow, x, tx, T);
		next[g] = medianTimeToNextPurchase(model, params, x, tx, T);
		options.onProgress?.(g / groupCount);
	}
	const n = summary.customerIds.length;
	const scores: ModelScores = {
		probabilityAlive: new Float64Array(n),
		expectedPurchases: new Float64Array(n),
		discountedPurchases: new Float64Array(n),
		expectedValue: new Float64Array(n),
		valueFromPopulation: new Uint8Array(n),
		margin: new Float64Array(n),
		clv: new Float64Array(n),
		churnRisk: new Float64Array(n),
		nextPurchaseIn: new Float64Array(n)
	};
	for (let c = 0; c < n; c++) {
		const g = groups.groupOf[c];
		scores.probabilityAlive[c] = alive[g];
		scores.expectedPurchases[c] = expected[g];
		scores.discountedPurchases[c] = discounted[g];
		scores.churnRisk[c] = churn[g];
		scores.nextPurchaseIn[c] = next[g];
		const count = summary.monetaryCount[c];
		scores.valueFromPopulation[c] = count >= 1 ? 0 : 1;
		scores.expectedValue[c] = expectedSpend(gammaGamma, count, summary.monetary[c]);
		const margin = summary.margin[c];
		scores.margin[c] = Number.isFinite(margin) ? margin : options.defaultMargin;
		scores.clv[c] = customerLifetimeValue(discounted[g], scores.expectedValue[c], scores.margin[c]);
	}
	options.onProgress?.(1);
	return scores;
}
