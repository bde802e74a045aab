/** Calendar-day arithmetic on day numbers (days since 1970-01-01), free of time zones. */

import type { DayNumber } from './model';

const MS_PER_DAY = 86_400_000;

/** The day number of a calendar date (month 1–12). */
export function dayFromParts(year: number, month: number, day: number): DayNumber {
	return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Year, month (1–12) and day of a day number. */
export function partsFromDay(dayNumber: DayNumber): { year: number; month: number; day: number } {
	const date = new Date(dayNumber * MS_PER_DAY);
	return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** ISO `YYYY-MM-DD` of a day number. */
export function isoFromDay(dayNumber: DayNumber): string {
	return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Day number of an ISO `YYYY-MM-DD` string, or NaN when it is not one. */
export function dayFromIso(iso: string): DayNumber {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) return NaN;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const result = dayFromParts(year, month, day);
	const back = partsFromDay(result);
	return back.month === month && back.day === day ? result : NaN;
}

/** The user's calendar day of a JavaScript Date, in the local time zone. */
export function localDay(date: Date): DayNumber {
	return dayFromParts(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** A UTC Date at midnight of a day number, for `Intl.DateTimeFormat` with `timeZone: 'UTC'`. */
export function dateOfDay(dayNumber: DayNumber): Date {
	return new Date(dayNumber * MS_PER_DAY);
}

/** Day of week, 0 = Sunday. */
export function weekdayOfDay(dayNumber: DayNumber): number {
	return (((dayNumber + 4) % 7) + 7) % 7;
}
