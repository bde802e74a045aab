/**
 * The segment evaluation scorecard of step 5: per segment its size and share of customers,
 * share of revenue and profit, distinctiveness and stability; actionability comes from the
 * checklists, and the plain-words warnings from all of these and the thresholds.
 */

import type { ClassIndex, SegmentClass } from '../segments/classes';
import { distinctiveness, measureDifferences, type MeasureColumn } from './distinctiveness';
import type { MeasureDifference } from './distinctiveness';
import { stabilityBetween, type SchemeAssignment, type Stability } from './stability';

export interface ScorecardInput {
	customerIds: readonly string[];
	classes: readonly SegmentClass[];
	classIndex: ClassIndex;
	/** Net revenue per customer (currency). */
	revenue: ArrayLike<number>;
	/** Profit per customer (currency), NaN where the cost is unknown. */
	profit: ArrayLike<number>;
	/** The measures distinctiveness is judged on. */
	measures: readonly MeasureColumn[];
	/** The same scheme in the previous run, for stability. */
	previous?: SchemeAssignment;
	/** For a clustering: the mean silhouette of each class (−1…1, NaN for prospects). */
	silhouette?: readonly number[];
}

export interface ScorecardRow {
	classId: string;
	customers: number;
	/** Shares 0–1; NaN when the total is 0 (profit: also when no cost is known). */
	customerShare: number;
	revenueShare: number;
	profitShare: number;
	/** Every measure's difference, largest |z| first. */
	differences: MeasureDifference[];
	/** Largest |z| (standard deviations). */
	distinctiveness: number;
	/** Mean silhouette −1…1 of a cluster's customers; NaN for other schemes. */
	silhouette: number;
	/** Share 0–1 already in this segment in the previous run; NaN without one. */
	stability: number;
}

export interface Scorecard {
	rows: ScorecardRow[];
	/** Null without a previous run of the scheme. */
	stability: Omit<Stability, 'perClass' | 'inBoth'> | null;
	/** Whether any customer has a known profit. */
	hasProfit: boolean;
}

/** Σ of the finite values per class, and over all. */
function sumsByClass(classIndex: ClassIndex, classCount: number, values: ArrayLike<number>) {
	const sums = new Float64Array(classCount);
	let total = 0;
	let known = 0;
	for (let i = 0; i < classIndex.length; i++) {
		const value = values[i];
		if (!Number.isFinite(value)) continue;
		sums[classIndex[i]] += value;
		total += value;
		known++;
	}
	return { sums, total, known };
}

/** The scorecard of one scheme in one run. */
export function scorecard(input: ScorecardInput): Scorecard {
	const classCount = input.classes.length;
	const n = input.classIndex.length;
	const sizes = new Float64Array(classCount);
	for (let i = 0; i < n; i++) sizes[input.classIndex[i]]++;
	const revenue = sumsByClass(input.classIndex, classCount, input.revenue);
	const profit = sumsByClass(input.classIndex, classCount, input.profit);
	const differences = measureDifferences(input.classIndex, classCount, input.measures);
	const stability = input.previous
		? stabilityBetween(input.previous, {
				customerIds: input.customerIds,
				scheme: { classes: [...input.classes], classIndex: input.classIndex }
			})
		: null;
	const share = (part: number, whole: number) => (whole !== 0 ? part / whole : NaN);
	return {
		rows: input.classes.map((segmentClass, c) => ({
			classId: segmentClass.id,
			customers: sizes[c],
			customerShare: share(sizes[c], n),
			revenueShare: share(revenue.sums[c], revenue.total),
			profitShare: profit.known > 0 ? share(profit.sums[c], profit.total) : NaN,
			differences: differences[c],
			distinctiveness: distinctiveness(differences[c]),
			silhouette: input.silhouette?.[c] ?? NaN,
			stability: stability ? stability.perClass[c] : NaN
		})),
		stability: stability
			? {
					common: stability.common,
					stayedShare: stability.stayedShare,
					adjustedRand: stability.adjustedRand
				}
			: null,
		hasProfit: profit.known > 0
	};
}

/** When a segment earns a warning. Shares 0–1, distinctiveness in standard deviations. */
export interface ScorecardThresholds {
	minCustomerShare: number;
	minDistinctiveness: number;
	minStability: number;
}

export const DEFAULT_THRESHOLDS: ScorecardThresholds = {
	minCustomerShare: 0.02,
	// Half a standard deviation: a "medium" difference in Cohen's terms.
	minDistinctiveness: 0.5,
	minStability: 0.5
};

export type ScorecardWarning = 'empty' | 'too-small' | 'not-distinct' | 'unstable' | 'no-owner';

/** The plain-words warnings of a segment (`actionable`: a checklist with an owner). */
export function scorecardWarnings(
	row: ScorecardRow,
	actionable: boolean,
	thresholds: ScorecardThresholds = DEFAULT_THRESHOLDS
): ScorecardWarning[] {
	if (row.customers === 0) return ['empty'];
	const warnings: ScorecardWarning[] = [];
	if (row.customerShare < thresholds.minCustomerShare) warnings.push('too-small');
	if (Number.isFinite(row.distinctiveness) && row.distinctiveness < thresholds.minDistinctiveness)
		warnings.push('not-distinct');
	if (Number.isFinite(row.stability) && row.stability < thresholds.minStability)
		warnings.push('unstable');
	if (!actionable) warnings.push('no-owner');
	return warnings;
}
