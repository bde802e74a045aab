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
import { guessCurrency } from '$lib/core/import/currency';
import { importFit, type ImportFit } from '$lib/core/import-fit';
import type { ImportTemplate } from '$lib/core/model';
import { writeImport, type ImportMode, type ImportWriteSummary } from '$lib/db/import-write';
import { saveTemplate, templatesFor } from '$lib/db/templates';
import { snapshot } from '../engine/snapshot';

export type PreviewView =
	| {
			ok: true;
			preview: ImportPreview;
			templates: ImportTemplate[];
			/** The currency the file's symbols, headers or country suggest (ISO 4217). */
			currency: string | undefined;
	  }
	| { ok: false; error: FileError };

export type ValidationView =
	| {
			ok: true;
			report: ImportReport;
			detected: ImportResult['detected'];
			mapping: ColumnTarget[];
			/** How the file sits with the stored data; `reasons` says whether to ask first. */
			fit: ImportFit;
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
		templates: await templatesFor(outcome.preview.headerSignature),
		currency: guessCurrency(
			outcome.preview.columns.map((column) => column.header),
			outcome.preview.rows
		)
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
	const { report, detected, mapping, customers, orders } = outcome.result;
	return { ok: true, report, detected, mapping, fit: await fitWithStored(customers, orders) };
}

/** The facts of adding the file's customers and orders to the stored data. */
async function fitWithStored(
	customers: ImportResult['customers'],
	orders: ImportResult['orders']
): Promise<ImportFit> {
	const stored = await (await snapshot()).store();
	const idsOf = (records: readonly { id: string }[], orderIds: readonly string[]) =>
		new Set([...records.map((record) => record.id), ...orderIds]);
	return importFit(
		{ customerIds: idsOf(stored.customers, stored.orders.customerIds), days: stored.orders.day },
		{ customerIds: idsOf(customers, orders.customerIds), days: orders.day }
	);
}

/**
 * Write the validated import, whole, in one transaction: added to the stored data, or (with
 * 'replace') in place of the stored customers, orders, interactions and runs.
 */
export async function commit(mode: ImportMode = 'add'): Promise<ImportWriteSummary> {
	if (!pending) throw new Error('nothing to import: validate the file first');
	const result = pending;
	pending = null;
	return writeImport(result, mode);
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
