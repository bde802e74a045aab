/**
 * Whether a second file belongs with the stored data: the facts the import screen shows before
 * anything is written (date ranges, gap, shared customers), and whether to ask "add to the
 * stored data or replace it?". A file years away from the stored orders, or sharing no
 * customer with them, is more likely another shop or a test file than more of the same data.
 */

import type { DayNumber } from './model';

/** Days between the ranges above which the import asks (a year). */
export const FAR_APART_DAYS = 365;

export interface DataSide {
	/** Distinct customer ids (records and orders). */
	customers: number;
	/** First and last order day, null without orders. */
	range: { firstDay: DayNumber; lastDay: DayNumber } | null;
}

export interface ImportFit {
	stored: DataSide;
	incoming: DataSide;
	/** Customers in both. */
	sharedCustomers: number;
	/** Days between the two order ranges (0 when they overlap or touch), null without both. */
	gapDays: number | null;
	/** Why to ask: the ranges lie far apart, and/or no customer is shared. */
	reasons: ('far-apart' | 'no-shared-customers')[];
}

/** First and last of the days, null for none. */
export function dayRange(days: ArrayLike<number>): DataSide['range'] {
	let first = Infinity;
	let last = -Infinity;
	for (let i = 0; i < days.length; i++) {
		if (days[i] < first) first = days[i];
		if (days[i] > last) last = days[i];
	}
	return days.length === 0 ? null : { firstDay: first, lastDay: last };
}

/** Days between two ranges: 0 when they overlap, else from the end of one to the start of the other. */
export function daysApart(
	a: NonNullable<DataSide['range']>,
	b: NonNullable<DataSide['range']>
): number {
	if (b.firstDay > a.lastDay) return b.firstDay - a.lastDay;
	if (a.firstDay > b.lastDay) return a.firstDay - b.lastDay;
	return 0;
}

/**
 * The facts of adding `incoming` (customer ids, order days) to `stored`. With nothing stored
 * there is nothing to ask.
 */
export function importFit(
	stored: { customerIds: ReadonlySet<string>; days: ArrayLike<number> },
	incoming: { customerIds: ReadonlySet<string>; days: ArrayLike<number> },
	farApartDays = FAR_APART_DAYS
): ImportFit {
	let shared = 0;
	for (const id of incoming.customerIds) if (stored.customerIds.has(id)) shared++;
	const storedRange = dayRange(stored.days);
	const incomingRange = dayRange(incoming.days);
	const gapDays = storedRange && incomingRange ? daysApart(storedRange, incomingRange) : null;
	const reasons: ImportFit['reasons'] = [];
	if (stored.customerIds.size > 0 && incoming.customerIds.size > 0) {
		if (gapDays !== null && gapDays > farApartDays) reasons.push('far-apart');
		if (shared === 0) reasons.push('no-shared-customers');
	}
	return {
		stored: { customers: stored.customerIds.size, range: storedRange },
		incoming: { customers: incoming.customerIds.size, range: incomingRange },
		sharedCustomers: shared,
		gapDays,
		reasons
	};
}
