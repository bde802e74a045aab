/**
 * Rows in, result out: the one place that turns mapped rows into customers, orders and a report,
 * whatever reader (CSV stream or Excel sheet) delivered them.
 */

import { emptyOrderColumns } from '../order-columns';
import { CustomerRows } from './customer-rows';
import { CustomerTable } from './customer-table';
import { OrderRows, type OrdersBuilt } from './order-rows';
import { compilePlan, mappingErrors, suppliedCustomerFields, type RowPlan } from './plan';
import { ProblemLog } from './problems';
import type { ResolvedSettings } from './settings';
import type { Cell, ImportOutcome, ImportReport } from './types';

export class ImportBuilder {
	readonly #settings: ResolvedSettings;
	readonly #plan: RowPlan;
	readonly #problems = new ProblemLog();
	readonly #customers: CustomerTable;
	readonly #orders: OrderRows | null;
	readonly #customerRows: CustomerRows | null;
	readonly #columnCount: number;
	rowsRead = 0;
	blankLines = 0;

	constructor(settings: ResolvedSettings) {
		const { detected, mapping, columns } = settings;
		this.#settings = settings;
		this.#plan = compilePlan(mapping, columns);
		this.#columnCount = columns.length;
		const numbers = {
			decimalComma: detected.decimalComma,
			parenthesesNegative: detected.parenthesesNegative
		};
		this.#customers = new CustomerTable(this.#plan.customerColumns, this.#plan.nameColumns, {
			numbers,
			dateFormat: detected.dateFormat,
			referenceYear: detected.referenceYear
		});
		const orders = detected.kind === 'orders';
		this.#orders = orders
			? new OrderRows(
					this.#plan,
					{
						numbers,
						dateFormat: detected.dateFormat,
						lineItems: detected.lineItems,
						returns: detected.returns
					},
					this.#customers,
					this.#problems
				)
			: null;
		this.#customerRows = orders
			? null
			: new CustomerRows(this.#plan, this.#customers, this.#problems);
	}

	/** Whole-file errors of the mapping, before any row is read. */
	mappingErrors() {
		return mappingErrors(this.#settings.mapping, this.#settings.detected.kind);
	}

	/** One data row; `replaced` = the text around it had undecodable bytes (U+FFFD). */
	addRow(cells: readonly Cell[], row: number, replaced = false): void {
		this.rowsRead++;
		if (cells.length !== this.#columnCount && this.#missesMappedCell(cells))
			this.#problems.add(row, null, 'columnCountMismatch', cells.length);
		if (replaced && cells.some((cell) => typeof cell === 'string' && cell.includes('\uFFFD')))
			this.#problems.add(row, null, 'encodingReplaced', cells.join(' '));
		if (this.#orders) this.#orders.add(cells, row);
		else this.#customerRows?.add(cells, row);
	}

	/**
	 * A line whose quoted value ran to the end of the file (its closing quote is missing): the
	 * row is read, skipped and listed; the lines after it are read as rows of their own.
	 */
	unclosedQuote(row: number, text: string): void {
		this.rowsRead++;
		this.#problems.add(row, null, 'unclosedQuote', text);
	}

	#missesMappedCell(cells: readonly Cell[]): boolean {
		if (cells.length > this.#columnCount) return true;
		const mapping = this.#settings.mapping;
		for (let column = cells.length; column < mapping.length; column++)
			if (mapping[column] !== 'ignore') return true;
		return false;
	}

	/** The result, or the whole-file error the rows amount to. */
	finish(): ImportOutcome {
		const built: OrdersBuilt | null = this.#orders ? this.#orders.finish() : null;
		const customers = this.#customers.toCustomers();
		const report = this.#report(built, customers.length);
		if (this.rowsRead === 0)
			return { ok: false, error: { code: 'noRows', detail: 'no data rows' }, report };
		if (built && built.validDates === 0 && built.failedDates > 0)
			return {
				ok: false,
				error: { code: 'noValidDates', detail: `${built.failedDates} dates, none readable` },
				report
			};
		if (customers.length === 0)
			return {
				ok: false,
				error: { code: 'nothingToImport', detail: `${report.rowsRead} rows, all skipped` },
				report
			};
		const { mapping, columns, detected, headerSignature } = this.#settings;
		return {
			ok: true,
			result: {
				customers,
				orders: built ? built.orders : { ...emptyOrderColumns(), customerIds: this.#customers.ids },
				report,
				mapping: [...mapping],
				columns,
				customerFields: suppliedCustomerFields(mapping),
				detected,
				headerSignature
			}
		};
	}

	#report(built: OrdersBuilt | null, customerCount: number): ImportReport {
		const problems = this.#problems;
		return {
			rowsRead: this.rowsRead,
			rowsImported: built ? built.rowsImported : (this.#customerRows?.rowsImported ?? 0),
			blankLines: this.blankLines,
			orders: built ? built.orders.day.length : 0,
			customers: customerCount,
			customersFromOrders: built ? customerCount : 0,
			skipped: problems.skipped,
			problemCounts: problems.counts,
			problemsTotal: problems.total,
			problems: problems.problems,
			returns: built ? built.returns : { orders: 0, rows: 0, amount: 0 },
			totalAmount: built ? built.totalAmount : 0
		};
	}
}
