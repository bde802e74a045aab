/** `cohort FILE`: cohort retention by month of first purchase, as CSV. */

import { COHORT_HEADER, cohortCsvRows, cohortRetention } from '../lib/core/cohorts';
import { csvLine } from './csv-out';
import { readOrders, type ReadOptions } from './read-orders';

/** Write `cohort,months_since,customers,active,share,revenue` rows to `out`. */
export async function cohortCommand(
	file: string,
	options: ReadOptions,
	out: (text: string) => void
): Promise<void> {
	const table = await readOrders(file, options);
	let text = csvLine([...COHORT_HEADER]);
	for (const row of cohortCsvRows(cohortRetention(table.orders))) text += csvLine(row);
	out(text);
}
