/** The `meta` record: counts and data version, kept in step inside each write transaction. */

import { database } from './database';
import type { StoreMeta } from './schema';

export const EMPTY_META: StoreMeta = {
	key: 'store',
	dataVersion: 0,
	customers: 0,
	orders: 0,
	interactions: 0,
	updatedAt: 0
};

/**
 * The data version after `previous`: larger than every earlier one, and at least the time of
 * the write in epoch milliseconds, so it never repeats — not after "delete all", a restore or a
 * demo load either, which replace the record. Anything cached for a data version is for exactly
 * that data.
 */
export function nextDataVersion(previous: number, now = Date.now()): number {
	return Math.max(previous + 1, now);
}

/** Counts and data version of the store (one small read). */
export async function storeMeta(): Promise<StoreMeta> {
	return (await database().meta.get('store')) ?? EMPTY_META;
}

/** Inside a rw transaction that includes `meta`: add the deltas and bump the data version. */
export async function bumpMeta(
	deltas: Partial<Pick<StoreMeta, 'customers' | 'orders' | 'interactions'>>
): Promise<void> {
	const db = database();
	const meta = (await db.meta.get('store')) ?? EMPTY_META;
	await db.meta.put({
		key: 'store',
		dataVersion: nextDataVersion(meta.dataVersion),
		customers: meta.customers + (deltas.customers ?? 0),
		orders: meta.orders + (deltas.orders ?? 0),
		interactions: meta.interactions + (deltas.interactions ?? 0),
		updatedAt: Date.now()
	});
}

/**
 * Inside a rw transaction that includes `meta`: set absolute counts (after a replace).
 * `previousVersion` is the data version before the replace (read before clearing the tables).
 */
export async function resetMeta(
	counts: Pick<StoreMeta, 'customers' | 'orders' | 'interactions'>,
	previousVersion: number
): Promise<void> {
	const db = database();
	await db.meta.put({
		key: 'store',
		dataVersion: nextDataVersion(previousVersion),
		...counts,
		updatedAt: Date.now()
	});
}
