import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { closeDatabase, database, useDatabaseName } from './database';
import { customerById, saveCustomer } from './customers';
import { SCHEMA_VERSION } from './schema';
import { APP_BUILD, StaleVersionError, staleReason } from './write-lock';

let name = '';
afterEach(async () => {
	closeDatabase();
	await Dexie.delete(name);
});

function freshDatabase() {
	name = `kequn-lock-${Math.random()}`;
	useDatabaseName(name);
}

/** Open the database with plain IndexedDB at a later schema, as a newer tab would. */
function upgradeWithoutDexie(version: number): Promise<void> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(name, version * 10);
		request.onupgradeneeded = () => request.result.createObjectStore(`future${version}`);
		request.onsuccess = () => {
			request.result.close();
			resolve();
		};
		request.onerror = () => reject(request.error);
	});
}

describe('an older tab never writes', () => {
	it('writes and stamps this build when nothing newer wrote', async () => {
		freshDatabase();
		await saveCustomer({ id: 'C1', name: 'Ann' });
		expect(await staleReason()).toBeNull();
		expect((await database().device.get('writer'))?.value).toEqual({ build: APP_BUILD });
	});

	it('refuses to write once another tab opened a newer schema, and stores nothing', async () => {
		freshDatabase();
		await saveCustomer({ id: 'C1', name: 'Ann' });
		await upgradeWithoutDexie(SCHEMA_VERSION + 1);
		await expect(saveCustomer({ id: 'C2', name: 'Bo' })).rejects.toBeInstanceOf(StaleVersionError);
		expect(await staleReason()).toBe('schema');
		expect(await customerById('C2')).toBeUndefined();
		expect(await customerById('C1')).toMatchObject({ name: 'Ann' });
	});

	it('refuses to write after a newer build wrote, and stores nothing', async () => {
		freshDatabase();
		await saveCustomer({ id: 'C1', name: 'Ann' });
		await database().device.put({ key: 'writer', value: { build: APP_BUILD + 1 } });
		const attempt = saveCustomer({ id: 'C1', name: 'Changed' });
		await expect(attempt).rejects.toMatchObject({ reason: 'app' });
		expect(await customerById('C1')).toMatchObject({ name: 'Ann' });
	});
});
