/** Reading stored runs against today's customers. */

import type { ClassIndex, SegmentClass } from './classes';
import type { SegmentRun } from './runs';

/** A scheme's classes and each customer's class, aligned with some customer ids. */
export interface SchemeClasses {
	schemeId: string;
	classes: SegmentClass[];
	/** Class of each row; -1 for a customer without a class (not in the stored run). */
	classOfRow: Int16Array;
}

/** A computed scheme's class index as rows (every customer has a class). */
export function classRows(classIndex: ClassIndex): Int16Array {
	return Int16Array.from(classIndex);
}

/** A stored run's classes for `customerIds` (today's customers): -1 where the run lacks one. */
export function runClassesOn(
	run: Pick<SegmentRun, 'customerIds' | 'schemes'>,
	customerIds: readonly string[]
): SchemeClasses[] {
	const rowOfRunCustomer = new Map(run.customerIds.map((id, row) => [id, row]));
	const runRows = Int32Array.from(customerIds, (id) => rowOfRunCustomer.get(id) ?? -1);
	return run.schemes.map((scheme) => ({
		schemeId: scheme.schemeId,
		classes: scheme.classes,
		classOfRow: Int16Array.from(runRows, (row) => (row < 0 ? -1 : scheme.classIndex[row]))
	}));
}

/** One stored run as a customer's history shows it. */
export interface CustomerRunSegments {
	runId: string;
	createdAt: number;
	primarySchemeId: string;
	/** Per scheme id, the customer's class (absent when the customer was not in the run). */
	classes: Record<string, SegmentClass>;
}

/** The customer's class in every scheme of a run, or null when the run did not include them. */
export function customerInRun(
	run: Pick<SegmentRun, 'id' | 'createdAt' | 'primarySchemeId' | 'schemes' | 'customerIds'>,
	customerId: string
): CustomerRunSegments | null {
	const row = run.customerIds.indexOf(customerId);
	if (row < 0) return null;
	const classes: Record<string, SegmentClass> = {};
	for (const scheme of run.schemes)
		classes[scheme.schemeId] = scheme.classes[scheme.classIndex[row]];
	return { runId: run.id, createdAt: run.createdAt, primarySchemeId: run.primarySchemeId, classes };
}
