/** Orders: stored as typed columns per customer-hash bucket (see core/buckets.ts). */

import { bucketOf, columnsOfBucket, joinOrderBuckets, rowsOfCustomer } from '$lib/core/buckets';
import type { Order, OrderColumns } from '$lib/core/model';
import { orderAt } from '$lib/core/order-columns';
import { database } from './database';

/** Every order as one set of columns. */
export async function allOrders(): Promise<OrderColumns> {
	return joinOrderBuckets(await database().orderBuckets.toArray());
}

/** The orders of one customer, oldest first. Reads one bucket. */
export async function ordersOfCustomer(customerId: string): Promise<Order[]> {
	const record = await database().orderBuckets.get(bucketOf(customerId));
	if (!record) return [];
	const columns = columnsOfBucket(record);
	return rowsOfCustomer(columns, customerId)
		.map((row) => orderAt(columns, row))
		.sort((a, b) => a.day - b.day || a.secondOfDay - b.secondOfDay);
}
