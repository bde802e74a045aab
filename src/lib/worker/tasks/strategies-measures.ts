/**
 * Measures of the stored data as of a run's analysis day, for the scorecard and monitoring.
 * Orders dated after that day are ignored by the measures, so data added since the run (a newer
 * export) does not change what a run is judged on; edits to older orders would.
 */

import type { CustomerMeasures } from '$lib/core/segments/measures';
import type { Customer } from '$lib/core/model';
import { measuresOn } from '../engine/analysis';
import { snapshot } from '../engine/snapshot';

/** The stored data's measures on `analysisDay`, and the store's customers. */
export async function measuresAsOf(
	analysisDay: number
): Promise<{ measures: CustomerMeasures; customers: Customer[] }> {
	const snap = await snapshot();
	const [measures, { customers }] = await Promise.all([
		measuresOn(snap, analysisDay),
		snap.store()
	]);
	return { measures, customers };
}
