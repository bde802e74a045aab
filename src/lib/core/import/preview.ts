/** The mapping screen's look at a file: detected settings, guessed mapping, the first rows. */

import { mappingErrors } from './plan';
import { HEAD_BYTES, openSource } from './open';
import { fileError } from './run';
import { resolveSettings } from './settings';
import type { ImportSettings, ImportSource, PreviewOutcome, RunControl } from './types';
import { cellText } from './values';

/** Rows shown on the mapping screen. */
export const PREVIEW_ROWS = 20;

/**
 * Settings, mapping and first rows of a file, reading only its first megabyte (an Excel
 * workbook is read whole). Call again with changed settings to re-detect the rest.
 */
export async function previewImport(
	source: ImportSource,
	options: ImportSettings & Pick<RunControl, 'xlsxReader' | 'maxBytes'> = {}
): Promise<PreviewOutcome> {
	try {
		const opened = await openSource(source, options, true);
		if ('code' in opened) return { ok: false, error: opened };
		const settings = resolveSettings(opened.sample, opened.source, options);
		const { detected, columns, mapping } = settings;
		if (columns.length < 2)
			return { ok: false, error: { code: 'singleColumn', detail: '1 column' } };
		const dataRows = detected.hasHeader ? opened.sample.slice(1) : opened.sample;
		const wholeFileSeen = opened.format === 'xlsx' || source.size <= HEAD_BYTES;
		if (dataRows.length === 0 && wholeFileSeen)
			return { ok: false, error: { code: 'noRows', detail: 'header only' } };
		return {
			ok: true,
			preview: {
				detected,
				columns,
				rows: dataRows
					.slice(0, PREVIEW_ROWS)
					.map((row) => columns.map((column) => cellText(row[column.index] ?? null))),
				mapping,
				headerSignature: settings.headerSignature,
				sheets: opened.format === 'xlsx' ? opened.sheetNames : [],
				mappingErrors: mappingErrors(mapping, detected.kind)
			}
		};
	} catch (error) {
		return { ok: false, error: fileError(error) };
	}
}
