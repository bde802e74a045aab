/**
 * Dates in the forms real exports use, read into a day number (days since 1970-01-01) and a
 * second of the day (-1 when the value has no time). Written for speed: no allocation per call.
 */

import { dayFromParts } from '../days';
import type { Cell, DateFormat } from './types';

/** Where a parsed date is written (reused across calls). */
export interface DateValue {
	day: number;
	/** Seconds since midnight, -1 when the value had no time of day. */
	second: number;
}

/** Why a date did not parse. */
export type DateFailure = 'invalid' | 'outOfRange';

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
const MS_PER_DAY = 86_400_000;
/** Excel's day 0 is 1899-12-30 in the 1900 date system (its 1900 leap-year bug included). */
const EXCEL_EPOCH_DAY = dayFromParts(1899, 12, 30);
/** Excel serials accepted as dates: 1954-10-03 … 2119-01-10 (plain numbers outside are not). */
const SERIAL_MIN = 20_000;
const SERIAL_MAX = 80_000;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const TIME = String.raw`(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([ap]\.?m\.?)?)?(?:\s*(?:z|utc|gmt|[+-]\d{2}:?\d{2}))?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}$`, 'i');
const PART_FIRST = new RegExp(String.raw`^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})${TIME}$`, 'i');
const CHINESE =
	/^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?(?:\s*(\d{1,2})\s*[:时]\s*(\d{1,2})(?:\s*[:分]\s*(\d{1,2})\s*秒?)?\s*分?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:[T\s]?(\d{2})(\d{2})(\d{2}))?$/;
const DAY_MONTH_NAME = new RegExp(
	String.raw`^(\d{1,2})[-\s]([a-z]{3})[a-z]*\.?[-\s,]+(\d{4})${TIME}$`,
	'i'
);
const MONTH_NAME_DAY = new RegExp(
	String.raw`^([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}$`,
	'i'
);
const SERIAL = /^\d{5}(?:\.\d+)?$/;

let lastFailure: DateFailure = 'invalid';

/** Why the last failed `parseDate*` call failed. */
export function lastDateFailure(): DateFailure {
	return lastFailure;
}

/** Reads a cell as a date into `out`; false when it is not one. `dateFormat` decides `a/b/yyyy`. */
export function parseDateCell(cell: Cell, dateFormat: DateFormat, out: DateValue): boolean {
	if (typeof cell === 'string') return parseDateText(cell, dateFormat, out);
	if (cell instanceof Date) return fromTimestamp(cell.getTime(), out);
	if (typeof cell === 'number') return parseDateNumber(cell, out);
	lastFailure = 'invalid';
	return false;
}

/** A number as a date: `YYYYMMDD` (CDNOW) or an Excel serial (1900 system, fraction = time). */
export function parseDateNumber(value: number, out: DateValue): boolean {
	if (Number.isInteger(value) && value >= 10_000_000 && value <= 99_999_999) {
		const year = Math.floor(value / 10_000);
		return setDate(year, Math.floor(value / 100) % 100, value % 100, -1, out);
	}
	if (value >= SERIAL_MIN && value < SERIAL_MAX) {
		const whole = Math.floor(value);
		out.day = EXCEL_EPOCH_DAY + whole;
		const seconds = Math.round((value - whole) * 86_400);
		out.second = seconds === 0 ? -1 : Math.min(seconds, 86_399);
		return true;
	}
	lastFailure = Number.isFinite(value) && value > 0 ? 'outOfRange' : 'invalid';
	return false;
}

/** A date written as text (any of the supported forms) into `out`. */
export function parseDateText(raw: string, dateFormat: DateFormat, out: DateValue): boolean {
	const text = raw.trim();
	lastFailure = 'invalid';
	if (text.length < 5) return false;
	if (fastIso(text, out)) return true;
	let match = YEAR_FIRST.exec(text);
	if (match) return setMatch(+match[1], +match[2], +match[3], match, 4, out);
	match = PART_FIRST.exec(text);
	if (match) {
		const first = +match[1];
		const second = +match[2];
		const year = expandYear(match[3]);
		return dateFormat === 'dmy'
			? setMatch(year, second, first, match, 4, out)
			: setMatch(year, first, second, match, 4, out);
	}
	match = COMPACT.exec(text);
	if (match) {
		const second = match[4] === undefined ? -1 : +match[4] * 3600 + +match[5] * 60 + +match[6];
		return setDate(+match[1], +match[2], +match[3], second, out);
	}
	match = CHINESE.exec(text);
	if (match) {
		const second =
			match[4] === undefined ? -1 : +match[4] * 3600 + +match[5] * 60 + +(match[6] ?? 0);
		if (second >= 86_400) return false;
		return setDate(+match[1], +match[2], +match[3], second, out);
	}
	match = DAY_MONTH_NAME.exec(text);
	if (match) return setMatch(+match[3], monthNumber(match[2]), +match[1], match, 4, out);
	match = MONTH_NAME_DAY.exec(text);
	if (match) return setMatch(+match[3], monthNumber(match[1]), +match[2], match, 4, out);
	if (SERIAL.test(text)) return parseDateNumber(+text, out);
	return false;
}

/** `YYYY-MM-DD`, optionally with ` HH:MM` or ` HH:MM:SS`, read without a regular expression. */
function fastIso(text: string, out: DateValue): boolean {
	const length = text.length;
	if (length !== 10 && length !== 16 && length !== 19) return false;
	if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
	const year = digits(text, 0, 4);
	const month = digits(text, 5, 2);
	const day = digits(text, 8, 2);
	if (year < 0 || month < 0 || day < 0) return false;
	if (length === 10) return setDate(year, month, day, -1, out);
	const separator = text.charCodeAt(10);
	if ((separator !== 32 && separator !== 84) || text.charCodeAt(13) !== 58) return false;
	const hour = digits(text, 11, 2);
	const minute = digits(text, 14, 2);
	let second = 0;
	if (length === 19) {
		if (text.charCodeAt(16) !== 58) return false;
		second = digits(text, 17, 2);
	}
	if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return false;
	return setDate(year, month, day, hour * 3600 + minute * 60 + second, out);
}

/** The number in `count` ASCII digits at `start`, or -1. */
function digits(text: string, start: number, count: number): number {
	let value = 0;
	for (let i = start; i < start + count; i++) {
		const code = text.charCodeAt(i) - 48;
		if (code < 0 || code > 9) return -1;
		value = value * 10 + code;
	}
	return value;
}

function setMatch(
	year: number,
	month: number,
	day: number,
	match: RegExpExecArray,
	timeAt: number,
	out: DateValue
): boolean {
	let second = -1;
	if (match[timeAt] !== undefined) {
		let hour = +match[timeAt];
		const minute = +match[timeAt + 1];
		const seconds = match[timeAt + 2] === undefined ? 0 : +match[timeAt + 2];
		const meridiem = match[timeAt + 3]?.toLowerCase();
		if (meridiem) {
			if (hour < 1 || hour > 12) return false;
			hour = (hour % 12) + (meridiem.startsWith('p') ? 12 : 0);
		}
		if (hour > 23 || minute > 59 || seconds > 59) return false;
		second = hour * 3600 + minute * 60 + seconds;
	}
	return setDate(year, month, day, second, out);
}

function setDate(year: number, month: number, day: number, second: number, out: DateValue) {
	if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
		lastFailure = 'invalid';
		return false;
	}
	if (year < MIN_YEAR || year > MAX_YEAR) {
		lastFailure = 'outOfRange';
		return false;
	}
	out.day = dayFromParts(year, month, day);
	out.second = second;
	return true;
}

function fromTimestamp(ms: number, out: DateValue): boolean {
	if (!Number.isFinite(ms)) {
		lastFailure = 'invalid';
		return false;
	}
	const day = Math.floor(ms / MS_PER_DAY);
	const seconds = Math.round((ms - day * MS_PER_DAY) / 1000);
	// Excel stores dates as UTC midnight: a date without a time has no time of day.
	return setDateFromDay(day, seconds === 0 ? -1 : Math.min(seconds, 86_399), out);
}

function setDateFromDay(day: number, second: number, out: DateValue): boolean {
	const year = new Date(day * MS_PER_DAY).getUTCFullYear();
	// A YYYYMMDD number in a date-formatted cell reads as a date thousands of years ahead.
	const serial = day - EXCEL_EPOCH_DAY;
	if (year > MAX_YEAR && second === -1 && serial >= 19_000_101 && serial <= 21_001_231)
		return parseDateNumber(serial, out);
	if (year < MIN_YEAR || year > MAX_YEAR) {
		lastFailure = 'outOfRange';
		return false;
	}
	out.day = day;
	out.second = second;
	return true;
}

function daysInMonth(year: number, month: number): number {
	if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Two-digit years: 00–69 → 2000s, 70–99 → 1900s (as spreadsheets read them). */
function expandYear(text: string): number {
	const year = +text;
	if (text.length === 4) return year;
	return year < 70 ? 2000 + year : 1900 + year;
}

function monthNumber(name: string): number {
	return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/**
 * Which reading of `a/b/yyyy` dates the sample supports: a first part over 12 ⇒ day first,
 * a second part over 12 ⇒ month first; all parts ≤ 12 ⇒ ambiguous (the UI asks).
 * Year-first and unambiguous forms give `ymd`.
 */
export function detectDateFormat(samples: readonly Cell[]): {
	dateFormat: DateFormat;
	ambiguous: boolean;
} {
	let dayFirst = 0;
	let monthFirst = 0;
	let partFirst = 0;
	for (const sample of samples) {
		if (typeof sample !== 'string') continue;
		const match = PART_FIRST.exec(sample.trim());
		if (!match) continue;
		partFirst++;
		if (+match[1] > 12 && +match[2] <= 12) dayFirst++;
		else if (+match[2] > 12 && +match[1] <= 12) monthFirst++;
	}
	if (partFirst === 0) return { dateFormat: 'ymd', ambiguous: false };
	if (dayFirst > 0 && monthFirst === 0) return { dateFormat: 'dmy', ambiguous: false };
	if (monthFirst > 0 && dayFirst === 0) return { dateFormat: 'mdy', ambiguous: false };
	// No evidence, or evidence both ways: month first (the most common such export) until asked.
	return { dateFormat: 'mdy', ambiguous: true };
}

/** Whether a cell looks like a date in any supported form (for header and type detection). */
export function looksLikeDate(cell: Cell): boolean {
	if (cell instanceof Date) return true;
	if (typeof cell === 'number')
		return Number.isInteger(cell) && cell >= 10_000_000 && parseDateNumber(cell, PROBE);
	// A five-digit text is a date only in a column already known to hold dates (Excel serials).
	if (typeof cell !== 'string' || SERIAL.test(cell.trim())) return false;
	return parseDateText(cell, 'mdy', PROBE) || parseDateText(cell, 'dmy', PROBE);
}

const PROBE: DateValue = { day: 0, second: -1 };
