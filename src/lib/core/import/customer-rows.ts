/** Rows of a customers file (attributes only): one customer per row, repeats reported. */

import type { CustomerTable } from './customer-table';
import type { RowPlan } from './plan';
import type { ProblemLog } from './problems';
import type { Cell } from './types';
import { cellText, normaliseCustomerId } from './values';

export class CustomerRows {
	readonly #plan: RowPlan;
	readonly #customers: CustomerTable;
	readonly #problems: ProblemLog;
	/** The mapped cells of each customer's row, to tell a repeated row from a conflicting one. */
	readonly #contents: string[] = [];
	readonly #mappedColumns: number[];
	rowsImported = 0;

	constructor(plan: RowPlan, customers: CustomerTable, problems: ProblemLog) {
		this.#plan = plan;
		this.#customers = customers;
		this.#problems = problems;
		this.#mappedColumns = [
			...plan.nameColumns,
			...plan.customerColumns.map((column) => column.index)
		].sort((a, b) => a - b);
	}

	/** Takes one data row (`row` = the line the user sees). */
	add(cells: readonly Cell[], row: number): void {
		const plan = this.#plan;
		const id = normaliseCustomerId(cells[plan.customerId] ?? null);
		if (id === '') {
			this.#problems.add(row, plan.labels[plan.customerId], 'missingCustomerId', '');
			return;
		}
		const contents = this.#mappedColumns
			.map((column) => cellText(cells[column] ?? null))
			.join('\u0000');
		const existing = this.#customers.find(id);
		if (existing >= 0) {
			const code =
				this.#contents[existing] === contents ? 'repeatedCustomer' : 'duplicateCustomerId';
			this.#problems.add(row, plan.labels[plan.customerId], code, id);
			return;
		}
		const index = this.#customers.indexOf(id);
		this.#contents[index] = contents;
		this.#customers.update(index, cells, row, this.#problems);
		this.rowsImported++;
	}
}
