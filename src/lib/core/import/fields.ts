/** The fields a column can be mapped to, and how header names are compared. */

import { NUMERIC_IMPORT_KEYS } from '../fields';

/** Fields that describe one order (the rest describe the customer), in display order. */
const ORDER_FIELD_LIST = [
	'orderId',
	'date',
	'amount',
	'quantity',
	'unitPrice',
	'cost',
	'product',
	'status'
] as const;

/** Fields of the data model a column can fill. */
export const FIELDS = [
	'customerId',
	'customerName',
	...ORDER_FIELD_LIST,
	'phone',
	'email',
	'region',
	'city',
	'industry',
	'channel',
	'gender',
	'age',
	'birthYear',
	'ageBand',
	'incomeBand',
	'owner',
	'createdDate',
	'creditLimit',
	'balanceOwed',
	'overdueDays',
	'overdueCount',
	'riskGrade',
	'satisfaction'
] as const;
export type FieldKey = (typeof FIELDS)[number];

/** What a column becomes: a field, a custom field of the customer (by header), or nothing. */
export type ColumnTarget = FieldKey | 'custom' | 'ignore';

/** Fields that describe one order (the rest describe the customer). */
export const ORDER_FIELDS: ReadonlySet<FieldKey> = new Set<FieldKey>(ORDER_FIELD_LIST);

/** Fields several columns may fill; their texts are joined (first + last name). */
export const JOINABLE_FIELDS: ReadonlySet<FieldKey> = new Set<FieldKey>([
	'customerName',
	'product'
]);

/** Customer fields read as numbers (the registry's amounts and counts, and satisfaction). */
export const NUMERIC_CUSTOMER_FIELDS: ReadonlySet<FieldKey> = new Set<FieldKey>([
	...NUMERIC_IMPORT_KEYS,
	'satisfaction'
]);

/** A header reduced for comparison: full-width folded, lower case, no spaces, `_ - . ( )` etc. */
export function normaliseHeader(header: string): string {
	return header
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\s\uFEFF_\-.·/\\()（）[\]【】:：#№'"]+/g, '');
}

/**
 * The header row as one string, to find a saved template for a file with the same headers.
 * Files without a header row are known by their column count only.
 */
export function headerSignature(headers: readonly string[] | null, columnCount: number): string {
	if (!headers) return `#columns:${columnCount}`;
	return headers.map(normaliseHeader).join('|');
}

/** The template form of a mapping: header (or 1-based position) → target. */
export function mappingToRecord(
	headers: readonly string[] | null,
	mapping: readonly ColumnTarget[]
): Record<string, string> {
	const record: Record<string, string> = {};
	mapping.forEach((target, index) => {
		record[headers ? normaliseHeader(headers[index]) : String(index + 1)] = target;
	});
	return record;
}

/** A mapping from a saved template; columns the template does not know are ignored. */
export function mappingFromRecord(
	headers: readonly string[] | null,
	columnCount: number,
	record: Readonly<Record<string, string>>
): ColumnTarget[] {
	const targets = new Set<string>([...FIELDS, 'custom', 'ignore']);
	return Array.from({ length: columnCount }, (_, index) => {
		const key = headers ? normaliseHeader(headers[index] ?? '') : String(index + 1);
		const target = record[key];
		return target !== undefined && targets.has(target) ? (target as ColumnTarget) : 'ignore';
	});
}
