/** Reads that re-run when the tables they read change (this tab, another tab or the worker). */

import { liveQuery } from 'dexie';

export interface Watcher<T> {
	next: (value: T) => void;
	error: (error: unknown) => void;
}

/** Run `query` now and again after every write to what it read; returns the unsubscribe. */
export function watch<T>(query: () => Promise<T>, watcher: Watcher<T>): () => void {
	const subscription = liveQuery(query).subscribe(watcher);
	return () => subscription.unsubscribe();
}
