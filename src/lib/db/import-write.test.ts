import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
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
