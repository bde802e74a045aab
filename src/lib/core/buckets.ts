/**
 * How the store lays out the bulk tables. IndexedDB here costs ~0.2 ms per record whatever its
 * size (../shared/docs/stack.md), so one record per order or per customer cannot hold a real
 * shop. Instead customers and orders are hashed by customer id into a fixed number of buckets;
 * a bucket is one record holding all of its customers (objects) or all of their orders (typed
 * columns). A million orders are then 256 records, and one customer's profile or edit touches
 * exactly one customer bucket and one order bucket.
 */

import type { Customer, OrderColumns } from './model';
import { concatOrders, emptyOrderColumns, orderCount, pickOrders } from './order-columns';

/** Number of buckets: a power of two, fixed for the life of a database (changing it is a migration). */
export const BUCKET_COUNT = 256;

/** The bucket of a customer id: FNV-1a over its UTF-16 code units, folded to BUCKET_COUNT. */
export function bucketOf(customerId: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < customerId.length; i++) {
		hash ^= customerId.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0) % BUCKET_COUNT;
}

/** One stored record of the customers table. */
export interface CustomerBucket {
	bucket: number;
	customers: Customer[];
}

/** One stored record of the orders table: the orders of the customers hashed to `bucket`. */
export interface OrderBucket extends OrderColumns {
	bucket: number;
}

/** Customers split into their buckets (only non-empty buckets are returned), input order kept. */
export function customerBuckets(customers: readonly Customer[]): CustomerBucket[] {
	const byBucket = new Map<number, Customer[]>();
	for (const customer of customers) {
		const bucket = bucketOf(customer.id);
		let list = byBucket.get(bucket);
		if (!list) byBucket.set(bucket, (list = []));
		list.push(customer);
	}
	return [...byBucket.entries()]
		.sort((a, b) => a[0] - b[0])
		.map(([bucket, list]) => ({ bucket, customers: list }));
}

/** Orders split into their customers' buckets (only non-empty buckets), row order kept. */
export function orderBuckets(orders: OrderColumns): OrderBucket[] {
	const bucketOfCustomer = Uint16Array.from(orders.customerIds, bucketOf);
	const n = orderCount(orders);
	const counts = new Uint32Array(BUCKET_COUNT);
	for (let row = 0; row < n; row++) counts[bucketOfCustomer[orders.customer[row]]]++;
	const rowsByBucket = Array.from(counts, (count) => new Uint32Array(count));
	const filled = new Uint32Array(BUCKET_COUNT);
	for (let row = 0; row < n; row++) {
		const bucket = bucketOfCustomer[orders.customer[row]];
		rowsByBucket[bucket][filled[bucket]++] = row;
	}
	const result: OrderBucket[] = [];
	rowsByBucket.forEach((rows, bucket) => {
		if (rows.length > 0) result.push({ bucket, ...pickOrders(orders, rows) });
	});
	return result;
}

/** Strip the bucket key from a stored order record. */
export function columnsOfBucket(record: OrderBucket): OrderColumns {
	const { bucket: _bucket, ...columns } = record;
	return columns;
}

/** All customers of the given buckets, in bucket order. */
export function joinCustomerBuckets(buckets: readonly CustomerBucket[]): Customer[] {
	return buckets.flatMap((bucket) => bucket.customers);
}

/** All orders of the given buckets as one set of columns, in bucket order. */
export function joinOrderBuckets(buckets: readonly OrderBucket[]): OrderColumns {
	if (buckets.length === 0) return emptyOrderColumns();
	return concatOrders(buckets.map(columnsOfBucket));
}

/** The rows of one customer in an order bucket's columns. */
export function rowsOfCustomer(columns: OrderColumns, customerId: string): number[] {
	const index = columns.customerIds.indexOf(customerId);
	if (index < 0) return [];
	const rows: number[] = [];
	for (let row = 0; row < columns.customer.length; row++) {
		if (columns.customer[row] === index) rows.push(row);
	}
	return rows;
}
