/**
 * The process-wide database handle (main thread and worker each have their own; Dexie keeps
 * them in step through IndexedDB's versionchange and its own cross-context notifications).
 */

import { createDatabase, DATABASE_NAME, type KequnDatabase } from './schema';

let handle: KequnDatabase | null = null;
let name = DATABASE_NAME;

/** The database, opened lazily on first use (never during prerender). */
export function database(): KequnDatabase {
	if (!handle) {
		handle = createDatabase(name);
		// Another tab upgrading the schema: close so it is not blocked; the page offers a reload.
		handle.on('versionchange', () => {
			handle?.close();
			handle = null;
			onUpgradeElsewhere?.();
			return false;
		});
	}
	return handle;
}

let onUpgradeElsewhere: (() => void) | null = null;

/** Called when another tab opens a newer schema and this handle closes to let it through. */
export function whenUpgradedElsewhere(callback: () => void): void {
	onUpgradeElsewhere = callback;
}

/** Use another database name (tests, benchmarks). Closes the current handle. */
export function useDatabaseName(databaseName: string): void {
	handle?.close();
	handle = null;
	name = databaseName;
}

/** Close the handle (tests). */
export function closeDatabase(): void {
	handle?.close();
	handle = null;
}
