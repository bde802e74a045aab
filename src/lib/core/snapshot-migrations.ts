/**
 * Brings a snapshot written under an older schema version up to the current one, step by step.
 * Each database schema change in `db/schema.ts` that alters what a snapshot holds adds a step
 * here, so a backup from any earlier version restores into the current one.
 */

import type { StoreSnapshot } from './model';

type Step = (snapshot: Record<string, unknown>) => Record<string, unknown>;

/** STEPS[v] turns a version-v snapshot into a version-(v+1) snapshot. */
const STEPS: Record<number, Step> = {
	// v2 added segmentation runs and strategy checklists (and a derived `meta` record that
	// backups do not carry).
	1: (snapshot) => ({ ...snapshot, runs: [], strategies: [] }),
	// v3 moved the customer list's kept first screen out of settings (and out of backups).
	2: (snapshot) => ({
		...snapshot,
		settings: Array.isArray(snapshot.settings)
			? snapshot.settings.filter(
					(setting: { key?: unknown }) => setting?.key !== OLD_FIRST_SCREEN_SETTING
				)
			: snapshot.settings
	}),
	// v4 added campaigns (in backups; none before). v5 added `device`, what belongs to one
	// browser, which backups do not carry.
	3: (snapshot) => ({ ...snapshot, campaigns: [] }),
	4: (snapshot) => snapshot
};

/** The setting that held the customer list's first screen before schema version 3. */
export const OLD_FIRST_SCREEN_SETTING = 'customerListFirstPage';

/** The snapshot migrated from `fromVersion` to `toVersion` (not validated: the caller does). */
export function migrateSnapshot(
	snapshot: Record<string, unknown>,
	fromVersion: number,
	toVersion: number
): StoreSnapshot {
	let current = snapshot;
	for (let version = fromVersion; version < toVersion; version++) {
		const step = STEPS[version];
		if (!step) throw new Error(`no snapshot migration from schema version ${version}`);
		current = step(current);
	}
	return current as unknown as StoreSnapshot;
}
