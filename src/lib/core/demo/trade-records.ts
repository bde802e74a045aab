/**
 * What a trade adds to its customer records once their orders are simulated: custom columns
 * (city tier, products held, traveller type), and a few facts that follow from the customer's
 * kind (a retiree's age).
 */

import { ORDER_STATUS, type Customer, type DayNumber } from '../model';
import type { Random } from '../random';
import type { Profile } from './behaviour';
import { ageBandOf, type LocaleLists } from './names';
import type { OrderRows, SubjectStats } from './orders';

/** The records a trade decorates, aligned by index, and the facts it may read. */
export interface TradeRecords {
	customers: readonly Customer[];
	profiles: readonly Profile[];
	stats: readonly SubjectStats[];
	/** Ok orders per product name, per customer (aligned with `customers`). */
	products: readonly ReadonlyMap<string, number>[];
	lists: LocaleLists;
	random: Random;
	/** The last day of the simulated window. */
	asOf: DayNumber;
}

/** Adds a trade's own fields to the records, in place. */
export type Decorate = (records: TradeRecords) => void;

/** Ok orders per product for subjects `offset … offset + count − 1` of the rows. */
export function productsBySubject(
	rows: OrderRows,
	offset: number,
	count: number
): Map<string, number>[] {
	const products = Array.from({ length: count }, () => new Map<string, number>());
	for (let i = 0; i < rows.length; i++) {
		const subject = rows.customer[i] - offset;
		if (subject < 0 || subject >= count || rows.status[i] !== ORDER_STATUS.ok) continue;
		const name = rows.product[i];
		if (name === '') continue;
		products[subject].set(name, (products[subject].get(name) ?? 0) + 1);
	}
	return products;
}

/** Sets a custom column of a record. */
export function setCustom(customer: Customer, field: string, value: string | number): void {
	customer.custom = { ...customer.custom, [field]: value };
}

/** Replaces a known age (birth year and band, where the record has them) by one in a range. */
export function setAge(
	customer: Customer,
	random: Random,
	from: number,
	to: number,
	referenceYear: number
): void {
	if (customer.birthYear === undefined && customer.ageBand === undefined) return;
	const age = random.int(from, to);
	if (customer.birthYear !== undefined) customer.birthYear = referenceYear - age;
	if (customer.ageBand !== undefined) customer.ageBand = ageBandOf(age);
}

/** The label of the first threshold (descending) a value reaches, else the last label. */
export function tierOf(value: number, thresholds: readonly number[], labels: readonly string[]) {
	for (let i = 0; i < thresholds.length; i++) if (value >= thresholds[i]) return labels[i];
	return labels[labels.length - 1];
}
