/**
 * Cohort retention: customers grouped by the calendar month of their first purchase (the
 * cohort), and for each month since, how many of them bought and for how much.
 *
 * Which orders count — the same rows the measures count as a purchase: status ok and an amount
 * ≥ 0. Returns (status 'returned'), reversing cancellations (a negative amount, such as Online
 * Retail's 'C' invoices) and cancelled orders count neither for the cohort nor as activity, and
 * do not reduce revenue (a return often lands in a later month than its sale). Months are
 * calendar months of the order's date (day numbers are UTC dates, so no time zone moves an order).
 *
 * - cohort: the month (YYYY-MM) of the customer's first purchase; customers without a
 *   purchase belong to no cohort;
 * - months since: order month − cohort month (0 = the cohort month itself), from 0 up to the
 *   month of the last purchase in the data, so every cohort row ends at the same calendar month;
 * - active: the cohort's customers with at least one purchase in that month (0 ≡ everyone);
 * - share: active / customers;
 * - revenue: the sum of the amounts of the cohort's purchases in that month (currency); revenue
 *   per cohort customer is revenue / customers.
 */

import { partsFromDay } from './days';
import { ORDER_STATUS, type OrderColumns } from './model';

export interface CohortRow {
	/** The month of the first purchase, YYYY-MM. */
	cohort: string;
	customers: number;
	/** Per month since (index 0 = the cohort month): customers who bought, and their revenue. */
	active: number[];
	revenue: number[];
}

/** A month as year × 12 + month − 1 (a count of months). */
function monthIndex(day: number): number {
	const { year, month } = partsFromDay(day);
	return year * 12 + month - 1;
}

function monthLabel(index: number): string {
	const year = Math.floor(index / 12);
	return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The cohorts of the orders, oldest first (see the module comment for what counts). */
export function cohortRetention(orders: OrderColumns): CohortRow[] {
	const { customer, day, amount, status } = orders;
	const slots = orders.customerIds.length;
	const first = new Float64Array(slots).fill(Infinity);
	const month = new Int32Array(day.length);
	let last = -Infinity;
	const counts = (row: number) => status[row] === ORDER_STATUS.ok && amount[row] >= 0;
	for (let row = 0; row < day.length; row++) {
		if (!counts(row)) continue;
		const m = monthIndex(day[row]);
		month[row] = m;
		if (m < first[customer[row]]) first[customer[row]] = m;
		if (m > last) last = m;
	}
	const byCohort = new Map<number, CohortRow>();
	for (let slot = 0; slot < slots; slot++) {
		const m = first[slot];
		if (m === Infinity) continue;
		let row = byCohort.get(m);
		if (!row) {
			const width = last - m + 1;
			row = {
				cohort: monthLabel(m),
				customers: 0,
				active: new Array<number>(width).fill(0),
				revenue: new Array<number>(width).fill(0)
			};
			byCohort.set(m, row);
		}
		row.customers++;
	}
	// A customer counts once per month: remember the last month counted for each.
	const seen = new Map<number, Set<number>>();
	for (let row = 0; row < day.length; row++) {
		if (!counts(row)) continue;
		const slot = customer[row];
		const cohort = byCohort.get(first[slot])!;
		const since = month[row] - first[slot];
		cohort.revenue[since] += amount[row];
		let months = seen.get(slot);
		if (!months) seen.set(slot, (months = new Set()));
		if (!months.has(since)) {
			months.add(since);
			cohort.active[since]++;
		}
	}
	return [...byCohort.entries()].sort((a, b) => a[0] - b[0]).map(([, row]) => row);
}

/** The CSV header of `cohortCsvRows` (the CLI's and the export's columns). */
export const COHORT_HEADER = [
	'cohort',
	'months_since',
	'customers',
	'active',
	'share',
	'revenue'
] as const;

/** One row per cohort and month since: cohort, months_since, customers, active, share, revenue. */
export function cohortCsvRows(rows: readonly CohortRow[]): (string | number)[][] {
	return rows.flatMap((row) =>
		row.active.map((active, since) => [
			row.cohort,
			since,
			row.customers,
			active,
			active / row.customers,
			row.revenue[since]
		])
	);
}
