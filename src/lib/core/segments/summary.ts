/** Per-class figures of a scheme: size, revenue and the class's average R, F and M. */

import type { SchemeBase } from './classes';
import type { CustomerMeasures } from './measures';
import type { RfmScores } from './rfm-scores';
import { monetaryValues } from './rfm-scores';

export interface ClassSummary {
	classId: string;
	customers: number;
	/** Share 0–1 of all customers. */
	customerShare: number;
	/** Σ net value (currency). */
	revenue: number;
	/** Share 0–1 of the total net value (NaN when that is 0). */
	revenueShare: number;
	/** Means over the class's customers with a purchase (NaN when it has none). */
	meanRecencyDays: number;
	meanOrders: number;
	/** In the RFM settings' monetary basis (currency). */
	meanMonetary: number;
	meanRScore: number;
	meanFScore: number;
	meanMScore: number;
}

/** Sum of net value over all customers (currency). */
export function totalRevenue(measures: CustomerMeasures): number {
	let total = 0;
	for (const value of measures.netValue) total += value;
	return total;
}

/** The summary of every class of a scheme, in class order. */
export function summariseScheme(
	scheme: SchemeBase,
	measures: CustomerMeasures,
	scores: RfmScores,
	monetary: Float64Array = monetaryValues(measures, scores.monetaryBasis)
): ClassSummary[] {
	const k = scheme.classes.length;
	const customers = new Float64Array(k);
	const revenue = new Float64Array(k);
	const buyers = new Float64Array(k);
	const sums = Array.from({ length: 6 }, () => new Float64Array(k));
	const n = scheme.classIndex.length;
	for (let i = 0; i < n; i++) {
		const c = scheme.classIndex[i];
		customers[c]++;
		revenue[c] += measures.netValue[i];
		if (measures.orders[i] === 0) continue;
		buyers[c]++;
		sums[0][c] += measures.recencyDays[i];
		sums[1][c] += measures.orders[i];
		sums[2][c] += monetary[i];
		sums[3][c] += scores.recency[i];
		sums[4][c] += scores.frequency[i];
		sums[5][c] += scores.monetary[i];
	}
	const total = totalRevenue(measures);
	const averageOf = (sum: Float64Array, c: number) => (buyers[c] > 0 ? sum[c] / buyers[c] : NaN);
	return scheme.classes.map((segmentClass, c) => ({
		classId: segmentClass.id,
		customers: customers[c],
		customerShare: n > 0 ? customers[c] / n : NaN,
		revenue: revenue[c],
		revenueShare: total !== 0 ? revenue[c] / total : NaN,
		meanRecencyDays: averageOf(sums[0], c),
		meanOrders: averageOf(sums[1], c),
		meanMonetary: averageOf(sums[2], c),
		meanRScore: averageOf(sums[3], c),
		meanFScore: averageOf(sums[4], c),
		meanMScore: averageOf(sums[5], c)
	}));
}
