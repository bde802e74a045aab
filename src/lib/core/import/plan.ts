/** A mapping compiled into column positions, and the whole-file checks a mapping must pass. */

import { storedFieldOf } from '../fields';
import type { CustomerColumn } from './customer-table';
import { JOINABLE_FIELDS, ORDER_FIELDS, type ColumnTarget, type FieldKey } from './fields';
import type { FileErrorCode } from './problems';
import type { ColumnInfo, ImportKind } from './types';

export interface RowPlan {
	customerId: number;
	orderId: number;
	date: number;
	amount: number;
	quantity: number;
	unitPrice: number;
	cost: number;
	status: number;
	nameColumns: number[];
	productColumns: number[];
	customerColumns: CustomerColumn[];
	/** How each column is named in problems. */
	labels: (string | number)[];
}

/** Column positions for each field of a mapping. */
export function compilePlan(
	mapping: readonly ColumnTarget[],
	columns: readonly ColumnInfo[]
): RowPlan {
	const first = (field: FieldKey) => mapping.indexOf(field);
	const all = (field: FieldKey) =>
		mapping.flatMap((target, index) => (target === field ? [index] : []));
	const customerColumns: CustomerColumn[] = [];
	mapping.forEach((target, index) => {
		if (target === 'ignore' || target === 'customerId' || target === 'customerName') return;
		if (target !== 'custom' && ORDER_FIELDS.has(target)) return;
		const column = columns[index];
		const key = target === 'custom' ? customKey(column) : target;
		customerColumns.push({ index, field: target, key, label: column.label });
	});
	return {
		customerId: first('customerId'),
		orderId: first('orderId'),
		date: first('date'),
		amount: first('amount'),
		quantity: first('quantity'),
		unitPrice: first('unitPrice'),
		cost: first('cost'),
		status: first('status'),
		nameColumns: all('customerName'),
		productColumns: all('product'),
		customerColumns,
		labels: columns.map((column) => column.label)
	};
}

/** The key of a custom field: the header, or `#3` for the third column of a file without one. */
export function customKey(column: ColumnInfo): string {
	return column.header !== '' ? column.header : `#${column.position}`;
}

/** Whole-file errors a mapping causes for a kind of file, in the order the user should fix them. */
export function mappingErrors(mapping: readonly ColumnTarget[], kind: ImportKind): FileErrorCode[] {
	const has = (field: FieldKey) => mapping.includes(field);
	const errors: FileErrorCode[] = [];
	if (!has('customerId')) errors.push('noCustomerIdColumn');
	if (kind === 'orders') {
		if (!has('date')) errors.push('noDateColumn');
		if (!has('amount') && !has('unitPrice')) errors.push('noAmountColumn');
	}
	return errors;
}

/** Fields mapped to more than one column although only one is read (the first wins). */
export function repeatedTargets(mapping: readonly ColumnTarget[]): FieldKey[] {
	const seen = new Set<ColumnTarget>();
	const repeated = new Set<FieldKey>();
	for (const target of mapping) {
		if (target === 'custom' || target === 'ignore') continue;
		if (seen.has(target) && !JOINABLE_FIELDS.has(target)) repeated.add(target);
		seen.add(target);
	}
	return [...repeated];
}

/** The customer fields a mapping supplies (a merge into stored customers updates only these). */
export function suppliedCustomerFields(mapping: readonly ColumnTarget[]): string[] {
	const fields = new Set<string>();
	for (const target of mapping) {
		if (target === 'ignore' || target === 'customerId') continue;
		if (target !== 'custom' && ORDER_FIELDS.has(target)) continue;
		if (target === 'custom' || target === 'satisfaction') fields.add('custom');
		else fields.add(storedFieldOf(target));
	}
	return [...fields];
}
