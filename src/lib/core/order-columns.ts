/** Building, slicing and joining `OrderColumns` without going through one object per order. */

import type { Order, OrderColumns, OrderStatus } from './model';

/** Columns with room for `n` orders (numbers zeroed, texts unset) of the listed customers. */
export function newOrderColumns(n: number, customerIds: string[] = []): OrderColumns {
	return {
		customerIds,
		customer: new Uint32Array(n),
		day: new Int32Array(n),
		secondOfDay: new Int32Array(n),
		amount: new Float64Array(n),
		cost: new Float64Array(n),
		quantity: new Float64Array(n),
		status: new Uint8Array(n),
		orderId: new Array<string>(n),
		product: new Array<string>(n)
	};
}

/** Writable numbers by row: typed arrays or plain arrays. */
type NumbersByRow = { [row: number]: number };

/** The per-order numbers every order table here keeps under the same names. */
export interface OrderNumbers {
	day: NumbersByRow;
	secondOfDay: NumbersByRow;
	amount: NumbersByRow;
	cost: NumbersByRow;
	quantity: NumbersByRow;
	status: NumbersByRow;
}

/** Copies row `from` of `source`'s order numbers to row `to` of `target`'s. */
export function copyOrderNumbers(
	target: OrderNumbers,
	to: number,
	source: OrderNumbers,
	from: number
): void {
	target.day[to] = source.day[from];
	target.secondOfDay[to] = source.secondOfDay[from];
	target.amount[to] = source.amount[from];
	target.cost[to] = source.cost[from];
	target.quantity[to] = source.quantity[from];
	target.status[to] = source.status[from];
}

/** Empty columns with room for nothing. */
export function emptyOrderColumns(): OrderColumns {
	return newOrderColumns(0);
}

/** Number of orders in the columns. */
export function orderCount(columns: OrderColumns): number {
	return columns.day.length;
}

/** Columns of the given rows of `source`, in the order of `rows`, listing only their customers. */
export function pickOrders(source: OrderColumns, rows: ArrayLike<number>): OrderColumns {
	const n = rows.length;
	const out = newOrderColumns(n);
	const newIndex = new Int32Array(source.customerIds.length).fill(-1);
	for (let i = 0; i < n; i++) {
		const row = rows[i];
		const oldIndex = source.customer[row];
		if (newIndex[oldIndex] < 0) {
			newIndex[oldIndex] = out.customerIds.length;
			out.customerIds.push(source.customerIds[oldIndex]);
		}
		out.customer[i] = newIndex[oldIndex];
		copyOrderNumbers(out, i, source, row);
		out.orderId[i] = source.orderId[row];
		out.product[i] = source.product[row];
	}
	return out;
}

/**
 * All orders of several column sets, one after the other. Customers that appear in several
 * parts are listed once.
 */
export function concatOrders(parts: readonly OrderColumns[]): OrderColumns {
	const total = parts.reduce((sum, part) => sum + orderCount(part), 0);
	const out = newOrderColumns(total);
	const customerIndex = new Map<string, number>();
	let offset = 0;
	for (const part of parts) {
		const remap = part.customerIds.map((id) => {
			let index = customerIndex.get(id);
			if (index === undefined) {
				index = out.customerIds.length;
				customerIndex.set(id, index);
				out.customerIds.push(id);
			}
			return index;
		});
		const n = orderCount(part);
		for (let i = 0; i < n; i++) {
			out.customer[offset + i] = remap[part.customer[i]];
			out.orderId[offset + i] = part.orderId[i];
			out.product[offset + i] = part.product[i];
		}
		out.day.set(part.day, offset);
		out.secondOfDay.set(part.secondOfDay, offset);
		out.amount.set(part.amount, offset);
		out.cost.set(part.cost, offset);
		out.quantity.set(part.quantity, offset);
		out.status.set(part.status, offset);
		offset += n;
	}
	return out;
}

/** One order as an object (for a profile's order list). */
export function orderAt(columns: OrderColumns, row: number): Order {
	return {
		customerId: columns.customerIds[columns.customer[row]],
		day: columns.day[row],
		secondOfDay: columns.secondOfDay[row],
		amount: columns.amount[row],
		cost: columns.cost[row],
		quantity: columns.quantity[row],
		status: columns.status[row] as OrderStatus,
		orderId: columns.orderId[row],
		product: columns.product[row]
	};
}

/** Columns from order objects (small inputs: tests, a hand-entered order). */
export function ordersFromObjects(orders: readonly Order[]): OrderColumns {
	const customerIds: string[] = [];
	const customerIndex = new Map<string, number>();
	const customer = Uint32Array.from(orders, (order) => {
		let index = customerIndex.get(order.customerId);
		if (index === undefined) {
			index = customerIds.length;
			customerIndex.set(order.customerId, index);
			customerIds.push(order.customerId);
		}
		return index;
	});
	return {
		customerIds,
		customer,
		day: Int32Array.from(orders, (order) => order.day),
		secondOfDay: Int32Array.from(orders, (order) => order.secondOfDay),
		amount: Float64Array.from(orders, (order) => order.amount),
		cost: Float64Array.from(orders, (order) => order.cost),
		quantity: Float64Array.from(orders, (order) => order.quantity),
		status: Uint8Array.from(orders, (order) => order.status),
		orderId: orders.map((order) => order.orderId),
		product: orders.map((order) => order.product)
	};
}
