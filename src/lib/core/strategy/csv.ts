/** The checklist export (one row per item), written by the one CSV writer (core/csv.ts). */

import { csvDocument, type CsvValue } from '../csv';
import { isoFromDay, localDay } from '../days';
import type { SegmentStrategy } from '../model';
import { itemText, type Language } from './templates';

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
	const rows: CsvValue[][] = [];
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
	return csvDocument(words.headers, rows);
}
