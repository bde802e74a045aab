/** The span of the stored orders. */

import type { DayNumber, OrderColumns } from './model';

/** First and last order day, or null without orders. */
export function orderPeriod(
	orders: OrderColumns
): { firstDay: DayNumber; lastDay: DayNumber } | null {
	if (orders.day.length === 0) return null;
	let firstDay = Infinity;
	let lastDay = -Infinity;
	for (const day of orders.day) {
		if (day < firstDay) firstDay = day;
		if (day > lastDay) lastDay = day;
	}
	return { firstDay, lastDay };
}
