/**
 * Rows of an orders file into orders: validation, grouping of line items by order id,
 * duplicates, returns and cancellations. The hot path of an import: no object per row.
 */

import { ORDER_STATUS, type OrderColumns } from '../model';
import type { CustomerTable } from './customer-table';
import { lastDateFailure, parseDateCell, type DateValue } from './dates';
import { isBlank, numberFailure, parseNumberCell, type NumberStyle } from './numbers';
import {
	MARK_ID_CANCELLED,
	MARK_STATUS_CANCELLED,
	MARK_STATUS_RETURNED,
	OrderTable
} from './order-table';
import type { RowPlan } from './plan';
import type { ProblemLog } from './problems';
import type { Cell, DateFormat, ReturnsRule } from './types';
import { cellText, joinParts, normaliseCustomerId } from './values';

export interface OrderRowSettings {
	numbers: NumberStyle;
	dateFormat: DateFormat;
	lineItems: boolean;
	returns: ReturnsRule;
}

export interface OrdersBuilt {
	orders: OrderColumns;
	returns: { orders: number; rows: number; amount: number };
	totalAmount: number;
	rowsImported: number;
	/** Rows whose date parsed, and rows whose date did not. */
	validDates: number;
	failedDates: number;
}

/** Money computed as price × quantity is rounded to this (1e-6 of the currency unit). */
const MONEY_SCALE = 1e6;

export class OrderRows {
	readonly #plan: RowPlan;
	readonly #settings: OrderRowSettings;
	readonly #problems: ProblemLog;
	readonly #customers: CustomerTable;
	readonly #table = new OrderTable();
	readonly #byOrderId = new Map<string, number>();
	readonly #cancelledStatuses: ReadonlySet<string>;
	readonly #returnedStatuses: ReadonlySet<string>;
	readonly #date: DateValue = { day: 0, second: -1 };
	/** Line-item files repeat the invoice date on every line: parse each distinct text once. */
	#lastDateText = '';
	#lastDay = 0;
	#lastSecond = -1;
	#validDates = 0;
	#failedDates = 0;
	#rowsImported = 0;

	constructor(
		plan: RowPlan,
		settings: OrderRowSettings,
		customers: CustomerTable,
		problems: ProblemLog
	) {
		this.#plan = plan;
		this.#settings = settings;
		this.#customers = customers;
		this.#problems = problems;
		this.#cancelledStatuses = new Set(settings.returns.cancelledStatuses);
		this.#returnedStatuses = new Set(settings.returns.returnedStatuses);
	}

	/** Takes one data row (`row` = the line the user sees). */
	add(cells: readonly Cell[], row: number): void {
		const plan = this.#plan;
		const problems = this.#problems;
		const customerId = normaliseCustomerId(cells[plan.customerId] ?? null);
		if (customerId === '') {
			problems.add(row, plan.labels[plan.customerId], 'missingCustomerId', '');
			return;
		}
		if (!this.#readDate(cells[plan.date] ?? null, row)) return;
		const day = this.#lastDay;
		const second = this.#lastSecond;

		const quantity = this.#optionalNumber(cells, plan.quantity, row, plan.amount < 0);
		if (quantity === undefined) return;
		const amount = this.#amount(cells, quantity, row);
		if (amount === undefined) return;
		const cost = this.#optionalNumber(cells, plan.cost, row, false) ?? NaN;

		if ((amount < 0 || quantity < 0) && !this.#settings.returns.negativeIsReturn) {
			const column = plan.amount >= 0 ? plan.amount : plan.quantity;
			problems.add(row, plan.labels[column], 'negativeAmount', amount);
			return;
		}
		let marks = 0;
		const orderId = plan.orderId >= 0 ? cellText(cells[plan.orderId] ?? null) : '';
		const prefix = this.#settings.returns.cancelledIdPrefix;
		if (prefix !== '' && orderId.startsWith(prefix)) marks |= MARK_ID_CANCELLED;
		if (plan.status >= 0) marks |= this.#statusMarks(cells[plan.status] ?? null);
		const product = this.#product(cells);

		const existing = orderId === '' ? undefined : this.#byOrderId.get(orderId);
		if (existing !== undefined) {
			const table = this.#table;
			const sameCustomer = this.#customers.ids[table.customer[existing]] === customerId;
			if (this.#settings.lineItems) {
				if (!sameCustomer) {
					problems.add(row, plan.labels[plan.orderId], 'orderCustomerConflict', orderId);
					return;
				}
				table.addLine(existing, amount, cost, quantity, marks, product);
				this.#customers.update(table.customer[existing], cells, row, problems);
				this.#rowsImported++;
				return;
			}
			const identical =
				sameCustomer &&
				table.day[existing] === day &&
				table.secondOfDay[existing] === second &&
				table.amount[existing] === amount &&
				Object.is(table.quantity[existing], quantity) &&
				table.product[existing] === product;
			problems.add(
				row,
				plan.labels[plan.orderId],
				identical ? 'repeatedOrder' : 'duplicateOrderId',
				orderId
			);
			return;
		}
		const customer = this.#customers.indexOf(customerId);
		this.#customers.update(customer, cells, row, problems);
		const index = this.#table.push(
			customer,
			day,
			second,
			amount,
			cost,
			quantity,
			marks,
			orderId,
			product
		);
		if (orderId !== '') this.#byOrderId.set(orderId, index);
		this.#rowsImported++;
	}

	#readDate(cell: Cell, row: number): boolean {
		const plan = this.#plan;
		if (typeof cell === 'string' && cell === this.#lastDateText && cell !== '') {
			this.#validDates++;
			return true;
		}
		if (isBlank(cell)) {
			this.#problems.add(row, plan.labels[plan.date], 'missingDate', '');
			return false;
		}
		if (!parseDateCell(cell, this.#settings.dateFormat, this.#date)) {
			this.#failedDates++;
			const code = lastDateFailure() === 'outOfRange' ? 'dateOutOfRange' : 'invalidDate';
			this.#problems.add(row, plan.labels[plan.date], code, cell);
			return false;
		}
		this.#validDates++;
		this.#lastDateText = typeof cell === 'string' ? cell : '';
		this.#lastDay = this.#date.day;
		this.#lastSecond = this.#date.second;
		return true;
	}

	/** A number column that may be empty (NaN); undefined = the row is skipped. */
	#optionalNumber(cells: readonly Cell[], column: number, row: number, required: boolean) {
		if (column < 0) return NaN;
		const cell = cells[column] ?? null;
		if (isBlank(cell)) return NaN;
		const value = parseNumberCell(cell, this.#settings.numbers);
		if (Number.isFinite(value)) return value;
		const label = this.#plan.labels[column];
		if (required) {
			this.#problems.add(row, label, numberFailure(cell), cell);
			return undefined;
		}
		this.#problems.add(row, label, 'invalidOptionalValue', cell);
		return NaN;
	}

	/** The amount column, else unit price × quantity (quantity 1 when there is none). */
	#amount(cells: readonly Cell[], quantity: number, row: number): number | undefined {
		const plan = this.#plan;
		if (plan.amount >= 0) {
			const cell = cells[plan.amount] ?? null;
			if (!isBlank(cell)) {
				const value = parseNumberCell(cell, this.#settings.numbers);
				if (Number.isFinite(value)) return value;
				this.#problems.add(row, plan.labels[plan.amount], numberFailure(cell), cell);
				return undefined;
			}
		}
		if (plan.unitPrice >= 0) {
			const cell = cells[plan.unitPrice] ?? null;
			if (!isBlank(cell)) {
				const price = parseNumberCell(cell, this.#settings.numbers);
				if (!Number.isFinite(price)) {
					this.#problems.add(row, plan.labels[plan.unitPrice], numberFailure(cell), cell);
					return undefined;
				}
				const units = Number.isNaN(quantity) ? 1 : quantity;
				return Math.round(price * units * MONEY_SCALE) / MONEY_SCALE;
			}
		}
		const column = plan.amount >= 0 ? plan.amount : plan.unitPrice;
		this.#problems.add(row, plan.labels[column], 'missingAmount', '');
		return undefined;
	}

	#statusMarks(cell: Cell): number {
		const status = cellText(cell).toLowerCase();
		if (status === '') return 0;
		if (this.#cancelledStatuses.has(status)) return MARK_STATUS_CANCELLED;
		if (this.#returnedStatuses.has(status)) return MARK_STATUS_RETURNED;
		return 0;
	}

	#product(cells: readonly Cell[]): string {
		const columns = this.#plan.productColumns;
		if (columns.length === 0) return '';
		if (columns.length === 1) return cellText(cells[columns[0]] ?? null);
		return joinParts(columns.map((column) => cellText(cells[column] ?? null)));
	}

	/** The orders with their status, and what the returns and cancellations amount to. */
	finish(): OrdersBuilt {
		const table = this.#table;
		const n = table.length;
		const status = new Uint8Array(n);
		const statusMeans = this.#settings.returns.statusMeans;
		const returns = { orders: 0, rows: 0, amount: 0 };
		let totalAmount = 0;
		for (let i = 0; i < n; i++) {
			const marks = table.marks[i];
			let amount = table.amount[i];
			if (marks & MARK_ID_CANCELLED) {
				status[i] = ORDER_STATUS.cancelled;
				amount = -Math.abs(amount);
			} else if (marks & (MARK_STATUS_CANCELLED | MARK_STATUS_RETURNED)) {
				status[i] = marks & MARK_STATUS_CANCELLED ? ORDER_STATUS.cancelled : ORDER_STATUS.returned;
				amount = statusMeans === 'void' ? 0 : -Math.abs(amount);
			} else if (amount < 0 || (amount === 0 && table.quantity[i] < 0)) {
				status[i] = ORDER_STATUS.returned;
			}
			// Sums of price × quantity lines pick up float noise (15.299999…): round to 1e-6.
			amount = Math.round(amount * MONEY_SCALE) / MONEY_SCALE;
			table.amount[i] = amount;
			totalAmount += amount;
			if (status[i] !== ORDER_STATUS.ok) {
				returns.orders++;
				returns.rows += table.rows[i];
				returns.amount += amount;
			}
		}
		returns.amount = Math.round(returns.amount * 100) / 100;
		return {
			orders: table.toColumns(this.#customers.ids, status),
			returns,
			totalAmount: Math.round(totalAmount * 100) / 100,
			rowsImported: this.#rowsImported,
			validDates: this.#validDates,
			failedDates: this.#failedDates
		};
	}
}
