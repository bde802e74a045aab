/** A customer's segment in every scheme of every stored run, newest run first. */

import { customerInRun, type CustomerRunSegments } from '$lib/core/segments/run-mapping';
import { listRuns, runById } from '$lib/db/runs';

export type { CustomerRunSegments };

/** The customer's classes in each stored run (runs without the customer are left out). */
export async function customerHistory(customerId: string): Promise<CustomerRunSegments[]> {
	const history: CustomerRunSegments[] = [];
	for (const record of await listRuns()) {
		const run = await runById(record.id);
		const found = run && customerInRun(run, customerId);
		if (found) history.push(found);
	}
	return history;
}
