import { describe, expect, it } from 'vitest';
import { mergeCustomers, mergeOrders } from './import-merge';
import type { Order } from './model';
import { orderAt, orderCount, ordersFromObjects } from './order-columns';

const order = (customerId: string, orderId: string, day: number, amount: number): Order => ({
	customerId,
	orderId,
	day,
	amount,
	secondOfDay: -1,
	cost: NaN,
	quantity: 1,
	status: 0,
	product: ''
});

const rows = (columns: ReturnType<typeof ordersFromObjects>) =>
	Array.from({ length: orderCount(columns) }, (_, row) => orderAt(columns, row)).sort(
		(a, b) => a.day - b.day || a.orderId.localeCompare(b.orderId)
	);

describe('merging orders', () => {
	it('re-importing the same export changes nothing', () => {
		const stored = ordersFromObjects([order('C1', 'O1', 1, 10), order('C2', 'O2', 2, 20)]);
		const result = mergeOrders(stored, stored);
		expect(result).toMatchObject({ added: 0, updated: 2, unchanged: 0 });
		expect(rows(result.merged)).toEqual(rows(stored));
	});

	it('a newer export adds new orders and updates changed ones by order id', () => {
		const stored = ordersFromObjects([order('C1', 'O1', 1, 10), order('C2', 'O2', 2, 20)]);
		const newer = ordersFromObjects([
			order('C2', 'O2', 2, 25), // corrected amount
			order('C3', 'O3', 3, 30) // new
		]);
		const result = mergeOrders(stored, newer);
		expect(result).toMatchObject({ added: 1, updated: 1 });
		expect(rows(result.merged).map((o) => [o.orderId, o.amount])).toEqual([
			['O1', 10],
			['O2', 25],
			['O3', 30]
		]);
	});

	it('orders without an id are not added twice, but two different ones on a day are two', () => {
		const stored = ordersFromObjects([order('C1', '', 1, 10)]);
		const again = ordersFromObjects([order('C1', '', 1, 10), order('C1', '', 1, 12)]);
		const result = mergeOrders(stored, again);
		expect(result).toMatchObject({ added: 1, unchanged: 1 });
		expect(orderCount(result.merged)).toBe(2);
	});
});

describe('merging customers', () => {
	it('adds new customers and updates only the supplied fields of known ones', () => {
		const stored = [
			{ id: 'C1', name: '王芳', city: '杭州', phone: '138' },
			{ id: 'C2', name: 'Bob' }
		];
		const incoming = [
			{ id: 'C1', name: '', city: '上海' }, // orders-only style: no name
			{ id: 'C3', name: 'New' }
		];
		const result = mergeCustomers(stored, incoming, ['id', 'name', 'city']);
		expect(result).toMatchObject({ added: 1, updated: 1 });
		const c1 = result.merged.find((c) => c.id === 'C1');
		expect(c1).toEqual({ id: 'C1', name: '王芳', city: '上海', phone: '138' });
		expect(result.merged).toHaveLength(3);
	});

	it('an orders-only file leaves stored customer records alone', () => {
		const stored = [{ id: 'C1', name: '王芳', city: '杭州' }];
		const result = mergeCustomers(stored, [{ id: 'C1', name: '' }], ['id']);
		expect(result).toMatchObject({ added: 0, updated: 0 });
		expect(result.merged).toEqual(stored);
	});
});
