/** Orders as they are built: growable typed columns, trimmed into `OrderColumns` at the end. */

import type { OrderColumns } from '../model';

/** Why an order reduces value, as bits (a line-item order collects them from all its lines). */
export const MARK_ID_CANCELLED = 1;
export const MARK_STATUS_CANCELLED = 2;
export const MARK_STATUS_RETURNED = 4;

const INITIAL_CAPACITY = 4096;

export class OrderTable {
	length = 0;
	customer = new Uint32Array(INITIAL_CAPACITY);
	day = new Int32Array(INITIAL_CAPACITY);
	secondOfDay = new Int32Array(INITIAL_CAPACITY);
	amount = new Float64Array(INITIAL_CAPACITY);
	cost = new Float64Array(INITIAL_CAPACITY);
	quantity = new Float64Array(INITIAL_CAPACITY);
	/** Source rows in the order (1 for an order-level file). */
	rows = new Uint32Array(INITIAL_CAPACITY);
	marks = new Uint8Array(INITIAL_CAPACITY);
	orderId: string[] = [];
	product: string[] = [];

	/** Appends an order and returns its index. */
	push(
		customer: number,
		day: number,
		second: number,
		amount: number,
		cost: number,
		quantity: number,
		marks: number,
		orderId: string,
		product: string
	): number {
		if (this.length === this.day.length) this.#grow();
		const index = this.length++;
		this.customer[index] = customer;
		this.day[index] = day;
		this.secondOfDay[index] = second;
		this.amount[index] = amount;
		this.cost[index] = cost;
		this.quantity[index] = quantity;
		this.rows[index] = 1;
		this.marks[index] = marks;
		this.orderId.push(orderId);
		this.product.push(product);
		return index;
	}

	/** Adds one more line to an order: amounts and units add up, unknown (NaN) parts are skipped. */
	addLine(
		index: number,
		amount: number,
		cost: number,
		quantity: number,
		marks: number,
		product: string
	) {
		this.amount[index] += amount;
		this.cost[index] = addKnown(this.cost[index], cost);
		this.quantity[index] = addKnown(this.quantity[index], quantity);
		this.rows[index]++;
		this.marks[index] |= marks;
		if (this.product[index] === '' && product !== '') this.product[index] = product;
	}

	/** Final columns, `status` filled in by the caller; arrays trimmed to the orders present. */
	toColumns(customerIds: string[], status: Uint8Array): OrderColumns {
		const n = this.length;
		return {
			customerIds,
			customer: this.customer.slice(0, n),
			day: this.day.slice(0, n),
			secondOfDay: this.secondOfDay.slice(0, n),
			amount: this.amount.slice(0, n),
			cost: this.cost.slice(0, n),
			quantity: this.quantity.slice(0, n),
			status,
			orderId: this.orderId,
			product: this.product
		};
	}

	#grow(): void {
		const capacity = this.day.length * 2;
		this.customer = grown(this.customer, new Uint32Array(capacity));
		this.day = grown(this.day, new Int32Array(capacity));
		this.secondOfDay = grown(this.secondOfDay, new Int32Array(capacity));
		this.amount = grown(this.amount, new Float64Array(capacity));
		this.cost = grown(this.cost, new Float64Array(capacity));
		this.quantity = grown(this.quantity, new Float64Array(capacity));
		this.rows = grown(this.rows, new Uint32Array(capacity));
		this.marks = grown(this.marks, new Uint8Array(capacity));
	}
}

function grown<T extends Uint32Array | Int32Array | Float64Array | Uint8Array>(old: T, next: T): T {
	next.set(old);
	return next;
}

function addKnown(total: number, part: number): number {
	if (Number.isNaN(part)) return total;
	return Number.isNaN(total) ? part : total + part;
}
