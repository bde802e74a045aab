import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { customerBuckets, orderBuckets } from '$lib/core/buckets';
import { smallSnapshot } from '$lib/core/testing/small-store';
import { closeDatabase, useDatabaseName } from './database';
import { storeMeta } from './meta';
import { createDatabase, SCHEMA_VERSION } from './schema';
import { readSnapshot } from './store';
import { orderCount } from '$lib/core/order-columns';

const names: string[] = [];
afterEach(async () => {
	closeDatabase();
	for (const name of names.splice(0)) await Dexie.delete(name);
});

/** Write the small store with the schema as it was at version 1. */
async function writeVersion1(name: string) {
	const old = createDatabase(name, 1);
	const snapshot = smallSnapshot();
	await old.open();
	expect(old.verno).toBe(1);
	await old.customerBuckets.bulkPut(customerBuckets(snapshot.customers));
	await old.orderBuckets.bulkPut(orderBuckets(snapshot.orders));
	await old.interactions.bulkPut(snapshot.interactions);
	await old.settings.bulkPut(snapshot.settings);
	old.close();
}

describe('schema migrations', () => {
	it('the current code opens a version-1 database and keeps all its data', async () => {
		const name = `kequn-migrate-${Math.random()}`;
		names.push(name);
		await writeVersion1(name);
		useDatabaseName(name);
		const snapshot = await readSnapshot();
		expect(snapshot.customers.map((c) => c.id).sort()).toEqual(['C1', 'C2', 'C3']);
		expect(orderCount(snapshot.orders)).toBe(5);
		expect(snapshot.interactions).toHaveLength(2);
		expect(snapshot.settings).toEqual([{ key: 'currency', value: 'CNY' }]);
	});

	it('v2 fills the meta record from the existing data', async () => {
		const name = `kequn-migrate-${Math.random()}`;
		names.push(name);
		await writeVersion1(name);
		useDatabaseName(name);
		expect(await storeMeta()).toMatchObject({
			dataVersion: 1,
			customers: 3,
			orders: 5,
			interactions: 2
		});
		const current = createDatabase(name);
		await current.open();
		expect(current.verno).toBe(SCHEMA_VERSION);
		current.close();
	});

	it('an empty version-1 database migrates to an empty store', async () => {
		const name = `kequn-migrate-${Math.random()}`;
		names.push(name);
		const old = createDatabase(name, 1);
		await old.open();
		old.close();
		useDatabaseName(name);
		expect(await storeMeta()).toMatchObject({ dataVersion: 0, customers: 0, orders: 0 });
	});
});
