/**
 * Writing an import: merged into the stored customers and orders bucket by bucket, all in one
 * transaction, so the store holds either everything from the file or nothing from it.
 */

import {
	columnsOfBucket,
	customerBuckets,
	orderBuckets,
	type CustomerBucket,
	type OrderBucket
} from '$lib/core/buckets';
import { mergeCustomers, mergeOrders, withoutMovedOrders } from '$lib/core/import-merge';
import type { Customer, OrderColumns } from '$lib/core/model';
import { emptyOrderColumns } from '$lib/core/order-columns';
import { database } from './database';
import { bumpMeta, resetMeta, storeMeta } from './meta';

/** Add the file to the stored data, or replace the stored customers, orders, interactions and runs. */
export type ImportMode = 'add' | 'replace';

export interface ImportWriteSummary {
	customersAdded: number;
	customersUpdated: number;
	ordersAdded: number;
	ordersUpdated: number;
	ordersUnchanged: number;
}

/**
 * The stored orders an import merges into, by bucket, with orders whose id the import files
 * under a customer in another bucket taken out (`movedOut`: how many left each bucket). Reads
 * every bucket when the file has order ids (a moved order can be anywhere), else only its own.
 */
async function storedOrdersFor(incoming: readonly OrderBucket[]): Promise<{
	stored: Map<number, OrderColumns>;
	movedOut: Map<number, number>;
}> {
	const db = database();
	const destination = new Map<string, number>();
	for (const bucket of incoming)
		for (const id of bucket.orderId) if (id) destination.set(id, bucket.bucket);
	const records =
		destination.size > 0
			? await db.orderBuckets.toArray()
			: (await db.orderBuckets.bulkGet(incoming.map((bucket) => bucket.bucket))).filter(
					(record): record is OrderBucket => record !== undefined
				);
	const stored = new Map<number, OrderColumns>();
	const movedOut = new Map<number, number>();
	for (const record of records) {
		const columns = columnsOfBucket(record);
		const pruned = withoutMovedOrders(columns, record.bucket, destination);
		stored.set(record.bucket, pruned?.kept ?? columns);
		if (pruned) movedOut.set(record.bucket, pruned.moved);
	}
	return { stored, movedOut };
}

/**
 * Merge an import's customers and orders into the store in one transaction; with 'replace',
 * the stored customers, orders, interactions and runs are cleared first in that same
 * transaction (settings, templates and checklists stay).
 */
export async function writeImport(
	input: {
		customers: Customer[];
		orders: OrderColumns;
		customerFields: string[];
	},
	mode: ImportMode = 'add'
): Promise<ImportWriteSummary> {
	const db = database();
	const incomingCustomers = customerBuckets(input.customers);
	const incomingOrders = orderBuckets(input.orders);
	const summary: ImportWriteSummary = {
		customersAdded: 0,
		customersUpdated: 0,
		ordersAdded: 0,
		ordersUpdated: 0,
		ordersUnchanged: 0
	};
	const cleared = [db.interactions, db.runs, db.runAssignments];
	const tables = [
		db.customerBuckets,
		db.orderBuckets,
		db.meta,
		...(mode === 'replace' ? cleared : [])
	];
	await db.transaction('rw', tables, async () => {
		const previousVersion = (await storeMeta()).dataVersion;
		if (mode === 'replace')
			await Promise.all(
				[db.customerBuckets, db.orderBuckets, ...cleared].map((table) => table.clear())
			);
		const storedCustomers = await db.customerBuckets.bulkGet(
			incomingCustomers.map((b) => b.bucket)
		);
		const customerRecords: CustomerBucket[] = incomingCustomers.map((incoming, i) => {
			const merge = mergeCustomers(
				storedCustomers[i]?.customers ?? [],
				incoming.customers,
				input.customerFields
			);
			summary.customersAdded += merge.added;
			summary.customersUpdated += merge.updated;
			return { bucket: incoming.bucket, customers: merge.merged };
		});
		await db.customerBuckets.bulkPut(customerRecords);

		const { stored, movedOut } = await storedOrdersFor(incomingOrders);
		const orderRecords: OrderBucket[] = incomingOrders.map((incoming) => {
			const storedColumns = stored.get(incoming.bucket);
			const merge = mergeOrders(storedColumns ?? emptyOrderColumns(), columnsOfBucket(incoming));
			summary.ordersAdded += merge.added;
			summary.ordersUpdated += merge.updated;
			summary.ordersUnchanged += merge.unchanged;
			return { bucket: incoming.bucket, ...merge.merged };
		});
		// Buckets the import does not write to but that lost an order to another customer.
		const incomingBuckets = new Set(incomingOrders.map((incoming) => incoming.bucket));
		for (const bucket of movedOut.keys())
			if (!incomingBuckets.has(bucket)) orderRecords.push({ bucket, ...stored.get(bucket)! });
		// A moved order was appended where it now belongs: it is an update, not a new order.
		const moved = [...movedOut.values()].reduce((sum, count) => sum + count, 0);
		summary.ordersAdded -= moved;
		summary.ordersUpdated += moved;
		await db.orderBuckets.bulkPut(orderRecords);
		if (mode === 'replace')
			await resetMeta(
				{ customers: summary.customersAdded, orders: summary.ordersAdded, interactions: 0 },
				previousVersion
			);
		else await bumpMeta({ customers: summary.customersAdded, orders: summary.ordersAdded });
	});
	return summary;
}
