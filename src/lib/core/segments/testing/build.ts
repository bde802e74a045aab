/** Test helper: order columns and measures from terse hand-written rows. Tests only. */

import type { Customer, OrderColumns, OrderStatus } from '../../model';
import { ordersFromObjects } from '../../order-columns';
import type { CustomerMeasures } from '../measures';
import { computeMeasures } from '../measures';

/** [customer id, day, amount, status (default ok), cost (default unknown)] */
export type Row = [string, number, number, OrderStatus?, number?];

/** Order columns from rows. */
export function ordersOf(rows: readonly Row[]): OrderColumns {
	return ordersFromObjects(
		rows.map(([customerId, day, amount, status = 0, cost = NaN], k) => ({
			customerId,
			day,
			secondOfDay: -1,
			amount,
			cost,
			quantity: NaN,
			status,
			orderId: `O${k + 1}`,
			product: ''
		}))
	);
}

/** Measures of rows (and optional records) as of `analysisDay`. */
export function measuresOf(
	rows: readonly Row[],
	analysisDay?: number,
	customers: readonly Customer[] = []
): CustomerMeasures {
	return computeMeasures(ordersOf(rows), customers, analysisDay);
}

/** Rows of one customer per spec: `orders` purchases worth `value`, the last at 1000 − recency. */
export function customersWith(
	specs: readonly { orders: number; value: number; recency: number }[]
): Row[] {
	const rows: Row[] = [];
	specs.forEach((spec, k) => {
		for (let j = 0; j < spec.orders; j++) {
			rows.push([`C${k + 1}`, 1000 - spec.recency - j, spec.value / spec.orders]);
		}
	});
	return rows;
}
