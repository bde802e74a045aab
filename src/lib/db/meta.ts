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
		dataVersion: meta.dataVersion + 1,
		customers: meta.customers + (deltas.customers ?? 0),
		orders: meta.orders + (deltas.orders ?? 0),
		interactions: meta.interactions + (deltas.interactions ?? 0),
		updatedAt: Date.now()
	});
}

/** Inside a rw transaction that includes `meta`: set absolute counts (after a replace). */
export async function resetMeta(
	counts: Pick<StoreMeta, 'customers' | 'orders' | 'interactions'>
): Promise<void> {
	const db = database();
	const meta = (await db.meta.get('store')) ?? EMPTY_META;
	await db.meta.put({
		key: 'store',
		dataVersion: meta.dataVersion + 1,
		...counts,
		updatedAt: Date.now()
	});
}
