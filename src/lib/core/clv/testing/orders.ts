/** Small hand-written order lists for CLV tests. */

import type { Order, OrderColumns, OrderStatus } from '../../model';
import { ORDER_STATUS } from '../../model';
import { ordersFromObjects } from '../../order-columns';

/** [customer, day, amount, status?, cost?] per order. */
export type OrderRow = [string, number, number, OrderStatus?, number?];

/** Order columns from compact rows (status ok and unknown cost unless given). */
export function ordersOf(rows: readonly OrderRow[]): OrderColumns {
	return ordersFromObjects(
		rows.map(([customerId, day, amount, status, cost]): Order => ({
			customerId,
			day,
			secondOfDay: -1,
			amount,
			cost: cost ?? NaN,
			quantity: 1,
			status: status ?? ORDER_STATUS.ok,
			orderId: '',
			product: ''
		}))
	);
}
