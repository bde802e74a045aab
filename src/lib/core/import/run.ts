/**
 * The whole import of one file: open, resolve settings, stream every row through the builder,
 * report. Never throws: every failure is a `{ ok: false, error }` outcome.
 */

import { ImportBuilder } from './builder';
import { RecordTooLongError } from './csv-reader';
import { readCsvRows } from './read-csv-rows';
import { openSource, type Opened } from './open';
import { resolveSettings } from './settings';
import { chunksOf, DEFAULT_CHUNK_BYTES } from './source';
import type {
	FileError,
	ImportOptions,
	ImportOutcome,
	ImportProgress,
	ImportSource
} from './types';

/** Rows between progress reports and cancellation checks for sheets held in memory. */
const ROWS_PER_STEP = 10_000;

class Cancelled extends Error {}

/** Imports a whole file (CSV or Excel) with the given or detected settings. */
export async function runImport(
	source: ImportSource,
	options: ImportOptions = {}
): Promise<ImportOutcome> {
	try {
		if (options.signal?.aborted) throw new Cancelled();
		const opened = await openSource(source, options, false);
		if ('code' in opened) return { ok: false, error: opened };
		const settings = resolveSettings(opened.sample, opened.source, options);
		if (settings.columns.length < 2)
			return { ok: false, error: { code: 'singleColumn', detail: '1 column' } };
		const builder = new ImportBuilder(settings);
		const [mappingError] = builder.mappingErrors();
		if (mappingError) return { ok: false, error: { code: mappingError, detail: '' } };
		const skipHeader = settings.detected.hasHeader;
		if (opened.format === 'csv') await readCsv(source, opened, builder, skipHeader, options);
		else readSheet(source, opened, builder, skipHeader, options);
		return builder.finish();
	} catch (error) {
		return { ok: false, error: fileError(error) };
	}
}

async function readCsv(
	source: ImportSource,
	opened: Extract<Opened, { format: 'csv' }>,
	builder: ImportBuilder,
	skipHeader: boolean,
	options: ImportOptions
): Promise<void> {
	let bytesRead = 0;
	let headerPending = skipHeader;
	async function* counted() {
		for await (const chunk of chunksOf(source, options.chunkBytes)) {
			if (options.signal?.aborted) throw new Cancelled();
			bytesRead += chunk.length;
			yield chunk;
		}
	}
	const batches = readCsvRows(
		counted(),
		{ encoding: opened.encoding, dialect: opened.dialect, maxLineChars: options.maxLineChars },
		(summary) => (builder.blankLines = summary.blankLines)
	);
	const step = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
	let reported = 0;
	for await (const batch of batches) {
		let nextUnclosed = batch.unclosed.length > 0 ? batch.unclosed[0] : -1;
		let unclosedSeen = 0;
		for (let i = 0; i < batch.rows.length; i++) {
			if (i === nextUnclosed) {
				nextUnclosed = batch.unclosed[++unclosedSeen] ?? -1;
				builder.unclosedQuote(batch.lines[i], batch.rows[i][0]);
				continue;
			}
			if (headerPending) {
				headerPending = false;
				continue;
			}
			builder.addRow(batch.rows[i], batch.lines[i], batch.replaced);
		}
		if (options.onProgress && bytesRead - reported >= step) {
			reported = bytesRead;
			options.onProgress(progress('reading', bytesRead, source.size, builder.rowsRead));
		}
	}
	options.onProgress?.(progress('building', bytesRead, source.size, builder.rowsRead));
}

function readSheet(
	source: ImportSource,
	opened: Extract<Opened, { format: 'xlsx' }>,
	builder: ImportBuilder,
	skipHeader: boolean,
	options: ImportOptions
): void {
	let headerPending = skipHeader;
	const rows = opened.rows;
	for (let i = 0; i < rows.length; i++) {
		if (i % ROWS_PER_STEP === 0) {
			if (options.signal?.aborted) throw new Cancelled();
			options.onProgress?.(progress('reading', source.size, source.size, builder.rowsRead));
		}
		const row = rows[i];
		if (row.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''))) {
			builder.blankLines++;
			continue;
		}
		if (headerPending) {
			headerPending = false;
			continue;
		}
		// Excel row numbers are 1-based and count every row of the sheet.
		builder.addRow(row, i + 1);
	}
	options.onProgress?.(progress('building', source.size, source.size, builder.rowsRead));
}

function progress(
	phase: ImportProgress['phase'],
	bytesRead: number,
	totalBytes: number,
	rows: number
): ImportProgress {
	return { phase, bytesRead, totalBytes, rows };
}

/** Any failure as a whole-file error. */
export function fileError(error: unknown): FileError {
	if (error instanceof Cancelled) return { code: 'cancelled', detail: '' };
	if (error instanceof RecordTooLongError)
		return {
			code: error.insideQuote ? 'unclosedQuoteFile' : 'lineTooLong',
			detail: error.message,
			row: error.line
		};
	if (
		error instanceof Error &&
		(error.name === 'NotReadableError' || error.name === 'NotFoundError')
	)
		return { code: 'readFailed', detail: error.message };
	return { code: 'internal', detail: error instanceof Error ? error.message : String(error) };
}
