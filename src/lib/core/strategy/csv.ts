/**
 * CSV exports of this area (checklists, the customers of a migration cell), as Excel opens
 * them: a BOM so Chinese text reads as UTF-8, CRLF line ends, and any text cell that begins
 * like a formula defused with a leading `'` (`csvCell`).
 */

import { isoFromDay, localDay } from '../days';
import { csvCell } from '../import/report-csv';
import type { SegmentStrategy } from '../model';
import { itemText, type Language } from './templates';

/** A cell: text is escaped, numbers are written as they are (NaN as empty). */
export type CsvValue = string | number;

/** The CSV text of a table (first row: headers). */
export function csvText(rows: readonly (readonly CsvValue[])[]): string {
	const line = (cells: readonly CsvValue[]) =>
		cells
			.map((cell) =>
				typeof cell === 'number' ? (Number.isFinite(cell) ? String(cell) : '') : csvCell(cell)
			)
			.join(',');
	return '\uFEFF' + rows.map(line).join('\r\n') + '\r\n';
}

/** One segment's checklist with the labels it is exported under. */
export interface ChecklistExport {
	scheme: string;
	segment: string;
	strategy: Pick<SegmentStrategy, 'owner' | 'items'>;
}

/** Column headers and the words for done / open, in the export's language. */
export interface ChecklistCsvWords {
	headers: [string, string, string, string, string, string, string, string, string];
	done: string;
	open: string;
}

/** One row per item (a segment without items gets one row with its owner). */
export function checklistCsv(
	segments: readonly ChecklistExport[],
	language: Language,
	words: ChecklistCsvWords
): string {
	const rows: CsvValue[][] = [words.headers];
	for (const { scheme, segment, strategy } of segments) {
		const owner = strategy.owner ?? '';
		if (strategy.items.length === 0) rows.push([scheme, segment, owner, '', '', '', '', '', '']);
		strategy.items.forEach((item, n) =>
			rows.push([
				scheme,
				segment,
				owner,
				n + 1,
				itemText(item, language),
				item.owner ?? '',
				item.dueDay === undefined ? '' : isoFromDay(item.dueDay),
				item.done ? words.done : words.open,
				item.doneAt === undefined ? '' : isoFromDay(localDay(new Date(item.doneAt)))
			])
		);
	}
	return csvText(rows);
}
