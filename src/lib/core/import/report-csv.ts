/** The validation report as a CSV file the user can download and open in Excel. */

import { csvDocument, type CsvValue } from '../csv';
import { translate } from '../../i18n/translate';
import { problemKey } from './messages';
import type { ImportReport } from './types';

/**
 * A summary (name, count), then one line per listed problem (row, column, code, message,
 * value), written by the one CSV writer: one BOM, formula-like cells defused with `'`.
 */
export function reportToCsv(report: ImportReport, locale: 'en' | 'zh' = 'en'): string {
	const lines: CsvValue[][] = [
		['rowsImported', report.rowsImported],
		['orders', report.orders],
		['customers', report.customers],
		['problems', report.problemsTotal],
		...Object.entries(report.skipped).map(([code, count]) => [`skipped.${code}`, count]),
		[],
		['row', 'column', 'code', 'message', 'value']
	];
	for (const problem of report.problems)
		lines.push([
			problem.row,
			problem.column,
			problem.code,
			translate(locale, problemKey(problem.code), { value: problem.value }),
			problem.value
		]);
	return csvDocument(['rowsRead', String(report.rowsRead)], lines);
}
