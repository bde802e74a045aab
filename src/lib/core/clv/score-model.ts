/**
 * Per-customer predictions under any of the three models (`models.ts`), once per group of
 * identical customers: P(alive), expected and discounted purchases over the horizon, CLV with
 * Gamma-Gamma spend, churn risk over a window and the median time to the next purchase.
 */

import { medianTimeToNextPurchase, churnRisk } from './churn';
import { customerLifetimeValue, discountedNumerator } from './clv';
import { expectedSpend, type GammaGammaParams } from './gammagamma';
import type { ClvModel, ModelParams } from './models';
import type { GroupedSummary, RfmSummary } from './summary';

export interface ScoreOptions {
	/** Prediction and CLV horizon, in model units. */
	horizon: number;
	/** Continuous discount rate per model unit (see `discountRatePerUnit`). */
	discountRate: number;
	/** Margin share 0–1 for customers whose orders carry no cost; 1 = CLV as revenue. */
	defaultMargin: number;
	/** Called with the share done, 0–1. */
	onProgress?: (share: number) => void;
}

export interface ModelScoreOptions extends ScoreOptions {
	/** Churn-risk window in model units (90 days = 90/7 weeks by default in the CLI). */
	churnWindow: number;
}

/** Columns aligned with the summary's customers. */
export interface ModelScores {
	/** P(alive); 1 by construction for BG/NBD customers without a repeat purchase. */
	probabilityAlive: Float64Array;
	/** Expected transactions in the next `horizon` units. */
	expectedPurchases: Float64Array;
	/** The same, discounted to today. */
	discountedPurchases: Float64Array;
	/** Expected spend per transaction (currency). */
	expectedValue: Float64Array;
	/** 1 where `expectedValue` is the population mean (no repeat purchase with a positive value). */
	valueFromPopulation: Uint8Array;
	/** Margin share used for the CLV. */
	margin: Float64Array;
	/** Discounted purchases × expected value × margin (currency). */
	clv: Float64Array;
	/** P(no purchase in the next `churnWindow` units). */
	churnRisk: Float64Array;
	/** Median time to the next purchase in model units; Infinity when it is ½ or less likely. */
	nextPurchaseIn: Float64Array;
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
	const progressEvery = Math.max(1, Math.ceil(groupCount / 20));
	for (let g = 0; g < groupCount; g++) {
		const x = groups.frequency[g];
		const tx = groups.recency[g];
		const T = groups.age[g];
		const key = `${x}|${T}`;
		let pair = numerators.get(key);
		if (!pair) {
			pair = [
				model.conditionalNumerator(params, options.horizon, x, T),
				discountedNumerator(model, params, options.horizon, options.discountRate, x, T)
			];
			numerators.set(key, pair);
		}
		alive[g] = model.probabilityAlive(params, x, tx, T);
		expected[g] = pair[0] * alive[g];
		discounted[g] = pair[1] * alive[g];
		churn[g] = churnRisk(model, params, options.churnWindow, x, tx, T);
		next[g] = medianTimeToNextPurchase(model, params, x, tx, T);
		if (options.onProgress && g % progressEvery === 0) options.onProgress(g / groupCount);
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
