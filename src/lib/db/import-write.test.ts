import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { bucketOf } from '$lib/core/buckets';
import { orderCount, ordersFromObjects } from '$lib/core/order-columns';
import { smallSnapshot } from '$lib/core/testing/small-store';
import { closeDatabase, useDatabaseName } from './database';
import { writeImport } from './import-write';
import { storeMeta } from './meta';
import { readSnapshot, replaceStore } from './store';

let name = '';
beforeEach(() => {
	name = `kequn-import-${Math.random()}`;
	useDatabaseName(name);
});
afterEach(async () => {
	closeDatabase();
	await Dexie.delete(name);
});

describe('writing an import', () => {
	it('merges into the store: new customers and orders added, known order ids updated', async () => {
		await replaceStore(smallSnapshot());
		const orders = ordersFromObjects([
			{
				customerId: 'C1',
				orderId: 'SO-1',
				day: 20_000,
				secondOfDay: -1,
				amount: 999,
				cost: NaN,
				quantity: 1,
				status: 0,
				product: ''
			},
			{
				customerId: 'C9',
				orderId: 'SO-9',
				day: 20_001,
				secondOfDay: -1,
				amount: 50,
				cost: NaN,
				quantity: 1,
				status: 0,
				product: ''
			}
		]);
		const summary = await writeImport({
			customers: [
				{ id: 'C1', name: '' },
				{ id: 'C9', name: '' }
			],
			orders,
			customerFields: ['id']
		});
		expect(summary).toEqual({
			customersAdded: 1,
			customersUpdated: 0,
			ordersAdded: 1,
			ordersUpdated: 1,
			ordersUnchanged: 0
		});
		const after = await readSnapshot();
		expect(after.customers).toHaveLength(4);
		expect(after.customers.find((c) => c.id === 'C1')?.name).toBe('王芳');
		expect(orderCount(after.orders)).toBe(6);
		expect(await storeMeta()).toMatchObject({ customers: 4, orders: 6 });

		// The same file again changes nothing.
		const again = await writeImport({
			customers: [
				{ id: 'C1', name: '' },
				{ id: 'C9', name: '' }
			],
			orders,
			customerFields: ['id']
		});
		expect(again).toMatchObject({ customersAdded: 0, ordersAdded: 0 });
		expect(orderCount((await readSnapshot()).orders)).toBe(6);
	});
});

describe('replacing the stored data with an import', () => {
	it('keeps only the file: customers, orders and interactions of the old data are gone, settings stay', async () => {
		const old = smallSnapshot();
		await replaceStore({ ...old, settings: [{ key: 'currency', value: 'CNY' }] });
		const before = (await storeMeta()).dataVersion;
		const summary = await writeImport(
			{
				customers: [{ id: 'N1', name: 'New' }],
				orders: ordersFromObjects([
					{
						customerId: 'N1',
						orderId: 'X-1',
						day: 15_000,
						secondOfDay: -1,
						amount: 12,
						cost: NaN,
						quantity: 1,
						status: 0,
						product: ''
					}
				]),
				customerFields: ['id', 'name']
			},
			'replace'
		);
		expect(summary).toMatchObject({ customersAdded: 1, ordersAdded: 1 });
		const after = await readSnapshot();
		expect(after.customers.map((customer) => customer.id)).toEqual(['N1']);
		expect(orderCount(after.orders)).toBe(1);
		expect(after.interactions).toEqual([]);
		expect(after.runs).toEqual([]);
		expect(after.settings).toContainEqual({ key: 'currency', value: 'CNY' });
		const meta = await storeMeta();
		expect(meta).toMatchObject({ customers: 1, orders: 1, interactions: 0 });
		expect(meta.dataVersion).toBeGreaterThan(before);
	});
});

describe('an order that moved to another customer', () => {
	const order = (customerId: string, orderId: string, amount: number) => ({
		customerId,
		orderId,
		day: 20_000,
		secondOfDay: -1,
		amount,
		cost: NaN,
		quantity: 1,
		status: 0 as const,
		product: ''
	});

	it('is moved, not counted twice, whether the buckets differ or not', async () => {
		// G1 (a guest) and M7 / M8 (members): M7 hashes to another bucket than G1, M8 to the same one.
		let other = 'M0';
		let same = 'M0';
		for (let i = 0; i < 5000 && (other === 'M0' || same === 'M0'); i++) {
			const id = `M${i}`;
			if (bucketOf(id) !== bucketOf('G1') && other === 'M0') other = id;
			if (bucketOf(id) === bucketOf('G1') && same === 'M0' && id !== 'G1') same = id;
		}
		await writeImport({
			customers: [{ id: 'G1', name: '' }],
			orders: ordersFromObjects([order('G1', 'SO-1', 80), order('G1', 'SO-2', 20)]),
			customerFields: ['id']
		});
		const summary = await writeImport({
			customers: [
				{ id: other, name: '' },
				{ id: same, name: '' }
			],
			orders: ordersFromObjects([order(other, 'SO-1', 80), order(same, 'SO-2', 20)]),
			customerFields: ['id']
		});
		expect(summary).toMatchObject({ customersAdded: 2, ordersAdded: 0, ordersUpdated: 2 });
		const { orders } = await readSnapshot();
		expect(orderCount(orders)).toBe(2);
		const owner = (orderId: string) =>
			orders.customerIds[orders.customer[orders.orderId.indexOf(orderId)]];
		expect(owner('SO-1')).toBe(other);
		expect(owner('SO-2')).toBe(same);
		expect((await storeMeta()).orders).toBe(2);
	});
});
