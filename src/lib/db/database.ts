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
		handle.on('versionchange', (event: IDBVersionChangeEvent) => {
			handle?.close();
			handle = null;
			// newVersion is null when the database is being deleted, not upgraded.
			if (event.newVersion === null) return false;
			upgradedElsewhere = true;
			onUpgradeElsewhere?.();
			return false;
		});
		// This tab upgrades, and an older tab that does not close keeps it waiting.
		handle.on('blocked', () => onBlocked?.());
	}
	return handle;
}

let upgradedElsewhere = false;
let onUpgradeElsewhere: (() => void) | null = null;
let onBlocked: (() => void) | null = null;

/** Called when another tab opens a newer schema and this handle closes to let it through. */
export function whenUpgradedElsewhere(callback: () => void): void {
	onUpgradeElsewhere = callback;
}

/** Called when this tab's upgrade waits for another tab to close the older database. */
export function whenUpgradeBlocked(callback: () => void): void {
	onBlocked = callback;
}

/** Another tab opened a newer schema since this one opened: it must not write any more. */
export function wasUpgradedElsewhere(): boolean {
	return upgradedElsewhere;
}

/** Use another database name (tests, benchmarks). Closes the current handle. */
export function useDatabaseName(databaseName: string): void {
	handle?.close();
	handle = null;
	upgradedElsewhere = false;
	name = databaseName;
}

/** Close the handle (tests). */
export function closeDatabase(): void {
	handle?.close();
	handle = null;
}
