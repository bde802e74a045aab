/**
 * Merging an import into what is stored, so a newer export can be imported again without
 * duplicating: orders with an order id replace the stored order with that id; orders without
 * one are added unless an identical order (customer, day, time, amount, quantity, product) is
 * already stored. An order id that comes under another customer than the one it is stored under
 * moves with it (a guest order later linked to a member account), even across buckets.
 * Customers are matched by id; only the fields the file supplied are updated.
 */

import type { Customer, OrderColumns } from './model';
import { concatOrders, orderCount, pickOrders } from './order-columns';

export interface OrderMerge {
	merged: OrderColumns;
	added: number;
	updated: number;
	/** Orders without an id that were already stored exactly so. */
	unchanged: number;
}

function rowKey(columns: OrderColumns, row: number): string {
	return [
		columns.customerIds[columns.customer[row]],
		columns.day[row],
		columns.secondOfDay[row],
		columns.amount[row],
		columns.quantity[row],
		columns.product[row],
		columns.status[row]
	].join('\u0001');
}

/** Stored orders with the incoming ones merged in (see the module comment for the rules). */
export function mergeOrders(stored: OrderColumns, incoming: OrderColumns): OrderMerge {
	const byId = new Map<string, number>();
	const withoutId = new Set<string>();
	for (let row = 0; row < orderCount(stored); row++) {
		const id = stored.orderId[row];
		if (id) byId.set(id, row);
		else withoutId.add(rowKey(stored, row));
	}
	const replacement = new Map<number, number>();
	const appended: number[] = [];
	let unchanged = 0;
	for (let row = 0; row < orderCount(incoming); row++) {
		const id = incoming.orderId[row];
		const storedRow = id ? byId.get(id) : undefined;
		if (storedRow !== undefined) replacement.set(storedRow, row);
		else if (!id && withoutId.has(rowKey(incoming, row))) unchanged++;
		else appended.push(row);
	}
	// Stored rows, each replaced by its incoming version where there is one, then the new rows.
	const keptRows: number[] = [];
	const replacedRows: number[] = [];
	for (let row = 0; row < orderCount(stored); row++) {
		if (replacement.has(row)) replacedRows.push(replacement.get(row)!);
		else keptRows.push(row);
	}
	const merged = concatOrders([
		pickOrders(stored, keptRows),
		pickOrders(incoming, [...replacedRows, ...appended])
	]);
	return { merged, added: appended.length, updated: replacement.size, unchanged };
}

/**
 * A stored bucket's orders without those whose id `destination` files in another bucket (the
 * order moved to a customer there); null when none moved out of this bucket.
 */
export function withoutMovedOrders(
	stored: OrderColumns,
	bucket: number,
	destination: ReadonlyMap<string, number>
): { kept: OrderColumns; moved: number } | null {
	const keptRows: number[] = [];
	for (let row = 0; row < orderCount(stored); row++) {
		const to = stored.orderId[row] ? destination.get(stored.orderId[row]) : undefined;
		if (to === undefined || to === bucket) keptRows.push(row);
	}
	const moved = orderCount(stored) - keptRows.length;
	return moved === 0 ? null : { kept: pickOrders(stored, keptRows), moved };
}

export interface CustomerMerge {
	merged: Customer[];
	added: number;
	updated: number;
}

/**
 * Stored customers with the incoming ones merged in: new ids are added; for known ids only the
 * `suppliedFields` are overwritten (a blank name never replaces a stored one).
 */
export function mergeCustomers(
	stored: readonly Customer[],
	incoming: readonly Customer[],
	suppliedFields: readonly string[]
): CustomerMerge {
	const byId = new Map(stored.map((customer) => [customer.id, customer]));
	let added = 0;
	let updated = 0;
	for (const customer of incoming) {
		const existing = byId.get(customer.id);
		if (!existing) {
			byId.set(customer.id, customer);
			added++;
			continue;
		}
		const next: Customer = { ...existing };
		let changed = false;
		for (const field of suppliedFields) {
			if (field === 'id') continue;
			if (field === 'custom') {
				if (customer.custom) {
					next.custom = { ...existing.custom, ...customer.custom };
					changed = true;
				}
				continue;
			}
			const value = customer[field as keyof Customer];
			if (value === undefined || (field === 'name' && value === '')) continue;
			if (existing[field as keyof Customer] !== value) {
				(next as unknown as Record<string, unknown>)[field] = value;
				changed = true;
			}
		}
		if (changed) {
			byId.set(customer.id, next);
			updated++;
		}
	}
	return { merged: [...byId.values()], added, updated };
}
