/**
 * Reading an orders (or customers) file for the command line, with the importer the app uses:
 * same detection, same guesses, same validation. `--map` names columns by header or position.
 */

import { openAsBlob } from 'node:fs';
import {
	previewImport,
	runImport,
	sourceFromBlob,
	type ColumnTarget,
	type DateFormat,
	type ImportResult,
	type ImportSettings
} from '../lib/core/import';
import { translate, type MessageKey } from '../lib/i18n/translate';

/** `--map` keys and the import fields they set. */
const MAP_KEYS: Record<string, ColumnTarget> = {
	customer: 'customerId',
	order: 'orderId',
	date: 'date',
	amount: 'amount',
	quantity: 'quantity',
	price: 'unitPrice',
	name: 'customerName',
	cost: 'cost',
	product: 'product',
	status: 'status'
};

/** A failure the CLI reports on stderr with exit code 1 (or 2 for usage). */
export class CliError extends Error {
	constructor(
		message: string,
		readonly exitCode = 1
	) {
		super(message);
	}
}

/** `ymd` / `dmy` / `mdy`, or a pattern such as DD/MM/YYYY, as the importer's date format. */
export function parseDateFormat(text: string | undefined): DateFormat | undefined {
	if (text === undefined) return undefined;
	const compact = text.toLowerCase().replace(/[^ymd]/g, '');
	const order = [...new Set(compact)].join('');
	if (order === 'ymd' || order === 'dmy' || order === 'mdy') return order;
	throw new CliError(
		`--date-format: expected ymd, dmy, mdy or a pattern like DD/MM/YYYY, got '${text}'`,
		2
	);
}

/** The column mapping from `--map customer=COL,...` (COL: header name or 1-based position). */
function mappingFrom(map: string, headers: string[], hasHeader: boolean): ColumnTarget[] {
	const mapping: ColumnTarget[] = headers.map(() => 'ignore');
	for (const part of map.split(',').filter(Boolean)) {
		const [key, column] = part.split('=');
		const target = MAP_KEYS[key?.trim() ?? ''];
		if (!target || column === undefined)
			throw new CliError(
				`--map: '${part}' is not KEY=COLUMN with KEY one of ${Object.keys(MAP_KEYS).join(', ')}`,
				2
			);
		const name = column.trim();
		let index = hasHeader ? headers.findIndex((header) => header.trim() === name) : -1;
		if (index < 0 && /^\d+$/.test(name)) index = Number(name) - 1;
		if (index < 0 || index >= headers.length)
			throw new CliError(
				`--map: no column '${name}' (columns: ${headers.map((h, i) => h || i + 1).join(', ')})`,
				2
			);
		mapping[index] = target;
	}
	return mapping;
}

export interface ReadOptions {
	map?: string;
	noHeader?: boolean;
	dateFormat?: string;
}

/** The file imported exactly as the app would import it; whole-file errors throw CliError. */
export async function readOrders(path: string, options: ReadOptions): Promise<ImportResult> {
	let blob: Blob;
	try {
		blob = await openAsBlob(path);
	} catch (error) {
		throw new CliError(`cannot open ${path}: ${(error as Error).message}`);
	}
	const settings: ImportSettings = {};
	if (options.noHeader) settings.hasHeader = false;
	const dateFormat = parseDateFormat(options.dateFormat);
	if (dateFormat) settings.dateFormat = dateFormat;
	const source = sourceFromBlob(blob, path);
	if (options.map) {
		const preview = await previewImport(source, settings);
		if (!preview.ok) throw new CliError(fileError(preview.error));
		const headers = preview.preview.columns.map((column) => column.header);
		settings.mapping = mappingFrom(options.map, headers, preview.preview.detected.hasHeader);
	}
	const outcome = await runImport(source, settings);
	if (!outcome.ok) throw new CliError(fileError(outcome.error));
	return outcome.result;
}

function fileError(error: { code: string; detail: string; row?: number }): string {
	return translate('en', `import.error.${error.code}` as MessageKey, {
		detail: error.detail,
		row: error.row ?? ''
	});
}
