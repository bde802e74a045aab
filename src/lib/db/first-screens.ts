/**
 * Kept first screens (the customer list's first rows): one record per screen, written by the
 * worker after each write, read by the page before the worker answers. Not part of backups.
 */

import { database } from './database';
import { exclusiveWrite } from './write-lock';
import { storeMeta } from './meta';

/** The kept screen, or undefined when there is none or it was made from other data. */
export async function keptScreen<T>(key: string): Promise<T | undefined> {
	const db = database();
	return db.transaction('r', db.firstScreens, db.meta, async () => {
		const [kept, meta] = await Promise.all([db.firstScreens.get(key), storeMeta()]);
		if (!kept || kept.dataVersion !== meta.dataVersion || kept.updatedAt !== meta.updatedAt)
			return undefined;
		return kept.value as T;
	});
}

/**
 * Keep a screen made from the data of `dataVersion`; skipped when the store was written since
 * (the next write makes it again). True when it was kept.
 */
export async function keepScreen(
	key: string,
	dataVersion: number,
	value: unknown
): Promise<boolean> {
	const db = database();
	return exclusiveWrite(() =>
		db.transaction('rw', db.firstScreens, db.meta, async () => {
			const meta = await storeMeta();
			if (meta.dataVersion !== dataVersion) return false;
			await db.firstScreens.put({ key, dataVersion, updatedAt: meta.updatedAt, value });
			return true;
		})
	);
}
