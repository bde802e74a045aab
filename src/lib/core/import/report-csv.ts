/** The validation report as a CSV file the user can download and open in Excel. */

import { importMessage, problemKey } from './messages';
import type { ImportReport } from './types';

/**
 * One line per listed problem (row, column, code, message, value), after a summary. Cells that
 * begin with `=`, `+`, `-` or `@` are prefixed with `'` so a spreadsheet never runs them.
 */
export function reportToCsv(report: ImportReport, locale: 'en' | 'zh' = 'en'): string {
	const lines: string[][] = [
		['rowsRead', String(report.rowsRead)],
		['rowsImported', String(report.rowsImported)],
		['orders', String(report.orders)],
		['customers', String(report.customers)],
		['problems', String(report.problemsTotal)],
		...Object.entries(report.skipped).map(([code, count]) => [`skipped.${code}`, String(count)]),
		[],
		['row', 'column', 'code', 'message', 'value']
	];
	for (const problem of report.problems)
		lines.push([
			String(problem.row),
			problem.column === null ? '' : String(problem.column),
			problem.code,
			importMessage(locale, problemKey(problem.code), { value: problem.value }),
			problem.value
		]);
	// A BOM so Excel opens the Chinese text as UTF-8; CRLF as Excel writes.
	return '\uFEFF' + lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** One CSV cell: formula-like text defused with `'`, quoted when it holds `,` `"` or a line break. */
export function csvCell(value: string): string {
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
