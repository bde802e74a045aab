/**
 * The customer list's first screen, kept as a setting so the next visit shows it before the
 * worker has read 100,000 customers. It is used only while the store's data version and last
 * write time are the ones it was made from (then it is exact), and is replaced by the worker's
 * own answer a moment later.
 */

import type { DirectoryRow } from './explorer-directory';

export const FIRST_PAGE_KEY = 'customerListFirstPage';

export interface FirstPage {
	dataVersion: number;
	/** The store's last write (epoch ms): with the version, names the data exactly. */
	updatedAt: number;
	fields: string[];
	total: number;
	rows: DirectoryRow[];
}
