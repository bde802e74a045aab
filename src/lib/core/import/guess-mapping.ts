/**
 * Guesses from a sample of rows: whether the first row is a header, which column is which
 * field (from header names, or from the values when there is no header), and the file's kind.
 */

import { looksLikeDate } from './dates';
import type { ColumnTarget, FieldKey } from './fields';
import { headerHints, type GuessTarget } from './header-aliases';
import { isBlank, parseNumberCell } from './numbers';
import type { Cell, ImportKind } from './types';
import { cellText } from './values';

type CellKind = 'empty' | 'number' | 'date' | 'text';

const LOOSE_POINT = { decimalComma: false, parenthesesNegative: true };
const LOOSE_COMMA = { decimalComma: true, parenthesesNegative: true };

function cellKind(cell: Cell): CellKind {
	if (isBlank(cell)) return 'empty';
	if (looksLikeDate(cell)) return 'date';
	if (typeof cell === 'number') return 'number';
	if (typeof cell === 'boolean') return 'text';
	const point = parseNumberCell(cell, LOOSE_POINT);
	if (Number.isFinite(point) || Number.isFinite(parseNumberCell(cell, LOOSE_COMMA)))
		return 'number';
	return 'text';
}

/**
 * Whether the first row is a header: a text cell above a column of numbers or dates, or a
 * known header name, says yes; a number or date in the first row says no.
 */
export function detectHeader(rows: readonly (readonly Cell[])[]): boolean {
	if (rows.length === 0) return false;
	const first = rows[0];
	const kinds = first.map(cellKind);
	if (kinds.some((kind) => kind === 'number' || kind === 'date')) return false;
	if (kinds.every((kind) => kind === 'empty')) return false;
	const rest = rows.slice(1, 201);
	for (let column = 0; column < first.length; column++) {
		if (kinds[column] !== 'text') continue;
		let filled = 0;
		let typed = 0;
		for (const row of rest) {
			const kind = cellKind(row[column] ?? null);
			if (kind === 'empty') continue;
			filled++;
			if (kind === 'number' || kind === 'date') typed++;
		}
		if (filled > 0 && typed / filled >= 0.8) return true;
	}
	if (first.some((cell) => headerHints(cellText(cell)).some((hint) => hint.score === 2)))
		return true;
	// All text, no known names: a header if its cells are distinct and never repeat below.
	const names = first.map(cellText).filter((name) => name !== '');
	if (new Set(names).size !== names.length) return false;
	return rest.every((row) =>
		row.every((cell, column) => cellText(cell) !== cellText(first[column]))
	);
}

interface ColumnStats {
	filled: number;
	/** Zero-padded numbers (`0001`): identifiers, not quantities. */
	padded: number;
	dates: number;
	numbers: number;
	fractions: number;
	mean: number;
}

function columnStats(rows: readonly (readonly Cell[])[], column: number): ColumnStats {
	const stats: ColumnStats = { filled: 0, padded: 0, dates: 0, numbers: 0, fractions: 0, mean: 0 };
	let sum = 0;
	for (const row of rows) {
		const cell = row[column] ?? null;
		const kind = cellKind(cell);
		if (kind === 'empty') continue;
		stats.filled++;
		if (kind === 'date') stats.dates++;
		if (kind !== 'number') continue;
		stats.numbers++;
		if (typeof cell === 'string' && /^\s*0\d/.test(cell)) stats.padded++;
		const value = parseNumberCell(cell, LOOSE_POINT);
		if (!Number.isInteger(value)) stats.fractions++;
		if (Number.isFinite(value)) sum += value;
	}
	stats.mean = stats.numbers > 0 ? sum / stats.numbers : 0;
	return stats;
}

const NUMERIC_TARGETS = new Set<GuessTarget>(['amount', 'quantity', 'unitPrice', 'cost']);
/** Fields holding bands ("30–39", "高"): a column of plain numbers is kept as a number instead. */
const BAND_TARGETS = new Set<GuessTarget>(['incomeBand', 'ageBand']);

/** Targets guessed from header names, checked against the values below them. */
export function guessFromHeaders(
	headers: readonly string[],
	rows: readonly (readonly Cell[])[]
): ColumnTarget[] {
	const stats = headers.map((_, column) => columnStats(rows, column));
	const candidates: { column: number; target: GuessTarget; score: number }[] = [];
	headers.forEach((header, column) => {
		for (const hint of headerHints(header)) {
			const { filled, dates, numbers } = stats[column];
			// A "date" column without dates, or an "amount" column of words, is a wrong guess.
			if (filled > 0 && hint.target === 'date' && dates / filled < 0.5) continue;
			if (filled > 0 && NUMERIC_TARGETS.has(hint.target) && numbers / filled < 0.5) continue;
			if (filled > 0 && BAND_TARGETS.has(hint.target) && numbers / filled >= 0.9) continue;
			candidates.push({ column, target: hint.target, score: hint.score });
		}
		if (/^(id|编号|编码|代码)$/i.test(header.trim()))
			candidates.push({ column, target: 'customerId', score: 0.5 });
	});
	candidates.sort((a, b) => b.score - a.score || a.column - b.column);
	const taken = new Set<GuessTarget>();
	const result: (GuessTarget | undefined)[] = headers.map(() => undefined);
	for (const { column, target } of candidates) {
		if (result[column] !== undefined || taken.has(target)) continue;
		result[column] = target;
		taken.add(target);
	}
	const hasFullName = taken.has('customerName');
	return result.map((target) => {
		if (target === 'firstName' || target === 'lastName')
			return hasFullName ? 'ignore' : 'customerName';
		return target ?? 'ignore';
	});
}

/**
 * Targets for a file without a header, from the values: the first column of dates is the date,
 * the numeric column with most decimals the amount, a small-integer column the quantity, and
 * the first other column the customer id.
 */
export function guessFromValues(
	rows: readonly (readonly Cell[])[],
	columnCount: number
): ColumnTarget[] {
	const stats = Array.from({ length: columnCount }, (_, column) => columnStats(rows, column));
	const result: ColumnTarget[] = stats.map(() => 'ignore');
	const share = (count: number, column: number) => count / Math.max(1, stats[column].filled);
	const free = (column: number) => result[column] === 'ignore';
	const dateColumn = stats.findIndex((s, column) => s.filled > 0 && share(s.dates, column) >= 0.9);
	if (dateColumn >= 0) result[dateColumn] = 'date';
	const numeric = stats
		.map((s, column) => ({ column, s }))
		.filter(
			({ s, column }) =>
				free(column) &&
				s.filled > 0 &&
				share(s.numbers, column) >= 0.9 &&
				share(s.padded, column) < 0.5
		);
	const withFractions = numeric.filter(({ s, column }) => share(s.fractions, column) >= 0.3);
	const amount = (withFractions.length > 0 ? withFractions : numeric).at(-1);
	if (amount && dateColumn >= 0) result[amount.column] = 'amount';
	const quantity = numeric
		.filter(({ column, s }) => free(column) && s.fractions === 0 && s.mean > 0 && s.mean <= 100)
		.sort((a, b) => a.s.mean - b.s.mean)[0];
	if (quantity && dateColumn >= 0) result[quantity.column] = 'quantity';
	const idColumn = result.findIndex(
		(target, column) => target === 'ignore' && stats[column].filled > 0
	);
	if (idColumn >= 0) result[idColumn] = 'customerId';
	return result;
}

/** Orders when a date or an amount is mapped, otherwise customers (attributes only). */
export function detectKind(mapping: readonly ColumnTarget[]): ImportKind {
	const has = (field: FieldKey) => mapping.includes(field);
	return has('date') || has('amount') || has('unitPrice') ? 'orders' : 'customers';
}

/** Unmapped columns become custom fields in a customers file and are left out of an orders file. */
export function fillUnmapped(mapping: readonly ColumnTarget[], kind: ImportKind): ColumnTarget[] {
	return mapping.map((target) => (target === 'ignore' && kind === 'customers' ? 'custom' : target));
}

/**
 * Whether an orders file lists one row per product line: an order id comes again for the same
 * customer on the same day with other contents (another product) more often than on another
 * day (a duplicate), and the file has line-level columns or such repeats are common.
 */
export function detectLineItems(
	mapping: readonly ColumnTarget[],
	rows: readonly (readonly Cell[])[]
): boolean {
	const column = mapping.indexOf('orderId');
	if (column < 0) return false;
	const customer = mapping.indexOf('customerId');
	const date = mapping.indexOf('date');
	const text = (row: readonly Cell[], at: number) => (at < 0 ? '' : cellText(row[at] ?? null));
	const first = new Map<string, readonly Cell[]>();
	let withId = 0;
	let lines = 0;
	let duplicates = 0;
	for (const row of rows) {
		const id = text(row, column);
		if (id === '') continue;
		withId++;
		const earlier = first.get(id);
		if (!earlier) {
			first.set(id, row);
			continue;
		}
		// Another customer is a conflict either way; the same customer on another day is a duplicate.
		if (text(row, customer) !== text(earlier, customer)) continue;
		if (dayPart(text(row, date)) !== dayPart(text(earlier, date))) duplicates++;
		else if (row.some((cell, at) => cellText(cell) !== text(earlier, at))) lines++;
	}
	if (lines === 0 || lines <= duplicates) return false;
	const lineColumns = mapping.includes('unitPrice') || mapping.includes('product');
	return lineColumns || lines / withId >= 0.05;
}

/** The date of a date-and-time text (`2024-01-05 10:01` → `2024-01-05`). */
function dayPart(text: string): string {
	const space = text.search(/[ T]/);
	return space < 0 ? text : text.slice(0, space);
}

/**
 * The letter that marks cancelled order ids (Online Retail: `C536379` beside `536365`): ids
 * of `C` (cancel) or `R` (return) + digits among mostly all-digit ids. '' when there is none.
 * Other letters (a `W` for web orders, say) are not taken as cancellations.
 */
export function detectCancelledPrefix(
	mapping: readonly ColumnTarget[],
	rows: readonly (readonly Cell[])[]
): string {
	const column = mapping.indexOf('orderId');
	if (column < 0) return '';
	let digitsOnly = 0;
	const prefixed = new Map<string, number>();
	for (const row of rows) {
		const id = cellText(row[column] ?? null);
		if (/^\d+$/.test(id)) digitsOnly++;
		else if (/^[CR]\d+$/.test(id)) prefixed.set(id[0], (prefixed.get(id[0]) ?? 0) + 1);
	}
	let best = '';
	let bestCount = 0;
	for (const [letter, count] of prefixed)
		if (count > bestCount) [best, bestCount] = [letter, count];
	return bestCount > 0 && digitsOnly >= bestCount * 2 ? best : '';
}
