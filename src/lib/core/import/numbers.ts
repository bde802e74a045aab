/**
 * Numbers as exports write them: thousands separators, decimal comma, currency symbols,
 * accounting parentheses. Text that starts like a formula is never evaluated, and Chinese
 * magnitude units (万, 亿) are not guessed: both are invalid numbers with their own code.
 */

import type { Cell } from './types';

export interface NumberStyle {
	decimalComma: boolean;
	parenthesesNegative: boolean;
}

/** Why a value is not a number. */
export type NumberFailure = 'invalidNumber' | 'formulaNotEvaluated' | 'chineseUnit';

const PLAIN_COMMA = /^-?\d+(?:,\d+)?$/;
const CURRENCY =
	/^(?:[¥￥$€£]|rmb|cny|usd|eur|gbp|hkd|us\$|hk\$)\s*|\s*(?:[¥￥$€£元]|rmb|cny|usd|eur|gbp|hkd)$/i;
const GROUPED_POINT = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const GROUPED_COMMA = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const SPACE_GROUPED = /^\d{1,3}(?:[ \u00a0\u202f']\d{3})+(?:[.,]\d+)?$/;
const UNSIGNED_POINT = /^(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const UNSIGNED_COMMA = /^(?:\d+(?:,\d*)?|,\d+)$/;
const CHINESE_UNIT = /[万亿千百兆]/;

/** A cell as a number, NaN when it is not one (see `numberFailure` for why). Empty → NaN. */
export function parseNumberCell(cell: Cell, style: NumberStyle): number {
	if (typeof cell === 'number') return cell;
	if (typeof cell === 'string') return parseNumberText(cell, style);
	return NaN;
}

/** Text as a number; NaN when it is not one. */
export function parseNumberText(text: string, style: NumberStyle): number {
	if (style.decimalComma) {
		if (PLAIN_COMMA.test(text)) return +text.replace(',', '.');
	} else if (isPlainPoint(text)) return +text;
	return parseLoose(text.trim(), style);
}

/**
 * Whether the text is `-?\d+(\.\d+)?`, by its character codes:
 * almost every amount, price and quantity cell, so this runs once per cell (faster than the
 * regular expression, and nothing allocated).
 */
function isPlainPoint(text: string): boolean {
	const length = text.length;
	let i = length > 0 && text.charCodeAt(0) === 45 ? 1 : 0;
	const start = i;
	while (i < length && isDigit(text.charCodeAt(i))) i++;
	if (i === start) return false;
	if (i === length) return true;
	if (text.charCodeAt(i) !== 46) return false;
	const fraction = ++i;
	while (i < length && isDigit(text.charCodeAt(i))) i++;
	return i === length && i > fraction;
}

function isDigit(code: number): boolean {
	return code >= 48 && code <= 57;
}

function parseLoose(text: string, style: NumberStyle): number {
	if (text === '') return NaN;
	let body = text;
	let negative = false;
	if (style.parenthesesNegative && body.startsWith('(') && body.endsWith(')')) {
		negative = true;
		body = body.slice(1, -1).trim();
	}
	// A sign may stand before or after a currency symbol: -¥5, ¥-5.
	for (let pass = 0; pass < 2; pass++) {
		if (body.startsWith('-') || body.startsWith('−')) {
			if (negative) return NaN;
			negative = true;
			body = body.slice(1).trim();
		} else if (body.startsWith('+')) body = body.slice(1).trim();
		const stripped = body.replace(CURRENCY, '').replace(CURRENCY, '');
		if (stripped === body) break;
		body = stripped.trim();
	}
	const value = unsigned(body, style.decimalComma);
	return negative ? -value : value;
}

function unsigned(body: string, decimalComma: boolean): number {
	if (decimalComma) {
		if (UNSIGNED_COMMA.test(body)) return +body.replace(',', '.');
		if (GROUPED_COMMA.test(body)) return +body.replace(/\./g, '').replace(',', '.');
	} else {
		if (UNSIGNED_POINT.test(body)) return +body;
		if (GROUPED_POINT.test(body)) return +body.replace(/,/g, '');
	}
	if (SPACE_GROUPED.test(body)) {
		const digits = body.replace(/[ \u00a0\u202f']/g, '');
		if (decimalComma) return +digits.replace(',', '.');
		return digits.includes(',') ? NaN : +digits;
	}
	return NaN;
}

/** Why a non-empty cell is not a number: formula-like text, a Chinese unit, or anything else. */
export function numberFailure(cell: Cell): NumberFailure {
	if (typeof cell !== 'string') return 'invalidNumber';
	const text = cell.trim();
	const first = text.charAt(0);
	if (first === '=' || first === '@' || (first === '+' && !/^\+\s*[\d.,]/.test(text)))
		return 'formulaNotEvaluated';
	if (/\d/.test(text) && CHINESE_UNIT.test(text)) return 'chineseUnit';
	return 'invalidNumber';
}

/** Whether a cell is empty (no value, or only spaces). */
export function isBlank(cell: Cell): boolean {
	if (cell === null) return true;
	if (typeof cell !== 'string') return false;
	if (cell.length === 0) return true;
	return cell.trim().length === 0;
}

/**
 * Whether a sample of number texts was written with a decimal comma: `12,50` or `1.234,5`
 * outnumber `12.50` or `1,234.5`. A lone `1,234` could be either and counts for neither.
 */
export function detectDecimalComma(samples: readonly Cell[]): boolean {
	let comma = 0;
	let point = 0;
	for (const sample of samples) {
		if (typeof sample !== 'string') continue;
		const text = sample
			.trim()
			.replace(CURRENCY, '')
			.replace(/^[-+(]+|\)$/g, '');
		if (/^\d+,\d{1,2}$|^\d{1,3}(?:\.\d{3})+,\d+$|^\d+,\d{4,}$/.test(text)) comma++;
		else if (/^\d+\.\d{1,2}$|^\d{1,3}(?:,\d{3})+\.\d+$|^\d+\.\d{4,}$/.test(text)) point++;
		else if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(text)) comma++;
		else if (/^\d{1,3}(?:,\d{3}){2,}$/.test(text)) point++;
	}
	return comma > point;
}
