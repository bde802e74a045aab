/**
 * The PostgreSQL query against the engine on Online Retail, run by `psql` when a server is
 * given: KEQUN_TEST_POSTGRES holds its connection string, e.g.
 *   KEQUN_TEST_POSTGRES='host=/tmp/pg port=5432 user=postgres dbname=postgres'
 * The test works in a schema of its own and drops it. Without a server it is skipped.
 */

import { spawnSync } from 'node:child_process';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { isoFromDay } from '../days';
import type { Customer, OrderColumns } from '../model';
import { ORDER_STATUS } from '../model';
import { onlineRetailOrders } from '../segments/testing/real-data';
import { customerColumnOf } from './segment-query';
import { comparison, differences, fieldValue } from './testing/engine-comparison';

const CONNECTION = process.env.KEQUN_TEST_POSTGRES;

/** A CSV field for COPY: quoted text, or nothing for NULL. */
function field(value: string | number | undefined | null): string {
	if (value === undefined || value === null) return '';
	return `"${String(value).replaceAll('"', '""')}"`;
}

function copyOrders(orders: OrderColumns): string {
	const status = {
		[ORDER_STATUS.ok]: null,
		[ORDER_STATUS.returned]: 'returned',
		[ORDER_STATUS.cancelled]: 'cancelled'
	};
	const lines = ['COPY orders FROM STDIN WITH (FORMAT csv);'];
	for (let row = 0; row < orders.day.length; row++) {
		lines.push(
			[
				field(orders.customerIds[orders.customer[row]]),
				field(orders.orderId[row]),
				isoFromDay(orders.day[row]),
				String(orders.amount[row]),
				field(status[orders.status[row] as 0 | 1 | 2])
			].join(',')
		);
	}
	return [...lines, '\\.'].join('\n');
}

function copyCustomers(
	customers: readonly Customer[],
	fields: readonly { field: string }[]
): string {
	const lines = ['COPY customers FROM STDIN WITH (FORMAT csv);'];
	for (const customer of customers) {
		lines.push(
			[field(customer.id), ...fields.map((f) => field(fieldValue(customer, f.field)))].join(',')
		);
	}
	return [...lines, '\\.'].join('\n');
}

describe.skipIf(!CONNECTION)('the PostgreSQL segment query equals the engine', () => {
	it('on Online Retail, default settings and analysis day', { timeout: 120_000 }, () => {
		const orders = onlineRetailOrders();
		const compared = comparison('postgres', orders, undefined, {});
		const schema = `kequn_sql_test_${process.pid}`;
		const columns = compared.fields.map(
			({ field, kind }) =>
				`, "${customerColumnOf(field)}" ${kind === 'number' ? 'DOUBLE PRECISION' : 'TEXT'}`
		);
		const script = [
			`CREATE SCHEMA ${schema};`,
			`SET search_path TO ${schema};`,
			'SET client_min_messages TO warning;',
			'CREATE TABLE orders (customer_id TEXT, order_id TEXT, order_date DATE, amount DOUBLE PRECISION, status TEXT);',
			`CREATE TABLE customers (customer_id TEXT${columns.join('')});`,
			copyOrders(orders),
			copyCustomers(compared.customers, compared.fields),
			`${compared.select};`,
			`DROP SCHEMA ${schema} CASCADE;`
		].join('\n');
		const run = spawnSync(
			'psql',
			[CONNECTION!, '-q', '--csv', '-v', 'ON_ERROR_STOP=1', '-f', '-'],
			{
				input: script,
				encoding: 'utf8',
				maxBuffer: 64 * 1024 * 1024
			}
		);
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		const [, ...rows] = Papa.parse<string[]>(run.stdout.trim()).data;
		expect(differences(new Map(rows.map((row) => [row[0], row])), compared)).toEqual([]);
	});
});

if (!CONNECTION) {
	console.info(
		'postgres.test.ts: skipped — set KEQUN_TEST_POSTGRES to a psql connection string to run it'
	);
}
