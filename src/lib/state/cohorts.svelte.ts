/**
 * The cohort view of the Monitoring screen: the cohorts of the stored orders (from the worker,
 * asked again after every write), shown as the share of each cohort that bought or as revenue
 * per cohort customer, and exported as CSV.
 */

import { COHORT_HEADER, cohortCsvRows } from '$lib/core/cohorts';
import { csvDocument, type CsvKinds } from '$lib/core/csv';
import { storeMeta } from '$lib/db/meta';
import { analysis } from '$lib/worker/client';
import type { CohortRow } from '$lib/worker/types';
import { LiveQuery } from './live-query.svelte';
import { downloadCsv } from './download';
import { valueOf } from './worker-task.svelte';

export type CohortMeasure = 'share' | 'revenue';

/** How the export rounds each column: shares to 4 decimals, revenue to cents. */
const COHORT_KINDS: CsvKinds = ['text', 'number', 'number', 'number', 'share', 'money'];

async function cohortsOfStore(): Promise<CohortRow[]> {
	await storeMeta(); // so the query re-runs after every write
	return valueOf(await analysis().cohorts());
}

export class CohortState {
	cohorts = new LiveQuery(cohortsOfStore);
	measure = $state<CohortMeasure>('share');
	/** The widest row (the oldest cohort): the number of month columns. */
	months = $derived(Math.max(0, ...(this.cohorts.current ?? []).map((row) => row.active.length)));

	/** A cell's value in the chosen measure: share (0..1) or revenue per cohort customer. */
	value(row: CohortRow, since: number): number {
		return this.measure === 'share'
			? row.active[since] / row.customers
			: row.revenue[since] / row.customers;
	}

	/** The largest value shown (the heat map's full colour); month 0 is left out for shares (100 %). */
	max = $derived.by(() => {
		let max = 0;
		for (const row of this.cohorts.current ?? [])
			for (let since = this.measure === 'share' ? 1 : 0; since < row.active.length; since++)
				max = Math.max(max, this.value(row, since));
		return max;
	});

	/**
	 * Download every cell as CSV with the columns of `kequn cohort` (cohort, months_since,
	 * customers, active, share, revenue), under the given headers (the interface language's).
	 */
	exportCsv(headers: readonly string[] = COHORT_HEADER): void {
		const rows = this.cohorts.current;
		if (!rows) return;
		downloadCsv('kequn-cohorts.csv', csvDocument(headers, cohortCsvRows(rows), COHORT_KINDS));
	}
}
