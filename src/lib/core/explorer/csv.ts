/**
 * CSV files of customers as spreadsheets open them: a BOM so Chinese text reads as UTF-8, CRLF
 * line ends, numbers written as numbers, and text that begins like a formula (`=`, `+`, `-`,
 * `@`, or a tab or carriage return that some spreadsheets skip) defused with a leading `'`, so
 * opening the file never runs anything. Only text gets the quote: -12.5 exported as a number
 * stays the number -12.5.
 */

/** A cell: text is escaped, a number is written as it is; NaN, null and undefined are empty. */
export type CsvValue = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One text cell: formula-like text gets a leading `'`; quoted when it holds `,` `"` or a line break. */
export function csvTextCell(text: string): string {
	const safe = FORMULA_START.test(text) ? `'${text}` : text;
	return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One number cell: the shortest text that reads back as the same number; empty when not finite. */
export function csvNumberCell(value: number): string {
	return Number.isFinite(value) ? String(value) : '';
}

/** One cell of either kind. */
export function csvCell(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	return typeof value === 'number' ? csvNumberCell(value) : csvTextCell(value);
}

/** One line of cells, without its line end. */
export function csvLine(cells: readonly CsvValue[]): string {
	return cells.map(csvCell).join(',');
}

/** A whole file: BOM, the header line, one line per row, each ended with CRLF. */
export function csvDocument(
	header: readonly string[],
	rows: Iterable<readonly CsvValue[]>
): string {
	const lines = [csvLine(header)];
	for (const row of rows) lines.push(csvLine(row));
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
