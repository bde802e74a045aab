/** Customer records: read all, read one, edit one, add. One bucket record per hash bucket. */

import { bucketOf, joinCustomerBuckets } from '$lib/core/buckets';
import { applyPatch, type CustomerPatch, type FieldConflict } from '$lib/core/customer-patch';
import type { Customer } from '$lib/core/model';
import { database } from './database';
import { exclusiveWrite } from './write-lock';
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
	return exclusiveWrite(() =>
		db.transaction('rw', db.customerBuckets, db.meta, async () => {
			const key = bucketOf(customer.id);
			const bucket = (await db.customerBuckets.get(key)) ?? { bucket: key, customers: [] };
			const index = bucket.customers.findIndex((existing) => existing.id === customer.id);
			if (index >= 0) bucket.customers[index] = customer;
			else bucket.customers.push(customer);
			await db.customerBuckets.put(bucket);
			await bumpMeta({ customers: index >= 0 ? 0 : 1 });
			return index >= 0 ? 'updated' : 'added';
		})
	);
}

/**
 * Apply a hand edit to the customer as stored now, in one transaction that first checks the
 * edited fields against the values the form opened with (see core/customer-patch): a field
 * changed meanwhile by another write is returned as a conflict and nothing is written.
 */
export async function patchCustomer(
	patch: CustomerPatch
): Promise<
	{ ok: true } | { ok: false; conflicts: FieldConflict[] } | { ok: false; missing: true }
> {
	const db = database();
	return exclusiveWrite(() =>
		db.transaction('rw', db.customerBuckets, db.meta, async () => {
			const bucket = await db.customerBuckets.get(bucketOf(patch.id));
			const index = bucket?.customers.findIndex((existing) => existing.id === patch.id) ?? -1;
			if (!bucket || index < 0) return { ok: false, missing: true } as const;
			const result = applyPatch(bucket.customers[index], patch);
			if ('conflicts' in result) return { ok: false, conflicts: result.conflicts } as const;
			bucket.customers[index] = result.customer;
			await db.customerBuckets.put(bucket);
			await bumpMeta({ customers: 0 });
			return { ok: true } as const;
		})
	);
}
