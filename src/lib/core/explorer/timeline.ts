/**
 * A customer's order timeline: purchases and returns per month (per year when the history is
 * longer than the chart can show), with empty periods kept so gaps in buying are visible. Rows
 * count as the measures count them: a purchase is a completed order with an amount ≥ 0; a return
 * (status returned, or any negative amount) takes its |amount| off; a cancelled order adds nothing.
 */

import { dayFromParts, partsFromDay } from '../days';
import { ORDER_STATUS, type Order } from '../model';

export interface TimelinePeriod {
	/** First day of the month or year (day number). */
	start: number;
	year: number;
	/** 1–12, or 0 for a whole year. */
	month: number;
	/** Completed orders. */
	purchases: number;
	/** Σ purchase amounts (currency, ≥ 0). */
	purchaseValue: number;
	/** Returns and reversals. */
	returns: number;
	/** Σ returned value (currency, ≥ 0). */
	returnValue: number;
}

export interface OrderTimeline {
	unit: 'month' | 'year';
	periods: TimelinePeriod[];
}

type TimelineOrder = Pick<Order, 'day' | 'amount' | 'status'>;

/** Months from the first to the last order, or years when that is more than `maxPeriods` months. */
export function orderTimeline(orders: readonly TimelineOrder[], maxPeriods = 60): OrderTimeline {
	if (orders.length === 0) return { unit: 'month', periods: [] };
	let first = Infinity;
	let last = -Infinity;
	for (const order of orders) {
		first = Math.min(first, order.day);
		last = Math.max(last, order.day);
	}
	const from = partsFromDay(first);
	const to = partsFromDay(last);
	const months = (to.year - from.year) * 12 + (to.month - from.month) + 1;
	const unit = months > maxPeriods ? 'year' : 'month';
	const count = unit === 'month' ? months : to.year - from.year + 1;
	const periods: TimelinePeriod[] = Array.from({ length: count }, (_, k) => {
		const year =
			unit === 'month' ? from.year + Math.floor((from.month - 1 + k) / 12) : from.year + k;
		const month = unit === 'month' ? ((from.month - 1 + k) % 12) + 1 : 0;
		return {
			start: dayFromParts(year, Math.max(1, month), 1),
			year,
			month,
			purchases: 0,
			purchaseValue: 0,
			returns: 0,
			returnValue: 0
		};
	});
	for (const order of orders) {
		const { year, month } = partsFromDay(order.day);
		const k = unit === 'month' ? (year - from.year) * 12 + (month - from.month) : year - from.year;
		const period = periods[k];
		if (order.status === ORDER_STATUS.returned || order.amount < 0) {
			period.returns++;
			period.returnValue += Math.abs(order.amount);
		} else if (order.status === ORDER_STATUS.ok) {
			period.purchases++;
			period.purchaseValue += order.amount;
		}
	}
	return { unit, periods };
}

/** The latest `limit` orders, newest first (the list under the chart). */
export function latestOrders<T extends Pick<Order, 'day' | 'secondOfDay'>>(
	orders: readonly T[],
	limit: number
): T[] {
	const newestFirst = [...orders].sort((a, b) => b.day - a.day || b.secondOfDay - a.secondOfDay);
	return newestFirst.slice(0, limit);
}
