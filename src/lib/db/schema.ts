/**
 * The one Dexie database: its tables and every schema version with its migration.
 * Never change a version that has shipped; add a new one with an `upgrade` (and, when what a
 * backup holds changes, a step in `core/snapshot-migrations.ts`).
 */

import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import type { CustomerBucket, OrderBucket } from '$lib/core/buckets';
import type { Campaign } from '$lib/core/campaigns/model';
import type { ImportTemplate, Interaction, SegmentStrategy, Setting } from '$lib/core/model';
import type { RunAssignments, RunRecord } from '$lib/core/run-records';
import { OLD_FIRST_SCREEN_SETTING } from '$lib/core/snapshot-migrations';

/** Derived facts about the stored data, kept in step by every write (one small record to read). */
export interface StoreMeta {
	key: 'store';
	/** Incremented by every write of customers, orders or interactions. */
	dataVersion: number;
	customers: number;
	orders: number;
	interactions: number;
	/** Epoch milliseconds of the last write. */
	updatedAt: number;
}

export const SCHEMA_VERSION = 5;
export const DATABASE_NAME = 'kequn';

export type KequnDatabase = Dexie & {
	customerBuckets: Table<CustomerBucket, number>;
	orderBuckets: Table<OrderBucket, number>;
	interactions: EntityTable<Interaction, 'id'>;
	settings: EntityTable<Setting, 'key'>;
	importTemplates: EntityTable<ImportTemplate, 'id'>;
	meta: Table<StoreMeta, string>;
	runs: EntityTable<RunRecord, 'id'>;
	runAssignments: Table<RunAssignments, string>;
	strategies: EntityTable<SegmentStrategy, 'id'>;
	firstScreens: Table<FirstScreenRecord, string>;
	campaigns: EntityTable<Campaign, 'id'>;
	device: Table<DeviceRecord, string>;
};

/**
 * What belongs to this browser, not to the data (the build that last wrote, the backup folder):
 * kept by a restore or a demo load, never in backups.
 */
export interface DeviceRecord {
	key: string;
	value: unknown;
}

/** The tables a restore or a demo load replaces: all but `device`. */
export function dataTables(db: KequnDatabase): Table[] {
	return db.tables.filter((table) => table.name !== 'device');
}

/**
 * A screen kept so it shows at once on the next visit (the customer list's first rows): derived
 * from the data, owned by the worker, never in backups; valid only for the data version it names.
 */
export interface FirstScreenRecord {
	key: string;
	dataVersion: number;
	/** The store's last write (epoch ms) when it was made. */
	updatedAt: number;
	value: unknown;
}

/** Counts of a v1 database, for the v2 `meta` record. */
export async function countStored(tx: Transaction): Promise<Omit<StoreMeta, 'key' | 'updatedAt'>> {
	let customers = 0;
	let orders = 0;
	await tx
		.table<CustomerBucket, number>('customerBuckets')
		.each((bucket) => (customers += bucket.customers.length));
	await tx
		.table<OrderBucket, number>('orderBuckets')
		.each((bucket) => (orders += bucket.day.length));
	const interactions = await tx.table('interactions').count();
	return {
		dataVersion: customers + orders + interactions > 0 ? 1 : 0,
		customers,
		orders,
		interactions
	};
}

/** Declares every schema version on a Dexie instance. Exported for the migration tests. */
export function declareSchema(db: Dexie, upTo = SCHEMA_VERSION): void {
	// v1: customers and orders hashed into buckets by customer id (see core/buckets.ts).
	db.version(1).stores({
		customerBuckets: 'bucket',
		orderBuckets: 'bucket',
		interactions: 'id, customerId, day',
		settings: 'key',
		importTemplates: 'id, headerSignature'
	});
	if (upTo < 2) return;
	// v2: a `meta` record with counts and a data version, filled from the existing data; and
	// segmentation runs: a small record per run, and its class per customer in a second record;
	// strategy checklists, one record per segment.
	db.version(2)
		.stores({
			meta: 'key',
			runs: 'id, createdAt',
			runAssignments: 'runId',
			strategies: 'id, schemeId'
		})
		.upgrade(async (tx) => {
			const counts = await countStored(tx);
			await tx.table('meta').put({ key: 'store', ...counts, updatedAt: Date.now() });
		});
	if (upTo < 3) return;
	declareVersion3(db);
	if (upTo < 4) return;
	// v4: campaigns with their treated and hold-out groups (in backups; none before).
	db.version(4).stores({ campaigns: 'id, createdAt' });
	if (upTo < 5) return;
	// v5: what belongs to this browser (see DeviceRecord).
	db.version(5).stores({ device: 'key' });
}

/** Declares version 3 (see `declareSchema`). */
function declareVersion3(db: Dexie): void {
	// v3: kept first screens get their own table, out of `settings` and so out of backups.
	db.version(3)
		.stores({ firstScreens: 'key' })
		.upgrade(async (tx) => {
			await tx.table('settings').delete(OLD_FIRST_SCREEN_SETTING);
		});
}

/** A new handle on the database (not yet open). */
export function createDatabase(name = DATABASE_NAME, upTo = SCHEMA_VERSION): KequnDatabase {
	const db = new Dexie(name) as KequnDatabase;
	declareSchema(db, upTo);
	return db;
}
