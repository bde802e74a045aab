import { describe, expect, it } from 'vitest';
import {
	BUCKET_COUNT,
	bucketOf,
	customerBuckets,
	joinCustomerBuckets,
	joinOrderBuckets,
	orderBuckets,
	rowsOfCustomer,
	columnsOfBucket
} from './buckets';
import type { OrderColumns } from './model';
import { concatOrders, orderAt, orderCount, pickOrders } from './order-columns';
import { smallSnapshot } from './testing/small-store';

/** The orders as sorted plain objects, to compare column sets regardless of row order. */
function orderSet(columns: OrderColumns) {
	return Array.from({ length: orderCount(columns) }, (_, row) => orderAt(columns, row)).sort(
		(a, b) => a.orderId.localeCompare(b.orderId)
	);
}

describe('bucketOf', () => {
	it('is stable and within range', () => {
		expect(bucketOf('C1')).toBe(bucketOf('C1'));
		for (const id of ['', 'C1', '客户-001', '17850', 'x'.repeat(1000)]) {
			const bucket = bucketOf(id);
			expect(Number.isInteger(bucket) && bucket >= 0 && bucket < BUCKET_COUNT).toBe(true);
		}
	});

	it('spreads sequential ids evenly', () => {
		const counts = new Array(BUCKET_COUNT).fill(0);
		for (let i = 0; i < 100_000; i++) counts[bucketOf(`C${String(i).padStart(6, '0')}`)]++;
		// 390.6 expected per bucket; a fair hash stays well inside ±25 %.
		expect(Math.min(...counts)).toBeGreaterThan(290);
		expect(Math.max(...counts)).toBeLessThan(490);
	});
});

describe('customer buckets', () => {
	it('round-trip every customer exactly once', () => {
		const { customers } = smallSnapshot();
		const buckets = customerBuckets(customers);
		for (const bucket of buckets)
			for (const customer of bucket.customers) expect(bucketOf(customer.id)).toBe(bucket.bucket);
		const back = joinCustomerBuckets(buckets);
		expect(back.map((c) => c.id).sort()).toEqual(['C1', 'C2', 'C3']);
		expect(back.find((c) => c.id === 'C3')).toEqual(customers[2]);
	});
});

describe('order buckets', () => {
	it('encode and decode the columns exactly, NaN and negative values included', () => {
		const { orders } = smallSnapshot();
		const buckets = orderBuckets(orders);
		const back = joinOrderBuckets(buckets);
		expect(orderCount(back)).toBe(5);
		expect(orderSet(back)).toEqual(orderSet(orders));
		const returned = orderSet(back).find((order) => order.orderId === 'SO-3R');
		expect(returned).toMatchObject({ amount: -1999.99, status: 1, customerId: 'C2' });
		expect(Number.isNaN(orderSet(back)[1].cost)).toBe(true);
	});

	it('put all of a customer’s orders in that customer’s bucket, in their original order', () => {
		const { orders } = smallSnapshot();
		for (const bucket of orderBuckets(orders)) {
			for (const id of bucket.customerIds) expect(bucketOf(id)).toBe(bucket.bucket);
		}
		const c1 = orderBuckets(orders).find((bucket) => bucket.bucket === bucketOf('C1'))!;
		const rows = rowsOfCustomer(columnsOfBucket(c1), 'C1');
		expect(rows.map((row) => c1.orderId[row])).toEqual(['SO-1', 'SO-2', 'SO-4']);
		expect(rowsOfCustomer(columnsOfBucket(c1), 'nobody')).toEqual([]);
	});

	it('keep typed column types through encoding', () => {
		const [bucket] = orderBuckets(smallSnapshot().orders);
		expect(bucket.customer).toBeInstanceOf(Uint32Array);
		expect(bucket.day).toBeInstanceOf(Int32Array);
		expect(bucket.amount).toBeInstanceOf(Float64Array);
		expect(bucket.status).toBeInstanceOf(Uint8Array);
	});

	it('scale: 1,000,000 orders of 100,000 customers split and join without loss', () => {
		const n = 1_000_000;
		const customers = 100_000;
		const columns: OrderColumns = {
			customerIds: Array.from({ length: customers }, (_, i) => `C${i}`),
			customer: Uint32Array.from({ length: n }, (_, i) => (i * 7919) % customers),
			day: Int32Array.from({ length: n }, (_, i) => 19_000 + (i % 700)),
			secondOfDay: new Int32Array(n).fill(-1),
			amount: Float64Array.from({ length: n }, (_, i) => (i % 997) + 0.25),
			cost: new Float64Array(n).fill(NaN),
			quantity: new Float64Array(n).fill(1),
			status: new Uint8Array(n),
			orderId: Array.from({ length: n }, (_, i) => `O${i}`),
			product: new Array<string>(n).fill('')
		};
		const buckets = orderBuckets(columns);
		expect(buckets.length).toBe(BUCKET_COUNT);
		const back = joinOrderBuckets(buckets);
		expect(orderCount(back)).toBe(n);
		expect(back.customerIds.length).toBe(customers);
		let total = 0;
		for (let i = 0; i < n; i++) total += back.amount[i];
		let expected = 0;
		for (let i = 0; i < n; i++) expected += columns.amount[i];
		expect(total).toBeCloseTo(expected, 3);
		// Spot-check that order ids still belong to the right customer.
		const owner = new Map<string, string>();
		for (let i = 0; i < n; i += 9973)
			owner.set(columns.orderId[i], columns.customerIds[columns.customer[i]]);
		for (let i = 0; i < n; i++) {
			const want = owner.get(back.orderId[i]);
			if (want !== undefined) expect(back.customerIds[back.customer[i]]).toBe(want);
		}
	}, 60_000);
});

describe('order columns', () => {
	it('pick re-indexes customers to those referred to', () => {
		const { orders } = smallSnapshot();
		const picked = pickOrders(orders, [2, 3]);
		expect(picked.customerIds).toEqual(['C2']);
		expect(Array.from(picked.customer)).toEqual([0, 0]);
	});

	it('concat merges customers that appear in several parts', () => {
		const { orders } = smallSnapshot();
		const joined = concatOrders([pickOrders(orders, [0, 2]), pickOrders(orders, [1, 3, 4])]);
		expect(joined.customerIds.sort()).toEqual(['C1', 'C2']);
		expect(orderSet(joined)).toEqual(orderSet(orders));
	});
});
