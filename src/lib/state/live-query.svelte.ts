/**
 * A Dexie live query as reactive state: `{ current, error, loading }`, re-run when the tables
 * it read change (in this tab, another tab or the worker). "Loaded, result undefined" is kept
 * distinct from "loading" (Dexie issue #1504).
 */

import { watch } from '$lib/db/watch';

export class LiveQuery<T> {
	current = $state.raw<T | undefined>(undefined);
	error = $state.raw<unknown>(undefined);
	loading = $state(true);

	/**
	 * Subscribe for the lifetime of the calling component (call during component init).
	 * `key` is read reactively: when it changes (a route parameter), the query starts over.
	 */
	constructor(query: () => Promise<T>);
	constructor(query: (key: string) => Promise<T>, key: () => string);
	constructor(query: (key: string) => Promise<T>, key: () => string = () => '') {
		$effect(() => {
			const current = key();
			this.loading = true;
			return watch(() => query(current), {
				next: (value) => {
					this.current = value;
					this.error = undefined;
					this.loading = false;
				},
				error: (error: unknown) => {
					this.error = error;
					this.loading = false;
				}
			});
		});
	}
}
