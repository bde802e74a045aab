/**
 * The analysis engine's one cache: everything computed from the stored data of one data
 * version. Every write bumps the data version, and the engine then starts a new snapshot and
 * drops the old one whole, so no answer can come from data that is no longer stored. Work begun
 * on an older snapshot finishes on its own data and caches into that snapshot only.
 */

import type { Customer, Interaction, OrderColumns } from '$lib/core/model';
import { allCustomers } from '$lib/db/customers';
import { storeMeta } from '$lib/db/meta';
import { allInteractions } from '$lib/db/interactions';
import { allOrders } from '$lib/db/orders';

/** The stored data of one data version. */
export interface StoreData {
	dataVersion: number;
	customers: Customer[];
	orders: OrderColumns;
	interactions: Interaction[];
}

interface Entry {
	value: Promise<unknown>;
	/** Entries of one kind beyond its limit are dropped oldest first. */
	kind: string;
}

/** What one data version's figures are cached in. */
export class Snapshot {
	readonly dataVersion: number;
	#entries = new Map<string, Entry>();
	#customers: Promise<Customer[]> | null = null;
	#store: Promise<StoreData> | null = null;
	#held = new Map<number, unknown>();

	constructor(dataVersion: number) {
		this.dataVersion = dataVersion;
	}

	/**
	 * The value computed under `key` (kind plus the inputs that matter), computed once: callers
	 * asking while it is computed share the work; a failure is not kept. At most `keep` entries
	 * of a kind stay (settings previews while editing must not pile up).
	 */
	memo<T>(kind: string, inputs: string, compute: () => T | Promise<T>, keep = 4): Promise<T> {
		const key = `${kind}\u0000${inputs}`;
		const found = this.#entries.get(key);
		if (found) {
			// Most recently used last, so the oldest of a kind is dropped first.
			this.#entries.delete(key);
			this.#entries.set(key, found);
			return found.value as Promise<T>;
		}
		const value = Promise.resolve().then(compute);
		this.#entries.set(key, { value, kind });
		value.catch(() => {
			if (this.#entries.get(key)?.value === value) this.#entries.delete(key);
		});
		let ofKind = 0;
		for (const entry of this.#entries.values()) if (entry.kind === kind) ofKind++;
		for (const [other, entry] of this.#entries) {
			if (ofKind <= keep) break;
			if (entry.kind !== kind) continue;
			this.#entries.delete(other);
			ofKind--;
		}
		return value;
	}

	/**
	 * Keep a result the page pages through (a list query), under a new id; the oldest beyond
	 * `limit` are dropped, and all of them with the snapshot.
	 */
	hold(value: unknown, limit: number): number {
		const id = nextHandle++;
		this.#held.set(id, value);
		for (const old of this.#held.keys()) if (this.#held.size > limit) this.#held.delete(old);
		return id;
	}

	/** A result kept by `hold`, or undefined when it is gone (dropped, or other data). */
	held<T>(id: number): T | undefined {
		return this.#held.get(id) as T | undefined;
	}

	/** The stored customers alone (no orders): enough for the list's first screen. */
	customers(): Promise<Customer[]> {
		if (this.#store) return this.#store.then((store) => store.customers);
		if (!this.#customers) {
			const reading = allCustomers();
			this.#customers = reading;
			reading.catch(() => {
				if (this.#customers === reading) this.#customers = null;
			});
		}
		return this.#customers;
	}

	/** Customers, orders and interactions, read once. */
	store(): Promise<StoreData> {
		if (!this.#store) {
			const reading = Promise.all([this.customers(), allOrders(), allInteractions()]).then(
				([customers, orders, interactions]) => ({
					dataVersion: this.dataVersion,
					customers,
					orders,
					interactions
				})
			);
			this.#store = reading;
			reading.catch(() => {
				if (this.#store === reading) this.#store = null;
			});
		}
		return this.#store;
	}
}

let current: Snapshot | null = null;
/** Ids of held results never repeat, across snapshots too. */
let nextHandle = 1;

/** The snapshot of the data stored now (one small read of the store's data version). */
export async function snapshot(): Promise<Snapshot> {
	const { dataVersion } = await storeMeta();
	if (current?.dataVersion !== dataVersion) current = new Snapshot(dataVersion);
	return current;
}
