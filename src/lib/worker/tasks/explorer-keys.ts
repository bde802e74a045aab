/**
 * The customer list's first screen, kept in the `firstScreens` table so the next visit shows it
 * before the worker has read 100,000 customers. It is used only while the store's data version
 * and last write time are the ones it was made from (then it is exact), and is replaced by the
 * worker's own answer a moment later. Every write refreshes it (the worker's own bulk writes
 * before they report done; a hand edit right after), so even the first visit after an import
 * finds it.
 */

import type { DirectoryQuery, DirectoryRow } from './explorer-directory';

/** Its key in the `firstScreens` table. */
export const LIST_FIRST_SCREEN = 'customerList';

/** The columns the customer list always shows. */
export const LIST_FIELDS = ['id', 'name', 'city', 'owner', 'recencyDays', 'orders', 'netValue'];

/** How to reach a customer: added to every list and segment export. */
export const CONTACT_FIELDS = ['phone', 'email'];

/** The list's query as it opens (no search, filter or segment; by id; records only). */
export const OPENING_QUERY: DirectoryQuery = {
	search: '',
	filters: [],
	segment: null,
	sort: { field: 'id', descending: false },
	source: { kind: 'saved' },
	level: 'records'
};

export interface FirstPage {
	fields: string[];
	total: number;
	rows: DirectoryRow[];
}
