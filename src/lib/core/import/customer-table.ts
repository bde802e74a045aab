/**
 * Customers as they are built: one index per distinct id, attributes in arrays by field (no
 * object per row), turned into `Customer` records at the end.
 */

import type { Customer } from '../model';
import { parseDateCell, type DateValue } from './dates';
import { storedFieldOf } from '../fields';
import { NUMERIC_CUSTOMER_FIELDS, type FieldKey } from './fields';
import { isBlank, parseNumberCell, type NumberStyle } from './numbers';
import type { ProblemLog } from './problems';
import type { Cell, DateFormat } from './types';
import { cellText, joinParts } from './values';

/** A column that describes the customer. `key` is the field, or the header for custom fields. */
export interface CustomerColumn {
	index: number;
	field: FieldKey | 'custom';
	key: string;
	label: string | number;
}

export interface CustomerParsing {
	numbers: NumberStyle;
	dateFormat: DateFormat;
	referenceYear: number;
}

const PLAIN_NUMBER = /^-?(?:0|[1-9]\d{0,14})(?:\.\d+)?$/;

export class CustomerTable {
	readonly ids: string[] = [];
	readonly #index = new Map<string, number>();
	readonly #names: string[] = [];
	/** Attribute values by column position in `columns`, then by customer index. */
	readonly #values: (string | number | undefined)[][];
	readonly #columns: readonly CustomerColumn[];
	readonly #nameColumns: readonly number[];
	readonly #parsing: CustomerParsing;
	readonly #date: DateValue = { day: 0, second: -1 };

	constructor(
		columns: readonly CustomerColumn[],
		nameColumns: readonly number[],
		parsing: CustomerParsing
	) {
		this.#columns = columns;
		this.#nameColumns = nameColumns;
		this.#parsing = parsing;
		this.#values = columns.map(() => []);
	}

	get size(): number {
		return this.ids.length;
	}

	/** The index of a customer id, or -1. */
	find(id: string): number {
		return this.#index.get(id) ?? -1;
	}

	/** The index of a customer id, added when new. */
	indexOf(id: string): number {
		let index = this.#index.get(id);
		if (index === undefined) {
			index = this.ids.length;
			this.#index.set(id, index);
			this.ids.push(id);
			this.#names.push('');
		}
		return index;
	}

	/** Takes the row's non-empty attributes (a later row of the same customer overrides). */
	update(index: number, cells: readonly Cell[], row: number, problems: ProblemLog): void {
		if (this.#nameColumns.length > 0) {
			const name = joinParts(this.#nameColumns.map((column) => cellText(cells[column] ?? null)));
			if (name !== '') this.#names[index] = name;
		}
		for (let c = 0; c < this.#columns.length; c++) {
			const column = this.#columns[c];
			const cell = cells[column.index] ?? null;
			if (isBlank(cell)) continue;
			const value = this.#value(column, cell);
			if (value === undefined) problems.add(row, column.label, 'invalidOptionalValue', cell);
			else this.#values[c][index] = value;
		}
	}

	#value(column: CustomerColumn, cell: Cell): string | number | undefined {
		const { field } = column;
		if (field === 'custom') {
			if (typeof cell === 'number') return cell;
			const text = cellText(cell);
			return PLAIN_NUMBER.test(text) ? Number(text) : text;
		}
		if (field === 'createdDate')
			return parseDateCell(cell, this.#parsing.dateFormat, this.#date) ? this.#date.day : undefined;
		if (field === 'birthYear') return this.#birthYear(cell);
		if (!NUMERIC_CUSTOMER_FIELDS.has(field)) return cellText(cell);
		const value = parseNumberCell(cell, this.#parsing.numbers);
		if (!Number.isFinite(value)) return undefined;
		if (field === 'age')
			return value > 0 && value < 130 ? this.#parsing.referenceYear - Math.round(value) : undefined;
		return value;
	}

	#birthYear(cell: Cell): number | undefined {
		const year = parseNumberCell(cell, this.#parsing.numbers);
		if (Number.isInteger(year) && year >= 1900 && year <= 2100) return year;
		if (!parseDateCell(cell, this.#parsing.dateFormat, this.#date)) return undefined;
		return new Date(this.#date.day * 86_400_000).getUTCFullYear();
	}

	/** The finished records, in order of first appearance. */
	toCustomers(): Customer[] {
		return this.ids.map((id, index) => {
			const customer: Customer = { id, name: this.#names[index] };
			const record = customer as unknown as Record<string, unknown>;
			for (let c = 0; c < this.#columns.length; c++) {
				const value = this.#values[c][index];
				if (value === undefined) continue;
				const column = this.#columns[c];
				if (column.field === 'custom' || column.field === 'satisfaction') {
					customer.custom ??= {};
					customer.custom[column.key] = value;
				} else record[storedFieldOf(column.field)] = value;
			}
			return customer;
		});
	}
}
