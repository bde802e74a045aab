/**
 * Measures of the stored data as of a run's analysis day, for the scorecard and monitoring.
 * Orders dated after that day are ignored by the measures, so data added since the run (a newer
 * export) does not change what a run is judged on; edits to older orders would.
 */

import { computeMeasures, type CustomerMeasures } from '$lib/core/segments/measures';
import { loadStore } from './segmentation';

let cache: { key: string; measures: CustomerMeasures }[] = [];
/** Kept per data version and day: the two runs being compared. */
const CACHE_SIZE = 2;

/** The stored data's measures on `analysisDay`, and the store's customers by id. */
export async function measuresOn(analysisDay: number) {
	const data = await loadStore();
	const key = `${data.dataVersion}:${analysisDay}`;
	let found = cache.find((entry) => entry.key === key);
	if (!found) {
		found = { key, measures: computeMeasures(data.orders, data.customers, analysisDay) };
		cache = [found, ...cache.slice(0, CACHE_SIZE - 1)];
	}
	return { measures: found.measures, customers: data.customers };
}

/** A measure column re-aligned to other customer ids (NaN for a customer it lacks). */
export function alignColumn(
	measures: CustomerMeasures,
	values: ArrayLike<number>,
	customerIds: readonly string[]
): Float64Array {
	const rowOf = new Map(measures.customerIds.map((id, i) => [id, i]));
	return Float64Array.from(customerIds, (id) => {
		const row = rowOf.get(id);
		return row === undefined ? NaN : values[row];
	});
}
