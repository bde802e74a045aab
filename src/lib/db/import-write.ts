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
import { mergeCustomers, mergeOrders } from '$lib/core/import-merge';
import type { Customer, OrderColumns } from '$lib/core/model';
import { emptyOrderColumns } from '$lib/core/order-columns';
import { database } from './database';
import { bumpMeta } from './meta';

export interface ImportWriteSummary {
	customersAdded: number;
	customersUpdated: number;
	ordersAdded: number;
	ordersUpdated: number;
	ordersUnchanged: number;
}

/** Merge an import's customers and orders into the store in one transaction. */
export async function writeImport(input: {
	customers: Customer[];
	orders: OrderColumns;
	customerFields: string[];
}): Promise<ImportWriteSummary> {
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
	await db.transaction('rw', [db.customerBuckets, db.orderBuckets, db.meta], async () => {
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

		const storedOrders = await db.orderBuckets.bulkGet(incomingOrders.map((b) => b.bucket));
		const orderRecords: OrderBucket[] = incomingOrders.map((incoming, i) => {
			const stored = storedOrders[i];
			const merge = mergeOrders(
				stored ? columnsOfBucket(stored) : emptyOrderColumns(),
				columnsOfBucket(incoming)
			);
			summary.ordersAdded += merge.added;
			summary.ordersUpdated += merge.updated;
			summary.ordersUnchanged += merge.unchanged;
			return { bucket: incoming.bucket, ...merge.merged };
		});
		await db.orderBuckets.bulkPut(orderRecords);
		await bumpMeta({ customers: summary.customersAdded, orders: summary.ordersAdded });
	});
	return summary;
}
