/**
 * How stable a scheme's segments are between two runs, over the customers present in both and
 * with classes matched by id:
 * - per segment: the share of its customers in the later run who were already in it in the
 *   earlier run (the migration matrix's diagonal cell over its column, new customers left out);
 * - for the scheme: the share of customers who stayed in the same class, and the adjusted Rand
 *   index of the two partitions (1 = the same grouping, about 0 = unrelated).
 */

import { adjustedRandIndex } from '../cluster/rand-index';
import type { RunScheme } from '../segments/runs';

/** A scheme's outcome in one run, with that run's customers. */
export interface SchemeAssignment {
	customerIds: readonly string[];
	scheme: Pick<RunScheme, 'classes' | 'classIndex'>;
}

export interface Stability {
	/** Per class of the later run: share 0–1 already in it before (NaN: none was in both runs). */
	perClass: number[];
	/** Per class of the later run: its customers who were in the earlier run too. */
	inBoth: number[];
	/** Customers in both runs. */
	common: number;
	/** Share 0–1 of the common customers in the same class in both runs (NaN when none). */
	stayedShare: number;
	/** Adjusted Rand index over the common customers (NaN when none). */
	adjustedRand: number;
}

/** Stability of the later run's segments against the earlier run's. */
export function stabilityBetween(earlier: SchemeAssignment, later: SchemeAssignment): Stability {
	const classCount = later.scheme.classes.length;
	const earlierClassId = new Map<string, string>();
	earlier.customerIds.forEach((id, i) =>
		earlierClassId.set(id, earlier.scheme.classes[earlier.scheme.classIndex[i]].id)
	);
	// Earlier class ids as numbers for the Rand index (ids absent from the later run get new ones).
	const labelOf = new Map(later.scheme.classes.map((segmentClass, c) => [segmentClass.id, c]));
	const stayed = new Float64Array(classCount);
	const inBoth = new Float64Array(classCount);
	const earlierLabels: number[] = [];
	const laterLabels: number[] = [];
	later.customerIds.forEach((id, i) => {
		const before = earlierClassId.get(id);
		if (before === undefined) return;
		const c = later.scheme.classIndex[i];
		inBoth[c]++;
		if (later.scheme.classes[c].id === before) stayed[c]++;
		if (!labelOf.has(before)) labelOf.set(before, labelOf.size);
		earlierLabels.push(labelOf.get(before) ?? -1);
		laterLabels.push(c);
	});
	const common = laterLabels.length;
	let stayedTotal = 0;
	for (const count of stayed) stayedTotal += count;
	return {
		perClass: Array.from(stayed, (count, c) => (inBoth[c] > 0 ? count / inBoth[c] : NaN)),
		inBoth: Array.from(inBoth),
		common,
		stayedShare: common > 0 ? stayedTotal / common : NaN,
		adjustedRand: common > 0 ? adjustedRandIndex(earlierLabels, laterLabels) : NaN
	};
}
