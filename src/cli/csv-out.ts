/**
 * Writing CSV for the command line with the app's own writer (src/lib/core/csv.ts): the same
 * formula escaping and rounding by kind, numbers kept as numbers. Standard output gets LF line
 * ends and no BOM (it is piped, not opened by a spreadsheet).
 */

import { csvCell as appCell, type CsvKinds, type CsvValue } from '../lib/core/csv';

/** Numbers of a column without a kind keep this many decimals at most. */
const PLAIN_DECIMALS = 6;

/** One CSV cell: text defused and quoted like the app's exports, numbers by their kind. */
export function csvCell(value: CsvValue, kind?: CsvKinds[number]): string {
	if (typeof value === 'number' && kind === undefined && Number.isFinite(value))
		return String(Number(value.toFixed(PLAIN_DECIMALS)));
	return appCell(value, kind);
}

/** A CSV line (with its newline); `kinds` gives each column's kind by position. */
export function csvLine(cells: readonly CsvValue[], kinds: CsvKinds = []): string {
	return cells.map((cell, k) => csvCell(cell, kinds[k])).join(',') + '\n';
}
