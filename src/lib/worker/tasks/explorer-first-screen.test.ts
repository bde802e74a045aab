import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '$lib/core/demo';
import { saveCustomer } from '$lib/db/customers';
import { closeDatabase, database, useDatabaseName } from '$lib/db/database';
import { keptScreen } from '$lib/db/first-screens';
import { storeMeta } from '$lib/db/meta';
import { readSnapshot, replaceStore } from '$lib/db/store';
import { directoryQuery, keepFirstScreen } from './explorer-directory';
import { LIST_FIELDS, LIST_FIRST_SCREEN, OPENING_QUERY, type FirstPage } from './explorer-keys';

const name = `kequn-first-screen-test-${Math.random()}`;
const snapshot = generateDemo({ seed: 11, customers: 300, months: 12 });

beforeAll(async () => {
	useDatabaseName(name);
	await replaceStore(snapshot);
});
afterAll(async () => {
	closeDatabase();
	await Dexie.delete(name);
});

describe("the customer list's kept first screen", () => {
	it('is made for exactly the stored data: the first 60 customers by id, as the list shows them', async () => {
		await keepFirstScreen();
		const kept = (await keptScreen<FirstPage>(LIST_FIRST_SCREEN))!;
		const record = (await database().firstScreens.get(LIST_FIRST_SCREEN))!;
		const meta = await storeMeta();
		expect(record.dataVersion).toBe(meta.dataVersion);
		expect(record.updatedAt).toBe(meta.updatedAt);
		expect(kept.fields).toEqual(LIST_FIELDS);
		expect(kept.total).toBe(300);
		expect(kept.rows).toHaveLength(60);
		const ids = kept.rows.map((row) => row.id);
		expect(ids).toEqual(
			snapshot.customers
				.map((customer) => customer.id)
				.sort()
				.slice(0, 60)
		);
		const live = await directoryQuery(OPENING_QUERY, LIST_FIELDS, 0, 60);
		expect(kept.rows).toEqual(live.rows);
		const first = snapshot.customers.find((customer) => customer.id === ids[0])!;
		expect(kept.rows[0].cells.slice(0, 2)).toEqual([first.id, first.name]);
	});

	it('is not offered after a write, and is made again with the new customer in its place', async () => {
		await saveCustomer({ id: '0-lead', name: '王小明', createdDay: 20_000 });
		expect(await keptScreen<FirstPage>(LIST_FIRST_SCREEN)).toBeUndefined();
		await keepFirstScreen();
		const kept = (await keptScreen<FirstPage>(LIST_FIRST_SCREEN))!;
		expect(kept.total).toBe(301);
		expect(kept.rows[0].cells.slice(0, 2)).toEqual(['0-lead', '王小明']);
	});

	it('lives outside settings, so a backup never carries it', async () => {
		await keepFirstScreen();
		const stored = await readSnapshot();
		expect(stored.settings.map((setting) => setting.key)).not.toContain('customerListFirstPage');
		expect(JSON.stringify(stored)).not.toContain(LIST_FIRST_SCREEN);
	});
});
