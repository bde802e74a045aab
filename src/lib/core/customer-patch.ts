/**
 * A hand edit of a customer's text fields as a patch: only the fields the person changed, with
 * the values they saw when the form opened. Applied to the record as stored at save time, it
 * keeps everything else that was written meanwhile (an import in another tab, say), and a field
 * that someone else changed since the form opened is a conflict for the person to settle rather
 * than something to overwrite.
 */

import { CUSTOMER_TEXT_FIELDS, type Customer } from './model';

/** The fields the edit form offers, in its order. */
export const EDITABLE_FIELDS = ['name', ...CUSTOMER_TEXT_FIELDS] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/** Field values as the form shows them ('' for a field the customer does not have). */
export type FieldValues = Partial<Record<EditableField, string>>;

export interface CustomerPatch {
	id: string;
	/** The values of the changed fields when the form opened. */
	base: FieldValues;
	/** The new values of the changed fields ('' removes a field; a name becomes ''). */
	changes: FieldValues;
}

/** A changed field that was also changed by another write since the form opened. */
export interface FieldConflict {
	field: EditableField;
	/** The value when the form opened. */
	base: string;
	/** The value stored now. */
	stored: string;
	/** The value the person typed. */
	mine: string;
}

/** The form's view of a customer's editable fields. */
export function fieldValues(customer: Customer): Required<FieldValues> {
	return Object.fromEntries(
		EDITABLE_FIELDS.map((field) => [field, customer[field] ?? ''])
	) as Required<FieldValues>;
}

/** The fields whose trimmed draft differs from the value at opening, and their new values. */
export function changedFields(base: FieldValues, draft: FieldValues): FieldValues {
	const changes: FieldValues = {};
	for (const field of EDITABLE_FIELDS) {
		const next = draft[field]?.trim() ?? '';
		if (next !== (base[field] ?? '')) changes[field] = next;
	}
	return changes;
}

/**
 * The stored customer with the patch applied, or the conflicts: changed fields whose stored
 * value is neither the one the form opened with nor the one typed.
 */
export function applyPatch(
	stored: Customer,
	patch: CustomerPatch
): { customer: Customer } | { conflicts: FieldConflict[] } {
	const now = fieldValues(stored);
	const conflicts: FieldConflict[] = [];
	for (const [field, mine] of Object.entries(patch.changes) as [EditableField, string][]) {
		const base = patch.base[field] ?? '';
		if (now[field] !== base && now[field] !== mine)
			conflicts.push({ field, base, stored: now[field], mine });
	}
	if (conflicts.length > 0) return { conflicts };
	const customer: Customer = { ...stored };
	for (const [field, value] of Object.entries(patch.changes) as [EditableField, string][]) {
		if (field === 'name') customer.name = value;
		else if (value) customer[field] = value;
		else delete customer[field];
	}
	return { customer };
}
