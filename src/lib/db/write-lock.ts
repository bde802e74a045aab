/**
 * One writer at a time, across tabs and their workers: every write to the store runs inside the
 * origin's one Web Lock, so writes from two tabs queue instead of interleaving. Before writing,
 * a tab checks that neither the database's schema nor the build that last wrote is newer than
 * its own: an older tab never writes over what a newer one stored, it asks for a reload.
 */

import { Dexie } from 'dexie';
import { database, wasUpgradedElsewhere } from './database';
import { SCHEMA_VERSION } from './schema';

/** The lock every write takes (Web Locks are per origin, shared by tabs and workers). */
export const WRITE_LOCK = 'kequn-write';

declare const __KEQUN_BUILD__: number | undefined;
/** This build's time (epoch ms, set by vite.config.ts); 0 where no build stamped it (Node). */
export const APP_BUILD = typeof __KEQUN_BUILD__ === 'number' ? __KEQUN_BUILD__ : 0;

/** Why this tab may not write: the schema or the app build is older than the database's. */
export type StaleReason = 'schema' | 'app';

export class StaleVersionError extends Error {
	constructor(readonly reason: StaleReason) {
		super(`this tab is older than the stored data (${reason}): reload`);
		this.name = 'StaleVersionError';
	}
}

/** The `device` record naming the newest build that wrote here. */
const WRITER_KEY = 'writer';

let onStale: ((reason: StaleReason) => void) | null = null;

/** Called once this tab finds it is older than the database (the page shows "reload"). */
export function whenStale(callback: (reason: StaleReason) => void): void {
	onStale = callback;
}

async function writerBuild(): Promise<number> {
	const record = await database().device.get(WRITER_KEY);
	return (record?.value as { build?: number } | undefined)?.build ?? 0;
}

/** Why this tab must not write, or null when it may. Opens the database if needed. */
export async function staleReason(): Promise<StaleReason | null> {
	if (wasUpgradedElsewhere()) return 'schema';
	const db = database();
	await db.open();
	// Dexie opens a newer database at its own version; IndexedDB's is 10× Dexie's.
	if (db.backendDB().version / 10 > SCHEMA_VERSION) return 'schema';
	return (await writerBuild()) > APP_BUILD ? 'app' : null;
}

async function checkedWrite<T>(write: () => Promise<T>): Promise<T> {
	const stale = await staleReason();
	if (stale) {
		onStale?.(stale);
		throw new StaleVersionError(stale);
	}
	const result = await write();
	if ((await writerBuild()) < APP_BUILD)
		await database().device.put({ key: WRITER_KEY, value: { build: APP_BUILD } });
	return result;
}

/**
 * Run a write holding the write lock, after checking this tab is not older than the data.
 * A write nested in another's transaction already runs under that write's lock.
 */
export async function exclusiveWrite<T>(write: () => Promise<T>): Promise<T> {
	if (Dexie.currentTransaction) return write();
	const locks = globalThis.navigator?.locks;
	if (!locks) return checkedWrite(write);
	return locks.request(WRITE_LOCK, () => checkedWrite(write));
}
