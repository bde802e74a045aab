/**
 * Merging a rep's "my changes since the pack" into the office's data, decided before anything is
 * written: interactions added by id, new customers added, attribute edits applied field by field
 * (the rep's last edit of a field by hybrid logical clock wins among the rep's own), and every
 * true conflict — the office and the rep both changed a field since the pack, to different
 * values — listed for the owner to decide. Orders are the office's: a change file carries none.
 * Merging the same file twice changes nothing: interactions are known by id, and every edit
 * merged (or decided) once is kept in a ledger by its stamp.
 */

import type { Customer, Interaction } from '../model';
import { compareHlc, hlcKey, type Hlc } from './hlc';

/** An attribute value; undefined when the field was cleared. */
export type FieldValue = string | number | undefined;

/** One attribute edit made on a device: `field` is a Customer key or `custom.<header>`. */
export interface FieldEdit {
	customerId: string;
	field: string;
	value: FieldValue;
	at: Hlc;
}

/** What a rep's device exports: its changes since the pack it opened. */
export interface RepChanges {
	packId: string;
	device: string;
	/** The packed values of the fields the rep edited (the common base of both sides). */
	base: Record<string, Record<string, FieldValue>>;
	edits: FieldEdit[];
	interactions: Interaction[];
	newCustomers: Customer[];
}

export interface PackConflict {
	/** `${customerId}/${field}`: the key of the owner's decision. */
	key: string;
	customerId: string;
	field: string;
	base: FieldValue;
	office: FieldValue;
	rep: FieldValue;
	repAt: Hlc;
}

export type Decision = 'office' | 'rep';

export interface MergeInput {
	/** The office's current records of the customers the file names (others may be absent). */
	office: ReadonlyMap<string, Customer>;
	officeInteractionIds: ReadonlySet<string>;
	/** Stamps (hlcKey) of edits merged by an earlier merge: never applied twice. */
	ledger: ReadonlySet<string>;
	changes: RepChanges;
	decisions?: ReadonlyMap<string, Decision>;
}

export interface MergePlan {
	/** Customers to store: new ones and edited ones, whole records. */
	customers: Customer[];
	interactions: Interaction[];
	/** Undecided true conflicts: while any remain, nothing may be written. */
	conflicts: PackConflict[];
	/** Stamps to add to the ledger when the plan is written. */
	ledgerAdd: string[];
	counts: { customersAdded: number; fieldsChanged: number; interactionsAdded: number };
}

/** A field's value on a customer (`custom.<header>` reads the custom columns). */
export function fieldValue(customer: Customer, field: string): FieldValue {
	if (field.startsWith('custom.')) return customer.custom?.[field.slice(7)];
	return (customer as unknown as Record<string, FieldValue>)[field];
}

/** A copy of the customer with the field set (cleared when undefined); the id never changes. */
export function withField(customer: Customer, field: string, value: FieldValue): Customer {
	const next: Customer = { ...customer, custom: customer.custom && { ...customer.custom } };
	if (!next.custom) delete next.custom;
	if (field.startsWith('custom.')) {
		const custom = { ...next.custom };
		if (value === undefined) delete custom[field.slice(7)];
		else custom[field.slice(7)] = value;
		next.custom = custom;
		return next;
	}
	if (field === 'id') return next;
	const record = next as unknown as Record<string, FieldValue>;
	if (value === undefined) delete record[field];
	else record[field] = value;
	return next;
}

/** The rep's last edit of each (customer, field) not yet merged, by clock. */
function latestEdits(edits: readonly FieldEdit[], ledger: ReadonlySet<string>) {
	const latest = new Map<string, FieldEdit>();
	const stamps: string[] = [];
	for (const edit of edits) {
		const stamp = hlcKey(edit.at);
		if (ledger.has(stamp)) continue;
		stamps.push(stamp);
		const key = `${edit.customerId}/${edit.field}`;
		const known = latest.get(key);
		if (!known || compareHlc(edit.at, known.at) > 0) latest.set(key, edit);
	}
	return { latest, stamps };
}

/** What merging the file would write, and the conflicts to decide first (nothing is written). */
export function planMerge(input: MergeInput): MergePlan {
	const { office, changes } = input;
	const updated = new Map<string, Customer>();
	const counts = { customersAdded: 0, fieldsChanged: 0, interactionsAdded: 0 };
	for (const customer of changes.newCustomers) {
		if (office.has(customer.id) || updated.has(customer.id)) continue;
		updated.set(customer.id, customer);
		counts.customersAdded++;
	}
	const conflicts: PackConflict[] = [];
	const { latest, stamps } = latestEdits(changes.edits, input.ledger);
	for (const [key, edit] of latest) {
		const current = updated.get(edit.customerId) ?? office.get(edit.customerId);
		// A customer the office no longer has, or one this file adds whole: nothing to apply.
		if (!current || !office.has(edit.customerId)) continue;
		const officeValue = fieldValue(current, edit.field);
		if (officeValue === edit.value) continue;
		const base = changes.base[edit.customerId]?.[edit.field];
		const decision = officeValue === base ? 'rep' : input.decisions?.get(key);
		if (decision === undefined) {
			conflicts.push({
				key,
				customerId: edit.customerId,
				field: edit.field,
				base,
				office: officeValue,
				rep: edit.value,
				repAt: edit.at
			});
			continue;
		}
		if (decision === 'office') continue;
		updated.set(edit.customerId, withField(current, edit.field, edit.value));
		counts.fieldsChanged++;
	}
	const known = new Set(input.officeInteractionIds);
	const interactions: Interaction[] = [];
	for (const interaction of changes.interactions) {
		if (known.has(interaction.id)) continue;
		if (!office.has(interaction.customerId) && !updated.has(interaction.customerId)) continue;
		known.add(interaction.id);
		interactions.push(interaction);
	}
	counts.interactionsAdded = interactions.length;
	return {
		customers: [...updated.values()],
		interactions,
		conflicts,
		ledgerAdd: conflicts.length > 0 ? [] : stamps,
		counts
	};
}
