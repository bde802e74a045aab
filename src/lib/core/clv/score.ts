/** Per-customer predictions from fitted models, computed once per group of identical customers. */

import type { BgNbdParams } from './bgnbd';
import { conditionalNumerator, probabilityAlive } from './bgnbd-predict';
import { customerLifetimeValue, discountedNumerator } from './clv';
import { expectedSpend, type GammaGammaParams } from './gammagamma';
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

/** Columns aligned with the summary's customers. */
export interface CustomerScores {
	/** P(alive); 1 by construction for customers without a repeat purchase. */
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
}

/** Numerators by (x, T): they do not depend on t_x, so customers share them widely. */
class NumeratorCache {
	#byFrequency = new Map<number, Map<number, [number, number]>>();
	#params: BgNbdParams;
	#options: ScoreOptions;

	constructor(params: BgNbdParams, options: ScoreOptions) {
		this.#params = params;
		this.#options = options;
	}

	/** [undiscounted, discounted] numerator for a customer with x repeats and age T. */
	get(frequency: number, age: number): [number, number] {
		let byAge = this.#byFrequency.get(frequency);
		if (!byAge) {
			byAge = new Map();
			this.#byFrequency.set(frequency, byAge);
		}
		let pair = byAge.get(age);
		if (!pair) {
			const { horizon, discountRate } = this.#options;
			pair = [
				conditionalNumerator(this.#params, horizon, frequency, age),
				discountedNumerator(this.#params, horizon, discountRate, frequency, age)
			];
			byAge.set(age, pair);
		}
		return pair;
	}
}

/** P(alive), expected purchases, expected value and CLV of every customer in the summary. */
export function scoreCustomers(
	summary: RfmSummary,
	groups: GroupedSummary,
	bgNbd: BgNbdParams,
	gammaGamma: GammaGammaParams,
	options: ScoreOptions
): CustomerScores {
	const groupCount = groups.weight.length;
	const groupAlive = new Float64Array(groupCount);
	const groupExpected = new Float64Array(groupCount);
	const groupDiscounted = new Float64Array(groupCount);
	const cache = new NumeratorCache(bgNbd, options);
	const progressEvery = Math.max(1, Math.ceil(groupCount / 20));
	for (let g = 0; g < groupCount; g++) {
		const x = groups.frequency[g];
		const alive = probabilityAlive(bgNbd, x, groups.recency[g], groups.age[g]);
		const [expected, discounted] = cache.get(x, groups.age[g]);
		groupAlive[g] = alive;
		groupExpected[g] = expected * alive;
		groupDiscounted[g] = discounted * alive;
		if (options.onProgress && g % progressEvery === 0) options.onProgress(g / groupCount);
	}
	const n = summary.customerIds.length;
	const scores: CustomerScores = {
		probabilityAlive: new Float64Array(n),
		expectedPurchases: new Float64Array(n),
		discountedPurchases: new Float64Array(n),
		expectedValue: new Float64Array(n),
		valueFromPopulation: new Uint8Array(n),
		margin: new Float64Array(n),
		clv: new Float64Array(n)
	};
	for (let c = 0; c < n; c++) {
		const g = groups.groupOf[c];
		scores.probabilityAlive[c] = groupAlive[g];
		scores.expectedPurchases[c] = groupExpected[g];
		scores.discountedPurchases[c] = groupDiscounted[g];
		const count = summary.monetaryCount[c];
		scores.valueFromPopulation[c] = count >= 1 ? 0 : 1;
		scores.expectedValue[c] = expectedSpend(gammaGamma, count, summary.monetary[c]);
		const margin = summary.margin[c];
		scores.margin[c] = Number.isFinite(margin) ? margin : options.defaultMargin;
		scores.clv[c] = customerLifetimeValue(
			groupDiscounted[g],
			scores.expectedValue[c],
			scores.margin[c]
		);
	}
	options.onProgress?.(1);
	return scores;
}
