/**
 * Import of customer and order files (CSV, Excel): the public API for the worker, the CLI and
 * tests. Pure: no DOM, no database. See README.md.
 */

export { previewImport, PREVIEW_ROWS } from './preview';
export { runImport } from './run';
export { sourceFromBlob, sourceFromBytes, chunksOf, DEFAULT_CHUNK_BYTES } from './source';
export { readCsvRows } from './read-csv-rows';
export { CsvRowReader, type Dialect, type RowBatch } from './csv-reader';
export { detectEncoding, decodeChunks, sniffFormat } from './encoding';
export { detectDialect, detectDelimiter } from './dialect';
export { readExcelFileReader } from './xlsx';
export {
	FIELDS,
	normaliseHeader,
	headerSignature,
	mappingToRecord,
	mappingFromRecord,
	type FieldKey,
	type ColumnTarget
} from './fields';
export { mappingErrors, repeatedTargets } from './plan';
export { parseDateCell, parseDateText, detectDateFormat, type DateValue } from './dates';
export { parseNumberCell, parseNumberText, numberFailure, detectDecimalComma } from './numbers';
export { normaliseCustomerId } from './values';
export {
	PROBLEM_CODES,
	FILE_ERROR_CODES,
	SKIPPING_CODES,
	PROBLEM_LIST_LIMIT,
	type ProblemCode,
	type FileErrorCode
} from './problems';
export { IMPORT_MESSAGES, problemKey, errorKey } from './messages';
export { reportToCsv } from './report-csv';
export { CANCELLED_STATUSES, RETURNED_STATUSES } from './settings';
export type * from './types';
