/**
 * Importing a file in the worker: preview (detected settings, guessed mapping, first rows),
 * validate (the whole file parsed and checked, nothing written; the result is held here), then
 * commit (merged into the store in one transaction) or cancel. Only small results go back.
 */

import {
	mappingFromRecord,
	mappingToRecord,
	previewImport,
	reportToCsv,
	runImport,
	sourceFromBlob,
	type ColumnTarget,
	type FileError,
	type ImportProgress,
	type ImportPreview,
	type ImportReport,
	type ImportResult,
	type ImportSettings
} from '$lib/core/import';
import type { ImportTemplate } from '$lib/core/model';
import { writeImport, type ImportWriteSummary } from '$lib/db/import-write';
import { saveTemplate, templatesFor } from '$lib/db/templates';

export type PreviewView =
	| { ok: true; preview: ImportPreview; templates: ImportTemplate[] }
	| { ok: false; error: FileError };

export type ValidationView =
	| {
			ok: true;
			report: ImportReport;
			detected: ImportResult['detected'];
			mapping: ColumnTarget[];
	  }
	| { ok: false; error: FileError; report?: ImportReport };

let pending: ImportResult | null = null;
let controller: AbortController | null = null;

/** The start of the file: what was detected and guessed, and templates saved for its headers. */
export async function preview(
	file: Blob,
	name: string,
	settings: ImportSettings
): Promise<PreviewView> {
	const outcome = await previewImport(sourceFromBlob(file, name), settings);
	if (!outcome.ok) return outcome;
	return {
		ok: true,
		preview: outcome.preview,
		templates: await templatesFor(outcome.preview.headerSignature)
	};
}

/** Parse and check the whole file; nothing is written. The result waits for `commit`. */
export async function validate(
	file: Blob,
	name: string,
	settings: ImportSettings,
	onProgress?: (progress: ImportProgress) => void
): Promise<ValidationView> {
	pending = null;
	controller?.abort();
	controller = new AbortController();
	const outcome = await runImport(sourceFromBlob(file, name), {
		...settings,
		onProgress,
		signal: controller.signal
	});
	controller = null;
	if (!outcome.ok) return outcome;
	pending = outcome.result;
	const { report, detected, mapping } = outcome.result;
	return { ok: true, report, detected, mapping };
}

/** Write the validated import, whole, in one transaction. */
export async function commit(): Promise<ImportWriteSummary> {
	if (!pending) throw new Error('nothing to import: validate the file first');
	const result = pending;
	pending = null;
	return writeImport(result);
}

/** The validation report as CSV, for download. */
export function reportCsv(report: ImportReport, locale: 'en' | 'zh'): string {
	return reportToCsv(report, locale);
}

/** Save the mapping (by header names) under a name, to be offered for the same headers again. */
export async function rememberMapping(
	name: string,
	preview: Pick<ImportPreview, 'headerSignature' | 'columns'>,
	mapping: ColumnTarget[],
	options: Record<string, string | number | boolean>
): Promise<ImportTemplate> {
	const headers = preview.columns.map((column) => column.header);
	return saveTemplate({
		name,
		headerSignature: preview.headerSignature,
		mapping: mappingToRecord(headers, mapping),
		options,
		savedAt: Date.now()
	});
}

/** The mapping a template gives for these columns. */
export function mappingOfTemplate(
	template: ImportTemplate,
	preview: Pick<ImportPreview, 'columns'>
): ColumnTarget[] {
	const headers = preview.columns.map((column) => column.header);
	return mappingFromRecord(headers, preview.columns.length, template.mapping);
}
