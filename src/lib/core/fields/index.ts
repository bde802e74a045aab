/**
 * The field registry: every customer field and measure once, with its kind (how it is formatted
 * and rounded), label, import column and header names. Formatting, labels, the import, the
 * profile and compare lists and the clustering lab read it; a new field is one entry here.
 */

import type { MessageKey } from '../../i18n/messages/en';
import type { FieldKind } from '../field-kind';
import type { FieldKey } from '../import/fields';
import { CUSTOMER_FIELDS } from './customer-fields';
import type { FieldEntry, FieldRole } from './field-entry';
import { MEASURE_FIELDS, PREDICTED_VALUE_FIELDS, SCORE_FIELDS } from './measure-fields';

export type { FieldKind } from '../field-kind';
export type { FieldEntry, FieldRole, FieldSource } from './field-entry';
export { CUSTOMER_FIELDS } from './customer-fields';
export { MEASURE_FIELDS, PREDICTED_VALUE_FIELDS, SCORE_FIELDS } from './measure-fields';

/** Every registered field: record fields, measures, RFM scores, predicted value. */
export const FIELDS: readonly FieldEntry[] = [
	...CUSTOMER_FIELDS,
	...MEASURE_FIELDS,
	...SCORE_FIELDS,
	...PREDICTED_VALUE_FIELDS
];

const BY_NAME: ReadonlyMap<string, FieldEntry> = new Map(
	FIELDS.map((entry) => [entry.field, entry])
);
const BY_IMPORT: ReadonlyMap<FieldKey, FieldEntry> = new Map(
	FIELDS.flatMap((entry): [FieldKey, FieldEntry][] =>
		entry.import ? [[entry.import.key, entry]] : []
	)
);

/** The registry entry of a field, undefined for custom columns and unknown names. */
export function fieldEntry(field: string): FieldEntry | undefined {
	return BY_NAME.get(field);
}

/**
 * A field's kind: how it is formatted and rounded (money to cents, shares to 4 decimals).
 * A scheme's segment ('segment:<scheme id>') is a category; custom columns and unknown names
 * have none (their values speak for themselves).
 */
export function fieldKind(field: string): FieldKind | undefined {
	if (field.startsWith('segment:')) return 'category';
	return BY_NAME.get(field)?.kind;
}

/** A field's label key, undefined for custom columns and unknown names. */
export function fieldLabelKey(field: string): MessageKey | undefined {
	return BY_NAME.get(field)?.labelKey;
}

/** The record fields of the given kinds, in registry order. */
export function recordFields(kinds: readonly FieldKind[]): string[] {
	return CUSTOMER_FIELDS.filter(
		(entry) => entry.source === 'record' && kinds.includes(entry.kind)
	).map((entry) => entry.field);
}

/** The customer record property an import column fills ('createdDate' → 'createdDay'). */
export function storedFieldOf(key: FieldKey): string {
	const entry = BY_IMPORT.get(key);
	return entry ? (entry.import?.storedAs ?? entry.field) : key;
}

/** Header names that suggest an import column of a customer field (none for order columns). */
export function headerAliases(key: FieldKey): readonly string[] {
	return BY_IMPORT.get(key)?.import?.aliases ?? [];
}

/** Import columns of customer fields read as numbers (amounts and counts, not dates). */
export const NUMERIC_IMPORT_KEYS: readonly FieldKey[] = FIELDS.flatMap((entry) =>
	entry.import && (entry.kind === 'number' || entry.kind === 'money') ? [entry.import.key] : []
);

/** Import columns of customer fields, in the order their header names are tried. */
export const CUSTOMER_IMPORT_KEYS: readonly FieldKey[] = [...BY_IMPORT.keys()];

/** What a measure says when clusters are named after it ('other' when nothing in particular). */
export function fieldRole(field: string): FieldRole | 'other' {
	return BY_NAME.get(field)?.role ?? 'other';
}

/**
 * Whether a field is offered as a clustering feature: numbers, amounts, shares and categories,
 * not identifying texts or dates (nor the birth year, which the age replaces); custom columns are.
 */
export function isClusterFeature(field: string): boolean {
	const entry = BY_NAME.get(field);
	if (!entry) return field.startsWith('custom:');
	return entry.clustering ?? ['number', 'money', 'share', 'category'].includes(entry.kind);
}

const RULE_SOURCE_ORDER: readonly FieldEntry['source'][] = [
	'measure',
	'score',
	'predicted',
	'derived',
	'record'
];
const RULE_NUMBER_KINDS: readonly FieldKind[] = ['number', 'money', 'share', 'day'];

/**
 * Fields a custom rule can test: numbers (measures, RFM scores, predicted value, the age, record
 * amounts and days) first, then texts. Custom columns and other schemes' segments depend on the
 * data and are added where the rules are edited.
 */
export const RULE_FIELDS: readonly { field: string; numeric: boolean }[] = [...FIELDS]
	.map((entry) => ({ entry, numeric: RULE_NUMBER_KINDS.includes(entry.kind) }))
	.sort(
		(a, b) =>
			Number(b.numeric) - Number(a.numeric) ||
			RULE_SOURCE_ORDER.indexOf(a.entry.source) - RULE_SOURCE_ORDER.indexOf(b.entry.source)
	)
	.map(({ entry, numeric }) => ({ field: entry.field, numeric }));

/** The measures a segment is profiled and compared on, in the order they are shown. */
export const PROFILE_MEASURES = [
	'recencyDays',
	'orders',
	'netValue',
	'averageOrderValue',
	'tenureDays',
	'rScore',
	'fScore',
	'mScore',
	'clv',
	'probabilityAlive',
	'expectedPurchases'
] as const;

/** Measures the clustering lab offers first, in this order, when the data has them. */
export const CLUSTER_MEASURES = [
	'recencyDays',
	'orders',
	'netValue',
	'averageOrderValue',
	'tenureDays',
	'medianGapDays',
	'profit',
	'returnValue',
	// Predicted value (BG/NBD + Gamma-Gamma fitted on the same data).
	'clv',
	'expectedPurchases',
	'probabilityAlive'
] as const;
