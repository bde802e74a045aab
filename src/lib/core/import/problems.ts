/** The catalogue of import problem codes, and the log that lists the first ones and counts all. */

import type { Problem } from './types';

/** Problems within one row. The UI translates them (`import.problem.<code>` in messages.ts). */
export const PROBLEM_CODES = [
	'missingCustomerId',
	'missingDate',
	'invalidDate',
	'dateOutOfRange',
	'missingAmount',
	'invalidNumber',
	'formulaNotEvaluated',
	'chineseUnit',
	'negativeAmount',
	'duplicateOrderId',
	'repeatedOrder',
	'orderCustomerConflict',
	'duplicateCustomerId',
	'repeatedCustomer',
	'invalidOptionalValue',
	'columnCountMismatch',
	'encodingReplaced',
	'unclosedQuote'
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** Codes that only leave one value empty or warn; every other code leaves its row out. */
const KEEPING_CODES: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
	'invalidOptionalValue',
	'columnCountMismatch',
	'encodingReplaced'
]);

/** Codes whose row is left out of the import; the others only leave one value empty or warn. */
export const SKIPPING_CODES: ReadonlySet<ProblemCode> = new Set<ProblemCode>(
	PROBLEM_CODES.filter((code) => !KEEPING_CODES.has(code))
);

/** Whole-file errors: nothing is imported. The UI translates them (`import.error.<code>`). */
export const FILE_ERROR_CODES = [
	'emptyFile',
	'noRows',
	'binaryFile',
	'legacyExcel',
	'unsupportedSpreadsheet',
	'xlsxUnreadable',
	'sheetNotFound',
	'singleColumn',
	'noCustomerIdColumn',
	'noDateColumn',
	'noAmountColumn',
	'noValidDates',
	'nothingToImport',
	'lineTooLong',
	'unclosedQuoteFile',
	'fileTooLarge',
	'readFailed',
	'cancelled',
	'internal'
] as const;
export type FileErrorCode = (typeof FILE_ERROR_CODES)[number];

/** How many problems are listed; all are counted. */
export const PROBLEM_LIST_LIMIT = 1000;
const VALUE_CHARS = 100;

/** Collects row problems in file order: the first `PROBLEM_LIST_LIMIT` listed, all counted. */
export class ProblemLog {
	readonly problems: Problem[] = [];
	readonly counts: Partial<Record<ProblemCode, number>> = {};
	readonly skipped: Partial<Record<ProblemCode, number>> = {};
	total = 0;
	skippedRows = 0;

	/** Records a problem; returns whether it makes the row skipped. */
	add(row: number, column: string | number | null, code: ProblemCode, value: unknown): boolean {
		this.total++;
		this.counts[code] = (this.counts[code] ?? 0) + 1;
		if (this.problems.length < PROBLEM_LIST_LIMIT)
			this.problems.push({ row, column, code, value: shortValue(value) });
		const skips = SKIPPING_CODES.has(code);
		if (skips) {
			this.skipped[code] = (this.skipped[code] ?? 0) + 1;
			this.skippedRows++;
		}
		return skips;
	}
}

/** A cell as short display text for a problem listing. */
export function shortValue(value: unknown): string {
	let text: string;
	if (value === null || value === undefined) text = '';
	else if (value instanceof Date) text = value.toISOString();
	else text = String(value);
	return text.length > VALUE_CHARS ? `${text.slice(0, VALUE_CHARS)}…` : text;
}
