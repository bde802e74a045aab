/**
 * The per-customer summary the buy-till-you-die literature fits on (frequency, recency, age,
 * monetary value), the hold-out counts for back-tests, and the grouping of identical customers
 * that makes fitting fast.
 */

import type { DayNumber, OrderColumns } from '../model';
import { mergeTransactions, type CustomerTransactions } from './transactions';

export type TimeUnit = 'day' | 'week';

/** Length of one model time unit in days. */
export const UNIT_DAYS: Record<TimeUnit, number> = { day: 1, week: 7 };

/**
 * One row per customer with a purchase on or before the calibration end. Times are in model
 * units (days or weeks); note that "recency" here is the literature's t_x (first to last
 * purchase), not the RFM recency (days since the last order).
 */
export interface RfmSummary {
	unit: TimeUnit;
	calibrationEnd: DayNumber;
	customerIds: string[];
	/** Index of each customer in the orders' `customerIds`. */
	sourceIndex: Uint32Array;
	firstDay: Int32Array;
	/** x: repeat transactions (transactions after the first) in the calibration period. */
	frequency: Float64Array;
	/** t_x: time from the first to the last transaction (0 without repeats). */
	recency: Float64Array;
	/** T: time from the first transaction to the calibration end. */
	age: Float64Array;
	/** t_x and T in whole days, for exact grouping. */
	recencyDays: Int32Array;
	ageDays: Int32Array;
	/** Mean value of the repeat transactions with a positive value; NaN when there are none. */
	monetary: Float64Array;
	/** How many repeat transactions `monetary` averages (the Gamma-Gamma x). */
	monetaryCount: Uint32Array;
	/** Margin share 0–1 from orders with a known cost; NaN where no cost is known. */
	margin: Float64Array;
}

/** The summary of calibration-period transactions (all on or before `calibrationEnd`). */
export function rfmSummary(
	calibration: CustomerTransactions,
	calibrationEnd: DayNumber,
	unit: TimeUnit
): RfmSummary {
	const n = calibration.customerIds.length;
	const unitDays = UNIT_DAYS[unit];
	const summary: RfmSummary = {
		unit,
		calibrationEnd,
		customerIds: calibration.customerIds,
		sourceIndex: calibration.sourceIndex,
		firstDay: new Int32Array(n),
		frequency: new Float64Array(n),
		recency: new Float64Array(n),
		age: new Float64Array(n),
		recencyDays: new Int32Array(n),
		ageDays: new Int32Array(n),
		monetary: new Float64Array(n),
		monetaryCount: new Uint32Array(n),
		margin: new Float64Array(n)
	};
	const { start, day, value } = calibration;
	for (let c = 0; c < n; c++) {
		const first = start[c];
		const last = start[c + 1] - 1;
		summary.firstDay[c] = day[first];
		summary.frequency[c] = last - first;
		summary.recencyDays[c] = day[last] - day[first];
		summary.ageDays[c] = calibrationEnd - day[first];
		summary.recency[c] = summary.recencyDays[c] / unitDays;
		summary.age[c] = summary.ageDays[c] / unitDays;
		let spend = 0;
		let count = 0;
		for (let k = first + 1; k <= last; k++) {
			if (value[k] > 0) {
				spend += value[k];
				count++;
			}
		}
		summary.monetary[c] = count > 0 ? spend / count : NaN;
		summary.monetaryCount[c] = count;
		let cost = 0;
		let costed = 0;
		for (let k = first; k <= last; k++) {
			cost += calibration.knownCost[k];
			costed += calibration.costedAmount[k];
		}
		summary.margin[c] = costed > 0 ? 1 - cost / costed : NaN;
	}
	return summary;
}

/**
 * Transactions of each summary customer after the calibration end up to `holdoutEnd`, from
 * transactions merged through at least that day.
 */
export function holdoutFrequency(
	summary: RfmSummary,
	through: CustomerTransactions,
	holdoutEnd: DayNumber
): Uint32Array {
	const rowOfSource = new Map<number, number>();
	through.sourceIndex.forEach((source, row) => rowOfSource.set(source, row));
	const counts = new Uint32Array(summary.customerIds.length);
	summary.sourceIndex.forEach((source, c) => {
		const row = rowOfSource.get(source);
		if (row === undefined) return;
		for (let k = through.start[row]; k < through.start[row + 1]; k++) {
			const day = through.day[k];
			if (day > summary.calibrationEnd && day <= holdoutEnd) counts[c]++;
		}
	});
	return counts;
}

export interface SummaryOptions {
	calibrationEnd: DayNumber;
	unit: TimeUnit;
	/** Last day of the hold-out period; none (or not after the calibration end) for no hold-out. */
	holdoutEnd?: DayNumber;
}

export interface OrdersSummary {
	summary: RfmSummary;
	/** Per summary customer; all zero without a hold-out period. */
	holdout: Uint32Array;
	/** Transactions through the hold-out end (the calibration end without one). */
	transactions: CustomerTransactions;
}

/**
 * The calibration summary of orders and, with a hold-out end, the hold-out counts. Values use
 * only what was known at the calibration end (a later return does not change them).
 */
export function summarizeOrders(orders: OrderColumns, options: SummaryOptions): OrdersSummary {
	const calibration = mergeTransactions(orders, options.calibrationEnd);
	const summary = rfmSummary(calibration, options.calibrationEnd, options.unit);
	const holdoutEnd = options.holdoutEnd ?? options.calibrationEnd;
	if (!(holdoutEnd > options.calibrationEnd)) {
		return {
			summary,
			holdout: new Uint32Array(summary.customerIds.length),
			transactions: calibration
		};
	}
	const transactions = mergeTransactions(orders, holdoutEnd);
	return { summary, holdout: holdoutFrequency(summary, transactions, holdoutEnd), transactions };
}

/** Customers with identical (x, t_x, T) merged into one weighted row. */
export interface GroupedSummary {
	frequency: Float64Array;
	recency: Float64Array;
	age: Float64Array;
	/** Number of customers in the group. */
	weight: Float64Array;
	/** Group of each summary customer. */
	groupOf: Uint32Array;
}

/** Groups identical (x, t_x, T) triples; the likelihood then loops over groups, not customers. */
export function groupSummary(summary: RfmSummary): GroupedSummary {
	const n = summary.customerIds.length;
	let span = 1;
	for (let c = 0; c < n; c++) span = Math.max(span, summary.ageDays[c] + 1);
	const groupOf = new Uint32Array(n);
	const groupOfKey = new Map<number, number>();
	const first: number[] = [];
	const weight: number[] = [];
	for (let c = 0; c < n; c++) {
		// Exact while x · span² < 2^53: x below 10^7 with spans of a few thousand days.
		const key = (summary.frequency[c] * span + summary.ageDays[c]) * span + summary.recencyDays[c];
		let group = groupOfKey.get(key);
		if (group === undefined) {
			group = first.length;
			groupOfKey.set(key, group);
			first.push(c);
			weight.push(0);
		}
		groupOf[c] = group;
		weight[group]++;
	}
	return {
		frequency: Float64Array.from(first, (c) => summary.frequency[c]),
		recency: Float64Array.from(first, (c) => summary.recency[c]),
		age: Float64Array.from(first, (c) => summary.age[c]),
		weight: Float64Array.from(weight),
		groupOf
	};
}
