/** A customer's segment in every scheme of every stored run, newest run first. */

import type { SegmentClass } from '$lib/core/segments/classes';
import { database } from '$lib/db/database';
import { listRuns } from '$lib/db/runs';

export interface CustomerRunSegments {
	runId: string;
	createdAt: number;
	primarySchemeId: string;
	/** Per scheme id, the customer's class (absent when the customer was not in the run). */
	classes: Record<string, SegmentClass>;
}

/** The customer's classes in each stored run (runs without the customer are left out). */
export async function customerHistory(customerId: string): Promise<CustomerRunSegments[]> {
	const runs = await listRuns();
	const history: CustomerRunSegments[] = [];
	for (const run of runs) {
		const assignments = await database().runAssignments.get(run.id);
		const row = assignments?.customerIds.indexOf(customerId) ?? -1;
		if (!assignments || row < 0) continue;
		const classes: Record<string, SegmentClass> = {};
		for (const scheme of run.schemes) {
			const index = assignments.classIndex[scheme.schemeId];
			if (index) classes[scheme.schemeId] = scheme.classes[index[row]];
		}
		history.push({
			runId: run.id,
			createdAt: run.createdAt,
			primarySchemeId: run.primarySchemeId,
			classes
		});
	}
	return history;
}
