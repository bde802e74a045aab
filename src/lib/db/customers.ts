/** Customer records: read all, read one, edit one, add. One bucket record per hash bucket. */

import { bucketOf, joinCustomerBuckets } from '$lib/core/buckets';
import type { Customer } from '$lib/core/model';
import { database } from './database';
import { bumpMeta } from './meta';

/** Every customer (bucket order). */
export async function allCustomers(): Promise<Customer[]> {
	return joinCustomerBuckets(await database().customerBuckets.toArray());
}

/** One customer by the user's id, or undefined. Reads one bucket. */
export async function customerById(id: string): Promise<Customer | undefined> {
	const bucket = await database().customerBuckets.get(bucketOf(id));
	return bucket?.customers.find((customer) => customer.id === id);
}

/**
 * Save a customer: replaces the record with the same id, or adds it. One bucket is read and
 * written in one transaction, so an edit costs the same at 100 or 100,000 customers.
 */
export async function saveCustomer(customer: Customer): Promise<'added' | 'updated'> {
	const db = database();
	return db.transaction('rw', db.customerBuckets, db.meta, async () => {
		const key = bucketOf(customer.id);
		const bucket = (await db.customerBuckets.get(key)) ?? { bucket: key, customers: [] };
		const index = bucket.customers.findIndex((existing) => existing.id === customer.id);
		if (index >= 0) bucket.customers[index] = customer;
		else bucket.customers.push(customer);
		await db.customerBuckets.put(bucket);
		await bumpMeta({ customers: index >= 0 ? 0 : 1 });
		return index >= 0 ? 'updated' : 'added';
	});
}
