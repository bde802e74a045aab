/**
 * Test helper: order columns and customer records loaded into an in-memory DuckDB as the
 * `orders` and `customers` tables the segment query reads, and the query's rows read back.
 * Tests only (DuckDB is a dev dependency).
 */

import { DuckDBDateValue, DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { Customer, OrderColumns } from '../../model';
import { ORDER_STATUS } from '../../model';
import { customerColumnOf } from '../segment-query';
import { fieldValue } from './engine-comparison';

const STATUS_TEXT: Record<number, string | null> = {
	[ORDER_STATUS.ok]: null,
	[ORDER_STATUS.returned]: 'returned',
	[ORDER_STATUS.cancelled]: 'cancelled'
};

/** A DuckDB connection holding `orders` and `customers` (with the given record fields). */
export async function loadTables(
	orders: OrderColumns,
	customers: readonly Customer[],
	fields: readonly { field: string; kind: 'number' | 'string' }[]
): Promise<DuckDBConnection> {
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	// One thread: each customer's amounts are then added in row order, as the engine adds them
	// (floating-point sums depend on their order; see the README's "Outgrowing the browser").
	await connection.run('SET threads = 1');
	await connection.run(
		'CREATE TABLE orders (customer_id VARCHAR, order_id VARCHAR, order_date DATE, amount DOUBLE, status VARCHAR)'
	);
	const columns = fields.map(
		({ field, kind }) => `"${customerColumnOf(field)}" ${kind === 'number' ? 'DOUBLE' : 'VARCHAR'}`
	);
	await connection.run(
		`CREATE TABLE customers (customer_id VARCHAR${columns.map((c) => `, ${c}`).join('')})`
	);
	const appender = await connection.createAppender('orders');
	for (let row = 0; row < orders.day.length; row++) {
		appender.appendVarchar(orders.customerIds[orders.customer[row]]);
		appender.appendVarchar(orders.orderId[row]);
		appender.appendDate(new DuckDBDateValue(orders.day[row]));
		appender.appendDouble(orders.amount[row]);
		const status = STATUS_TEXT[orders.status[row]];
		if (status === null) appender.appendNull();
		else appender.appendVarchar(status);
		appender.endRow();
	}
	appender.closeSync();
	const people = await connection.createAppender('customers');
	for (const customer of customers) {
		people.appendVarchar(customer.id);
		for (const { field, kind } of fields) {
			const value = fieldValue(customer, field);
			if (value === undefined) people.appendNull();
			else if (kind === 'number') people.appendDouble(Number(value));
			else people.appendVarchar(String(value));
		}
		people.endRow();
	}
	people.closeSync();
	return connection;
}

/** The query's rows by their first column (the customer id), values as text ('' for NULL). */
export async function queryRows(
	connection: DuckDBConnection,
	sql: string
): Promise<Map<string, string[]>> {
	const reader = await connection.runAndReadAll(sql);
	const rows = new Map<string, string[]>();
	for (const row of reader.getRowsJson()) {
		const values = row.map((value) => (value === null ? '' : String(value)));
		rows.set(values[0], values);
	}
	return rows;
}
