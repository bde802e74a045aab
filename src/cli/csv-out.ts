/** Writing CSV for the command line: RFC 4180 quoting, numbers as plain numbers. */

/** One CSV cell: quoted when it holds a delimiter, quote or line break. */
export function csvCell(value: string | number | undefined): string {
	if (value === undefined || (typeof value === 'number' && !Number.isFinite(value))) return '';
	const text = typeof value === 'number' ? String(Number(value.toFixed(6))) : value;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV line (with its newline). */
export function csvLine(cells: readonly (string | number | undefined)[]): string {
	return cells.map(csvCell).join(',') + '\n';
}
