/** Whole-store operations: snapshot for a backup, replace everything, add a batch, delete all. */

import {
	customerBuckets,
	joinCustomerBuckets,
	joinOrderBuckets,
	orderBuckets,
	columnsOfBucket,
	type OrderBucket
} from '$lib/core/buckets';
import type { Customer, Setting, StoreSnapshot } from '$lib/core/model';
import { concatOrders, orderCount } from '$lib/core/order-columns';
import { database } from './database';
import { dataTables } from './schema';
import { exclusiveWrite } from './write-lock';
import { bumpMeta, resetMeta, storeMeta } from './meta';

/** Everything stored, read in one transaction so the snapshot is consistent. */
export async function readSnapshot(): Promise<StoreSnapshot> {
	const db = database();
	return db.transaction(
		'r',
		[
			db.customerBuckets,
			db.orderBuckets,
			db.interactions,
			db.settings,
			db.importTemplates,
			db.runs,
			db.runAssignments,
			db.strategies,
			db.campaigns
		],
		async () => {
			const assignments = new Map(
				(await db.runAssignments.toArray()).map((item) => [item.runId, item])
			);
			const records = await db.runs.orderBy('createdAt').toArray();
			return {
				customers: joinCustomerBuckets(await db.customerBuckets.toArray()),
				orders: joinOrderBuckets(await db.orderBuckets.toArray()),
				interactions: await db.interactions.toArray(),
				settings: await db.settings.toArray(),
				importTemplates: await db.importTemplates.toArray(),
				strategies: await db.strategies.toArray(),
				campaigns: await db.campaigns.orderBy('createdAt').toArray(),
				runs: records.flatMap((record) => {
					const found = assignments.get(record.id);
					return found ? [{ record, assignments: found }] : [];
				})
			};
		}
	);
}

/**
 * Replace everything with the snapshot, in one transaction: afterwards the store holds the
 * complete old state (if anything failed) or the complete new one, never a mix.
 */
export async function replaceStore(snapshot: StoreSnapshot): Promise<void> {
	const db = database();
	await exclusiveWrite(() =>
		db.transaction('rw', db.tables, async () => {
			const previous = await storeMeta();
			await Promise.all(dataTables(db).map((table) => table.clear()));
			await db.customerBuckets.bulkPut(customerBuckets(snapshot.customers));
			await db.orderBuckets.bulkPut(orderBuckets(snapshot.orders));
			await db.interactions.bulkPut(snapshot.interactions);
			await db.settings.bulkPut(snapshot.settings);
			await db.importTemplates.bulkPut(snapshot.importTemplates);
			await db.runs.bulkPut(snapshot.runs.map((run) => run.record));
			await db.runAssignments.bulkPut(snapshot.runs.map((run) => run.assignments));
			await db.strategies.bulkPut(snapshot.strategies);
			await db.campaigns.bulkPut(snapshot.campaigns);
			await resetMeta(
				{
					customers: snapshot.customers.length,
					orders: orderCount(snapshot.orders),
					interactions: snapshot.interactions.length
				},
				previous.dataVersion
			);
		})
	);
}

/**
 * Add customers (new ones added, existing ids updated), orders and interactions in one
 * transaction. Only the buckets the batch touches are read and rewritten.
 */
export async function addToStore(
	batch: Pick<StoreSnapshot, 'customers' | 'orders' | 'interactions'>
): Promise<void> {
	const db = database();
	const newCustomerBuckets = customerBuckets(batch.customers);
	const newOrderBuckets = orderBuckets(batch.orders);
	await exclusiveWrite(() =>
		db.transaction(
			'rw',
			[db.customerBuckets, db.orderBuckets, db.interactions, db.meta],
			async () => {
				const oldCustomers = await db.customerBuckets.bulkGet(
					newCustomerBuckets.map((b) => b.bucket)
				);
				let added = 0;
				const mergedCustomers = newCustomerBuckets.map((incoming, i) => {
					const byId = new Map<string, Customer>(
						(oldCustomers[i]?.customers ?? []).map((customer) => [customer.id, customer])
					);
					for (const customer of incoming.customers) {
						if (!byId.has(customer.id)) added++;
						byId.set(customer.id, customer);
					}
					return { bucket: incoming.bucket, customers: [...byId.values()] };
				});
				await db.customerBuckets.bulkPut(mergedCustomers);
				const oldOrders = await db.orderBuckets.bulkGet(newOrderBuckets.map((b) => b.bucket));
				const mergedOrders: OrderBucket[] = newOrderBuckets.map((incoming, i) => {
					const old = oldOrders[i];
					const parts = old
						? [columnsOfBucket(old), columnsOfBucket(incoming)]
						: [columnsOfBucket(incoming)];
					return { bucket: incoming.bucket, ...concatOrders(parts) };
				});
				await db.orderBuckets.bulkPut(mergedOrders);
				const known = await db.interactions.bulkGet(batch.interactions.map((item) => item.id));
				await db.interactions.bulkPut(batch.interactions);
				await bumpMeta({
					customers: added,
					orders: orderCount(batch.orders),
					interactions: known.filter((item) => item === undefined).length
				});
			}
		)
	);
}

/** Delete every customer, order, interaction, template and setting. */
export async function deleteEverything(): Promise<void> {
	const db = database();
	await exclusiveWrite(() =>
		db.transaction('rw', db.tables, async () => {
			const previous = await storeMeta();
			await Promise.all(db.tables.map((table) => table.clear()));
			await resetMeta({ customers: 0, orders: 0, interactions: 0 }, previous.dataVersion);
		})
	);
}

/**
 * Replace the data with `data`, keeping the import templates and the settings `settingsAfter`
 * makes of the current ones — read and written in one transaction.
 */
export async function replaceDataKeeping(
	data: Omit<StoreSnapshot, 'settings' | 'importTemplates'>,
	settingsAfter: (current: Setting[]) => Setting[]
): Promise<void> {
	const db = database();
	await exclusiveWrite(() =>
		db.transaction('rw', db.tables, async () => {
			const [settings, importTemplates] = await Promise.all([
				db.settings.toArray(),
				db.importTemplates.toArray()
			]);
			await replaceStore({ ...data, settings: settingsAfter(settings), importTemplates });
		})
	);
}
