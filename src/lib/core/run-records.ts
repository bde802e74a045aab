/**
 * How a segmentation run is stored: the small part (settings, classes, summaries) in `runs`,
 * listed and read often; the class of every customer in `runAssignments`, read on demand.
 */

import type { ClassIndex, SegmentClass } from './segments/classes';
import type { SegmentRun } from './segments/runs';
import type { ClassSummary } from './segments/summary';

export interface RunRecord extends Omit<SegmentRun, 'customerIds' | 'schemes'> {
	schemes: { schemeId: string; classes: SegmentClass[] }[];
	/** Per scheme id, the per-class figures at the time of the run. */
	summaries: Record<string, ClassSummary[]>;
	totals: { customers: number; purchasers: number; orders: number; revenue: number };
}

export interface RunAssignments {
	runId: string;
	customerIds: string[];
	/** Per scheme id, the class index of each customer (aligned with customerIds). */
	classIndex: Record<string, ClassIndex>;
}

/** A run as a backup carries it: both stored records. */
export interface StoredRun {
	record: RunRecord;
	assignments: RunAssignments;
}

/** Split a run into its two stored records. */
export function runToRecords(
	run: SegmentRun,
	summaries: RunRecord['summaries'],
	totals: RunRecord['totals']
): { record: RunRecord; assignments: RunAssignments } {
	const { customerIds, schemes, ...rest } = run;
	return {
		record: {
			...rest,
			schemes: schemes.map(({ schemeId, classes }) => ({ schemeId, classes })),
			summaries,
			totals
		},
		assignments: {
			runId: run.id,
			customerIds,
			classIndex: Object.fromEntries(schemes.map((scheme) => [scheme.schemeId, scheme.classIndex]))
		}
	};
}

/** The run from its two stored records. */
export function runFromRecords(record: RunRecord, assignments: RunAssignments): SegmentRun {
	const { schemes, summaries: _summaries, totals: _totals, ...rest } = record;
	return {
		...rest,
		customerIds: assignments.customerIds,
		schemes: schemes.map(({ schemeId, classes }) => ({
			schemeId,
			classes,
			classIndex: assignments.classIndex[schemeId]
		}))
	};
}
