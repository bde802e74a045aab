/** Types shared by the import modules and their callers (the worker, the CLI, tests). */

import type { Customer, OrderColumns } from '../model';
import type { FileErrorCode, ProblemCode } from './problems';
import type { ColumnTarget } from './fields';

/** One cell as a reader delivers it: CSV gives strings, Excel also numbers, booleans and dates. */
export type Cell = string | number | boolean | Date | null;

/** Bytes of a file, read piece by piece: a `File`/`Blob` in the worker, a buffer in Node. */
export interface ImportSource {
	/** The file name as the user chose it (shown in messages; not used to pick the format). */
	name: string;
	/** Size in bytes. */
	size: number;
	/** Bytes from `start` (inclusive) to `end` (exclusive). */
	read(start: number, end: number): Promise<Uint8Array>;
}

export type FileFormat = 'csv' | 'xlsx';
export type TextEncodingLabel = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be' | 'windows-1252';
/** Field separator; `' '` means "runs of spaces or tabs" (old fixed-width exports). */
export type Delimiter = ',' | ';' | '\t' | '|' | ' ';
export type QuoteChar = '"' | "'";
/** How dates written as `a/b/yyyy` are read; `ymd` when the file's dates are year-first. */
export type DateFormat = 'ymd' | 'dmy' | 'mdy';
export type ImportKind = 'orders' | 'customers';

/**
 * When an order reduces value instead of counting as a purchase. Shown to the user, editable.
 * Orders marked this way get status returned or cancelled.
 */
export interface ReturnsRule {
	/** A negative quantity or amount is a return (else such rows are skipped as invalid). */
	negativeIsReturn: boolean;
	/** Order ids starting with this are cancellations (Online Retail: `C`); '' = off. */
	cancelledIdPrefix: string;
	/** Status cell values (normalised, lower case) meaning cancelled. */
	cancelledStatuses: string[];
	/** Status cell values (normalised, lower case) meaning returned / refunded. */
	returnedStatuses: string[];
	/**
	 * What a status-marked order is worth: `void` = 0 (the row is the sale that was undone),
	 * `reversal` = minus its amount (the row is a separate refund entry).
	 */
	statusMeans: 'void' | 'reversal';
}

/** Everything the user can choose on the import screen; anything left out is detected. */
export interface ImportSettings {
	format?: FileFormat;
	encoding?: TextEncodingLabel;
	delimiter?: Delimiter;
	quoteChar?: QuoteChar;
	hasHeader?: boolean;
	/** Excel sheet: name, or 1-based position. Default: the first sheet. */
	sheet?: string | number;
	dateFormat?: DateFormat;
	decimalComma?: boolean;
	/** `(12.50)` is −12.50 (accounting style). Default true. */
	parenthesesNegative?: boolean;
	kind?: ImportKind;
	/** One row per product line, grouped into orders by order id. */
	lineItems?: boolean;
	/** Target of each column, by position. */
	mapping?: ColumnTarget[];
	returns?: Partial<ReturnsRule>;
	/** Year used to turn an age into a birth year. Default: the current year. */
	referenceYear?: number;
}

/** Progress of a running import, for a progress bar. */
export interface ImportProgress {
	phase: 'reading' | 'building';
	/** Bytes read so far and in total (Excel: the whole file is read first). */
	bytesRead: number;
	totalBytes: number;
	/** Data rows handled so far. */
	rows: number;
}

/** How the run is controlled: progress callback, cancellation, chunking. */
export interface RunControl {
	onProgress?: (progress: ImportProgress) => void;
	signal?: AbortSignal;
	/** Bytes per read; small odd values in tests prove multi-byte characters survive splits. */
	chunkBytes?: number;
	/** Refuse files larger than this (bytes). Default 1 GiB for text, 100 MiB for Excel. */
	maxBytes?: number;
	/** A CSV record longer than this (characters) is refused. Default 1,000,000. */
	maxLineChars?: number;
	/** Reads Excel workbooks; defaults to read-excel-file's universal entry. */
	xlsxReader?: XlsxReader;
}

export type ImportOptions = ImportSettings & RunControl;

/** Reads `.xlsx` files: the one injection point between Node, the worker and other libraries. */
export interface XlsxReader {
	/**
	 * Rows of one sheet (name, or 1-based position), and the names of all sheets when asked
	 * (listing them may mean parsing every sheet). Throws on files it cannot read.
	 */
	read(
		data: ArrayBuffer,
		sheet: string | number,
		listSheets: boolean
	): Promise<{ sheetNames: string[]; rows: Cell[][] }>;
}

/** Settings as detected (or as the user chose them), reported back with every result. */
export interface DetectedSettings {
	format: FileFormat;
	encoding: TextEncodingLabel;
	delimiter: Delimiter;
	quoteChar: QuoteChar;
	hasHeader: boolean;
	sheet: string | number;
	dateFormat: DateFormat;
	/** True when the data could be day-first or month-first: the UI should ask. */
	dateFormatAmbiguous: boolean;
	decimalComma: boolean;
	parenthesesNegative: boolean;
	kind: ImportKind;
	lineItems: boolean;
	returns: ReturnsRule;
	referenceYear: number;
}

/** A column of the file: its header (or '' without a header row) and 1-based position. */
export interface ColumnInfo {
	index: number;
	position: number;
	header: string;
	/** How the user sees the column: the header, or its position when there is none. */
	label: string | number;
}

/** One problem in one row. `row` is the line (or Excel row) the user sees, 1-based. */
export interface Problem {
	row: number;
	/** Header name, or 1-based position without a header; null when it concerns the row. */
	column: string | number | null;
	code: ProblemCode;
	/** The offending value, shortened. */
	value: string;
}

/** What happened to every row, before anything is written. */
export interface ImportReport {
	/** Data rows read (header and blank lines excluded). */
	rowsRead: number;
	/** Rows that made it into the result. */
	rowsImported: number;
	blankLines: number;
	orders: number;
	customers: number;
	/** Customers created from an orders file (no customer record of their own). */
	customersFromOrders: number;
	/** Rows skipped, by the reason (problem code). */
	skipped: Partial<Record<ProblemCode, number>>;
	/** All problems (skipped or not), by code. */
	problemCounts: Partial<Record<ProblemCode, number>>;
	problemsTotal: number;
	/** The first problems, in file order (at most `PROBLEM_LIST_LIMIT`). */
	problems: Problem[];
	/** Orders that reduce value (returns and cancellations), the rows in them, their net sum. */
	returns: { orders: number; rows: number; amount: number };
	/** Sum of all imported order amounts (net of returns). */
	totalAmount: number;
}

/** A whole-file error: nothing can be imported. */
export interface FileError {
	code: FileErrorCode;
	/** Technical detail (what was found); the message comes from the catalogue by code. */
	detail: string;
	/** The row concerned, where there is one. */
	row?: number;
}

export interface ImportResult {
	customers: Customer[];
	orders: OrderColumns;
	report: ImportReport;
	mapping: ColumnTarget[];
	columns: ColumnInfo[];
	/** Customer fields the file supplied: a merge updates only these. */
	customerFields: string[];
	detected: DetectedSettings;
	headerSignature: string;
}

export type ImportOutcome =
	{ ok: true; result: ImportResult } | { ok: false; error: FileError; report?: ImportReport };

/** Cheap look at the start of a file for the mapping screen. */
export interface ImportPreview {
	detected: DetectedSettings;
	columns: ColumnInfo[];
	/** The first data rows as display text. */
	rows: string[][];
	mapping: ColumnTarget[];
	headerSignature: string;
	/** Excel only: the workbook's sheets. */
	sheets: string[];
	/** Whole-file errors the current mapping would cause (the user can still fix the mapping). */
	mappingErrors: FileErrorCode[];
}

export type PreviewOutcome = { ok: true; preview: ImportPreview } | { ok: false; error: FileError };
