import { describe, expect, it } from 'vitest';
import { dayFromParts } from '../days';
import { detectDateFormat, parseDateCell, parseDateText, type DateValue } from './dates';
import type { DateFormat } from './types';

const at = (h: number, m: number, s = 0) => h * 3600 + m * 60 + s;

describe('parseDateText', () => {
	const cases: [string, DateFormat, [number, number, number], number][] = [
		['2024-03-05', 'ymd', [2024, 3, 5], -1],
		['2010-12-01 08:26:00', 'ymd', [2010, 12, 1], at(8, 26)],
		['2010-12-01T08:26', 'ymd', [2010, 12, 1], at(8, 26)],
		['2024-03-05T14:30:15.250Z', 'ymd', [2024, 3, 5], at(14, 30, 15)],
		['2024/3/5', 'ymd', [2024, 3, 5], -1],
		['2024.03.05 9:05', 'ymd', [2024, 3, 5], at(9, 5)],
		['20240305', 'ymd', [2024, 3, 5], -1],
		['19970101', 'ymd', [1997, 1, 1], -1],
		['20240305143000', 'ymd', [2024, 3, 5], at(14, 30)],
		['05/03/2024', 'dmy', [2024, 3, 5], -1],
		['05/03/2024', 'mdy', [2024, 5, 3], -1],
		['12/1/2010 8:26', 'mdy', [2010, 12, 1], at(8, 26)],
		['31.12.2023', 'dmy', [2023, 12, 31], -1],
		['3/5/24', 'mdy', [2024, 3, 5], -1],
		['3/5/99', 'mdy', [1999, 3, 5], -1],
		['12/1/2010 8:26 PM', 'mdy', [2010, 12, 1], at(20, 26)],
		['12/1/2010 12:05 am', 'mdy', [2010, 12, 1], at(0, 5)],
		['2024年3月5日', 'ymd', [2024, 3, 5], -1],
		['2024年03月05日 14:30', 'ymd', [2024, 3, 5], at(14, 30)],
		['2024年3月5日 14时30分', 'ymd', [2024, 3, 5], at(14, 30)],
		['5-Mar-2024', 'ymd', [2024, 3, 5], -1],
		['Mar 5, 2024', 'ymd', [2024, 3, 5], -1],
		['March 5th 2024', 'ymd', [2024, 3, 5], -1],
		['45356', 'ymd', [2024, 3, 5], -1],
		['  2024-02-29  ', 'ymd', [2024, 2, 29], -1]
	];
	for (const [text, format, [year, month, day], second] of cases)
		it(`reads ${JSON.stringify(text)} (${format})`, () => {
			const out: DateValue = { day: 0, second: 0 };
			expect(parseDateText(text, format, out)).toBe(true);
			expect(out).toEqual({ day: dayFromParts(year, month, day), second });
		});

	const invalid = [
		'',
		'abc',
		'2023-02-29',
		'2024-13-01',
		'2024-04-31',
		'13/13/2024',
		'2024-03-05 25:00',
		'1850-01-01',
		'20241305',
		'12345',
		'=TODAY()',
		'2024-03',
		'2024年13月5日'
	];
	for (const text of invalid)
		it(`rejects ${JSON.stringify(text)}`, () => {
			expect(parseDateText(text, 'ymd', { day: 0, second: 0 })).toBe(false);
		});

	it('reads day-first only when told: 13/05/2024 is not a month-first date', () => {
		expect(parseDateText('13/05/2024', 'mdy', { day: 0, second: 0 })).toBe(false);
		expect(parseDateText('13/05/2024', 'dmy', { day: 0, second: 0 })).toBe(true);
	});
});

describe('parseDateCell', () => {
	it('reads Excel serials (1900 system) and YYYYMMDD integers', () => {
		const out: DateValue = { day: 0, second: 0 };
		expect(parseDateCell(45356, 'ymd', out)).toBe(true);
		expect(out).toEqual({ day: dayFromParts(2024, 3, 5), second: -1 });
		expect(parseDateCell(45356.5, 'ymd', out)).toBe(true);
		expect(out).toEqual({ day: dayFromParts(2024, 3, 5), second: at(12, 0) });
		expect(parseDateCell(19970101, 'ymd', out)).toBe(true);
		expect(out.day).toBe(dayFromParts(1997, 1, 1));
		expect(parseDateCell(42, 'ymd', out)).toBe(false);
	});

	it('reads Date objects as UTC calendar days (how Excel readers return them)', () => {
		const out: DateValue = { day: 0, second: 0 };
		expect(parseDateCell(new Date(Date.UTC(2024, 2, 5)), 'ymd', out)).toBe(true);
		expect(out).toEqual({ day: dayFromParts(2024, 3, 5), second: -1 });
		expect(parseDateCell(new Date(Date.UTC(2024, 2, 5, 14, 30)), 'ymd', out)).toBe(true);
		expect(out.second).toBe(at(14, 30));
		expect(parseDateCell(true, 'ymd', out)).toBe(false);
		expect(parseDateCell(null, 'ymd', out)).toBe(false);
	});
});

describe('detectDateFormat', () => {
	it('finds day-first when a first part is over 12', () => {
		expect(detectDateFormat(['01/02/2024', '25/02/2024'])).toEqual({
			dateFormat: 'dmy',
			ambiguous: false
		});
	});
	it('finds month-first when a second part is over 12', () => {
		expect(detectDateFormat(['01/02/2024', '12/31/2024 8:00'])).toEqual({
			dateFormat: 'mdy',
			ambiguous: false
		});
	});
	it('reports ambiguity when every part is 12 or less', () => {
		expect(detectDateFormat(['01/02/2024', '03/04/2024'])).toEqual({
			dateFormat: 'mdy',
			ambiguous: true
		});
	});
	it('is year-first for ISO and Chinese dates', () => {
		expect(detectDateFormat(['2024-01-02', '2024年3月5日', 20240305])).toEqual({
			dateFormat: 'ymd',
			ambiguous: false
		});
	});
});
