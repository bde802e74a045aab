/**
 * Orders → purchase transactions as the CLV literature counts them: one transaction per
 * customer per day. Only the CLV models merge same-day orders; every other measure counts
 * orders as the user entered them.
 *
 * Rules (shown to the user with the results):
 * - A purchase is an order with status ok and a positive amount. All purchases of a customer on
 *   one day make one transaction whose value is the sum of their amounts.
 * - A negative amount (a return or cancellation credit, whatever its status) is netted into the
 *   customer's latest transaction on or before its day, so it lowers the value of the purchase it
 *   most likely belongs to without counting as a purchase. Credits before a customer's first
 *   purchase are ignored.
 * - Orders with status returned/cancelled and a non-negative amount, and zero or invalid amounts,
 *   are ignored: they are neither purchases nor credits.
 * A transaction may thus end with a value ≤ 0: it still counts as a purchase occasion for BG/NBD,
 * but Gamma-Gamma (spend) leaves it out.
 */

import type { DayNumber, OrderColumns } from '../model';
import { ORDER_STATUS } from '../model';

/** Transactions of each customer in compressed-row form: customer c owns rows start[c]..start[c+1]. */
export interface CustomerTransactions {
	/** Customers with at least one purchase up to the end day, in order of first appearance. */
	customerIds: string[];
	/** Index of each customer in the orders' `customerIds`. */
	sourceIndex: Uint32Array;
	/** Row offsets, length customers + 1. */
	start: Uint32Array;
	/** Day of each transaction, ascending within a customer. */
	day: Int32Array;
	/** Net value: purchases of the day plus any credits netted in (currency). */
	value: Float64Array;
	/** Cost of goods of the day's purchases where the order gave one (currency). */
	knownCost: Float64Array;
	/** Amount of the day's purchases whose cost is known, the base of the margin (currency). */
	costedAmount: Float64Array;
}

function isPurchase(orders: OrderColumns, row: number): boolean {
	return orders.status[row] === ORDER_STATUS.ok && orders.amount[row] >= 0;
}

/** Row numbers grouped by customer (counting sort), each customer's rows sorted by day. */
function rowsByCustomer(orders: OrderColumns, endDay: DayNumber) {
	const customers = orders.customerIds.length;
	const offsets = new Uint32Array(customers + 1);
	const n = orders.day.length;
	for (let row = 0; row < n; row++) {
		if (orders.day[row] <= endDay) offsets[orders.customer[row] + 1]++;
	}
	for (let c = 0; c < customers; c++) offsets[c + 1] += offsets[c];
	const fill = offsets.slice(0, customers);
	const rows = new Uint32Array(offsets[customers]);
	for (let row = 0; row < n; row++) {
		if (orders.day[row] <= endDay) rows[fill[orders.customer[row]]++] = row;
	}
	const day = orders.day;
	for (let c = 0; c < customers; c++) {
		if (offsets[c + 1] - offsets[c] > 1) {
			rows.subarray(offsets[c], offsets[c + 1]).sort((i, j) => day[i] - day[j] || i - j);
		}
	}
	return { offsets, rows };
}

/** Purchase transactions of every customer up to and including `endDay`, same-day merged. */
export function mergeTransactions(orders: OrderColumns, endDay: DayNumber): CustomerTransactions {
	const { offsets, rows } = rowsByCustomer(orders, endDay);
	const customers = orders.customerIds.length;
	const customerIds: string[] = [];
	const sourceIndex: number[] = [];
	const start: number[] = [0];
	const day: number[] = [];
	const value: number[] = [];
	const knownCost: number[] = [];
	const costedAmount: number[] = [];
	for (let c = 0; c < customers; c++) {
		const first = day.length;
		for (let k = offsets[c]; k < offsets[c + 1];) {
			const today = orders.day[rows[k]];
			let end = k;
			while (end < offsets[c + 1] && orders.day[rows[end]] === today) end++;
			let purchases = 0;
			let cost = 0;
			let costed = 0;
			let credits = 0;
			let bought = false;
			for (let j = k; j < end; j++) {
				const row = rows[j];
				const amount = orders.amount[row];
				if (isPurchase(orders, row)) {
					bought = true;
					purchases += amount;
					if (Number.isFinite(orders.cost[row])) {
						cost += orders.cost[row];
						costed += amount;
					}
				} else if (amount < 0) {
					credits += amount;
				}
			}
			if (bought) {
				day.push(today);
				value.push(purchases);
				knownCost.push(cost);
				costedAmount.push(costed);
			}
			if (credits < 0 && day.length > first) value[value.length - 1] += credits;
			k = end;
		}
		if (day.length > first) {
			customerIds.push(orders.customerIds[c]);
			sourceIndex.push(c);
			start.push(day.length);
		}
	}
	return {
		customerIds,
		sourceIndex: Uint32Array.from(sourceIndex),
		start: Uint32Array.from(start),
		day: Int32Array.from(day),
		value: Float64Array.from(value),
		knownCost: Float64Array.from(knownCost),
		costedAmount: Float64Array.from(costedAmount)
	};
}
