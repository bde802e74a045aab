/** Test helper: every test gets its own empty database (fake IndexedDB), deleted afterwards. */

import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import { Dexie } from 'dexie';
import { closeDatabase, useDatabaseName } from './database';

/** Register the hooks; the returned function gives the current test's database name. */
export function freshDatabaseEachTest(): () => string {
	let name = '';
	beforeEach(() => {
		name = `kequn-test-${Math.random()}`;
		useDatabaseName(name);
	});
	afterEach(async () => {
		closeDatabase();
		await Dexie.delete(name);
	});
	return () => name;
}
