/**
 * The one CSV writer: every CSV file the app or the CLI writes goes through it. As spreadsheets
 * open them: a BOM so Chinese text reads as UTF-8 (files only, exactly one), CRLF line ends,
 * numbers written as numbers and rounded to their column's unit (money to cents, shares 0–1 and
 * other measures to 4 decimals, days as ISO dates), and text that begins like a formula (`=`, `+`, `-`, `@`, or a
 * tab or carriage return that some spreadsheets skip) defused with a leading `'`, so opening the
 * file never runs anything. Only text gets the quote: -12.5 written as a number stays -12.5.
 */

import { isoFromDay } from './days';
import type { FieldKind } from './field-kind';

/** A cell: text is escaped, a number is written by its column's kind; NaN, null and undefined are empty. */
export type CsvValue = string | number | null | undefined;

/** Each column's kind (by position); a column without one writes numbers as they are. */
export type CsvKinds = readonly (FieldKind | undefined)[];

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;
/** Decimals a number of this kind is written with (others: the shortest exact text). */
const DECIMALS: Partial<Record<FieldKind, number>> = { money: 2, share: 4, number: 4 };

/**
 * `value` rounded half away from zero to `decimals` places, decided on its shortest decimal
 * text (1.005 → 1.01), as `Intl.NumberFormat` rounds what the screens show: an export and a
 * screen agree.
 */
export function roundDecimal(value: number, decimals: number): number {
	const size = Math.abs(value);
	if (!Number.isFinite(value) || size >= 1e21) return value;
	// Below 1e-6 the text is in exponent notation, and far below half of the last place kept.
	if (size < 1e-6) return 0;
	const [whole, fraction = ''] = String(size).split('.');
	if (fraction.length <= decimals) return value;
	let digits = BigInt(whole + fraction.slice(0, decimals));
	if (fraction[decimals] >= '5') digits += 1n;
	const rounded = Number(`${digits}e-${decimals}`);
	// No "-0": a rounded-away negative amount is written as 0.
	return rounded === 0 ? 0 : Math.sign(value) * rounded;
}

/** One text cell: formula-like text gets a leading `'`; quoted when it holds `,` `"` or a line break. */
export function csvTextCell(text: string): string {
	const safe = FORMULA_START.test(text) ? `'${text}` : text;
	return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One number cell, rounded to its kind's unit (a day as its ISO date); empty when not finite. */
export function csvNumberCell(value: number, kind?: FieldKind): string {
	if (!Number.isFinite(value)) return '';
	if (kind === 'day') return isoFromDay(value);
	const decimals = kind && DECIMALS[kind];
	return String(decimals === undefined ? value : roundDecimal(value, decimals));
}

/** One cell of either kind. */
export function csvCell(value: CsvValue, kind?: FieldKind): string {
	if (value === null || value === undefined) return '';
	return typeof value === 'number' ? csvNumberCell(value, kind) : csvTextCell(value);
}

/** One line of cells, without its line end. */
export function csvLine(cells: readonly CsvValue[], kinds: CsvKinds = []): string {
	return cells.map((cell, k) => csvCell(cell, kinds[k])).join(',');
}

/** A whole file: one BOM, the header line, one line per row, each ended with CRLF. */
export function csvDocument(
	header: readonly string[],
	rows: Iterable<readonly CsvValue[]>,
	kinds: CsvKinds = []
): string {
	const lines = [csvLine(header)];
	for (const row of rows) lines.push(csvLine(row, kinds));
	return BOM + lines.join('\r\n') + '\r\n';
}
