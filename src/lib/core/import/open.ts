/**
 * Opening a file: format, encoding and dialect from its first bytes, and a sample of rows for
 * the guesses. Shared by preview and run, so both see the same settings.
 */

import { CsvRowReader, DEFAULT_MAX_LINE_CHARS, withoutUnclosed, type Dialect } from './csv-reader';
import { detectDialect } from './dialect';
import { decodeSample, detectEncoding, sniffFormat } from './encoding';
import { isBlank } from './numbers';
import { readAll } from './source';
import type { SourceSettings } from './settings';
import type { Cell, FileError, ImportOptions, ImportSource, TextEncodingLabel } from './types';
import { isSheetMissing, readExcelFileReader } from './xlsx';

/** Bytes read for detection; also what the preview shows rows from. */
export const HEAD_BYTES = 1 << 20;
/** Bytes from the middle and the end also checked for the encoding. */
const PROBE_BYTES = 64 * 1024;
/** Rows the guesses look at. */
export const SAMPLE_ROWS = 5000;
const DEFAULT_MAX_TEXT_BYTES = 1 << 30;
const DEFAULT_MAX_XLSX_BYTES = 100 << 20;

export type Opened =
	| {
			format: 'csv';
			source: SourceSettings;
			dialect: Dialect;
			encoding: TextEncodingLabel;
			sample: string[][];
	  }
	| {
			format: 'xlsx';
			source: SourceSettings;
			sheetNames: string[];
			/** Every row of the sheet, blank rows included (their index + 1 is the Excel row). */
			rows: Cell[][];
			sample: Cell[][];
	  };

/** Reads what is needed to know the file; a whole-file error when it cannot be imported. */
export async function openSource(
	file: ImportSource,
	options: ImportOptions,
	listSheets: boolean
): Promise<Opened | FileError> {
	if (file.size === 0) return { code: 'emptyFile', detail: '0 bytes' };
	const head = await file.read(0, Math.min(file.size, HEAD_BYTES));
	const sniffed = sniffFormat(head);
	if ('error' in sniffed) return { code: sniffed.error, detail: sniffed.detail };
	// A workbook cannot be read as text, whatever the user chose.
	const format = sniffed.format === 'xlsx' ? 'xlsx' : (options.format ?? sniffed.format);
	if (format === 'xlsx') return openXlsx(file, options, listSheets);
	const limit = options.maxBytes ?? DEFAULT_MAX_TEXT_BYTES;
	if (file.size > limit) return { code: 'fileTooLarge', detail: `${file.size} > ${limit} bytes` };
	const encoding =
		options.encoding ?? sniffed.utf16 ?? detectEncoding(await encodingProbes(file, head));
	const whole = file.size <= head.length;
	const text = decodeSample(head, encoding);
	if (whole && text.trim() === '') return { code: 'emptyFile', detail: 'only blank lines' };
	const dialect = detectDialect(text, options);
	if (!dialect) return { code: 'singleColumn', detail: 'no delimiter splits the rows' };
	const reader = new CsvRowReader(dialect, Math.max(DEFAULT_MAX_LINE_CHARS, text.length + 1));
	const sample = withoutUnclosed(reader.push(text));
	if (whole) sample.push(...withoutUnclosed(reader.finish()));
	const source = {
		format,
		encoding,
		delimiter: dialect.delimiter,
		quoteChar: dialect.quoteChar,
		sheet: 1
	};
	return { format: 'csv', source, dialect, encoding, sample: sample.slice(0, SAMPLE_ROWS) };
}

async function encodingProbes(file: ImportSource, head: Uint8Array): Promise<Uint8Array[]> {
	if (file.size <= head.length) return [head];
	const middle = Math.floor(file.size / 2);
	return [
		head,
		await file.read(middle, Math.min(file.size, middle + PROBE_BYTES)),
		await file.read(Math.max(middle + PROBE_BYTES, file.size - PROBE_BYTES), file.size)
	];
}

async function openXlsx(
	file: ImportSource,
	options: ImportOptions,
	listSheets: boolean
): Promise<Opened | FileError> {
	const limit = options.maxBytes ?? DEFAULT_MAX_XLSX_BYTES;
	if (file.size > limit) return { code: 'fileTooLarge', detail: `${file.size} > ${limit} bytes` };
	const sheet = options.sheet ?? 1;
	const reader = options.xlsxReader ?? readExcelFileReader;
	let read: { sheetNames: string[]; rows: Cell[][] };
	try {
		read = await reader.read(await readAll(file), sheet, listSheets);
	} catch (error) {
		if (isSheetMissing(error)) return { code: 'sheetNotFound', detail: String(sheet) };
		return {
			code: 'xlsxUnreadable',
			detail: error instanceof Error ? error.message : String(error)
		};
	}
	const sample: Cell[][] = [];
	for (const row of read.rows) {
		if (sample.length >= SAMPLE_ROWS) break;
		if (!row.every(isBlank)) sample.push(row);
	}
	if (sample.length === 0) return { code: 'emptyFile', detail: `sheet ${String(sheet)} is empty` };
	const source = {
		format: 'xlsx' as const,
		encoding: 'utf-8' as const,
		delimiter: ',' as const,
		quoteChar: '"' as const,
		sheet
	};
	return { format: 'xlsx', source, sheetNames: read.sheetNames, rows: read.rows, sample };
}
