/**
 * The segment query: a hand-worked case run by DuckDB, and the PostgreSQL and BigQuery texts
 * checked for their dialect's syntax. The comparison with the engine on real data is in
 * duckdb.test.ts.
 */

import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../days';
import type { Customer } from '../model';
import { ORDER_STATUS } from '../model';
import { ordersFromObjects } from '../order-columns';
import { resolveSettings } from '../segments/settings';
import type { CustomRuleSet } from '../segments/custom-rules';
import { segmentQuery } from './segment-query';
import { SqlUnsupportedError } from './step';
import { loadTables, queryRows } from './testing/duckdb';

const DAY = dayFromIso('2024-01-11');

/** [customer, days before the analysis day, amount, status] */
const ROWS: [string, number, number, number][] = [
	['A', 10, 100, ORDER_STATUS.ok],
	['A', 5, 50, ORDER_STATUS.ok],
	['A', 1, 30, ORDER_STATUS.ok],
	['A', 3, 20, ORDER_STATUS.returned],
	['A', 2, 999, ORDER_STATUS.cancelled],
	['B', 40, 10, ORDER_STATUS.ok],
	['B', 30, -5, ORDER_STATUS.ok],
	['C', -3, 70, ORDER_STATUS.ok],
	['E', 100, 500, ORDER_STATUS.ok],
	['E', 100, 500, ORDER_STATUS.ok]
];

const orders = ordersFromObjects(
	ROWS.map(([customerId, before, amount, status], k) => ({
		customerId,
		day: DAY - before,
		secondOfDay: -1,
		amount,
		cost: NaN,
		quantity: NaN,
		status: status as 0 | 1 | 2,
		orderId: `O${k}`,
		product: ''
	}))
);
const customers: Customer[] = [{ id: 'D', name: 'Only a record' }];

const RULES: CustomRuleSet = {
	id: 'quoted',
	others: { en: 'Others', zh: '其他' },
	rules: [
		{
			id: "o'brien",
			en: 'Quoted',
			zh: '引号',
			conditions: [
				{ field: 'custom:会员 等级', op: '>=', value: 2 },
				{ field: 'region', op: '=', value: "O'Brien \\ Co" }
			]
		}
	]
};

describe('the segment query by hand', () => {
	it('gives the measures, scores and classes worked out by hand', async () => {
		const settings = resolveSettings({});
		const query = segmentQuery({ dialect: 'duckdb', settings, analysisDay: DAY });
		const credit = ['overdueDays', 'overdueCount', 'creditLimit', 'balanceOwed'];
		const fields = credit.map((field) => ({ field, kind: 'number' as const }));
		const connection = await loadTables(orders, customers, fields);
		const rows = await queryRows(connection, query.sql);
		connection.closeSync();
		const columns = query.columns;
		const row = (id: string) =>
			Object.fromEntries(columns.map((column, k) => [column, rows.get(id)![k]]));
		expect([...rows.keys()]).toEqual(['A', 'B', 'C', 'D', 'E']);
		// A: three purchases (180), a return of 20, a cancellation; gaps 5 and 4 days.
		expect(row('A')).toMatchObject({
			orders: '3',
			first_order: '2024-01-01',
			last_order: '2024-01-10',
			recency_days: '1',
			monetary: '160',
			r: '5',
			f: '5',
			m: '3',
			rfm_segment: 'champions',
			// Own limits 2 × 4.5 and 4 × 4.5 days; tenure 10 days.
			lifecycle: 'new',
			// 160 after 1,000 of 1,165: between 80 % and 95 %.
			value_tier: 'ordinary'
		});
		// B: one purchase of 10 and a reversal of −5 (a return by its sign).
		expect(row('B')).toMatchObject({ orders: '1', monetary: '5', r: '3', f: '1', m: '1' });
		expect(row('B').rfm_segment).toBe('about-to-sleep');
		// E: two purchases on one day: a median gap of 0 days, so the global limits (90 days).
		expect(row('E')).toMatchObject({ r: '1', f: '3', m: '5', rfm_segment: 'at-risk' });
		expect(row('E')).toMatchObject({ lifecycle: 'lapsing', value_tier: 'key' });
		// C bought only after the analysis day; D has a record and no orders.
		for (const id of ['C', 'D']) {
			expect(row(id)).toMatchObject({
				orders: '0',
				first_order: '',
				r: '',
				rfm_segment: 'prospect',
				rfm8_segment: 'prospect',
				lifecycle: 'prospect',
				loyalty: 'prospect',
				value_tier: 'small',
				credit_risk: 'no-data'
			});
		}
	});

	it('outputs only the chosen schemes, computing the ones their rules read', () => {
		const settings = resolveSettings({
			customRules: [
				{
					id: 'vip',
					others: { en: 'Others', zh: '其他' },
					rules: [
						{
							id: 'top',
							en: 'Top',
							zh: '顶',
							conditions: [{ field: 'segment:value-tier', op: '=', value: 'key' }]
						}
					]
				}
			]
		});
		const query = segmentQuery({ dialect: 'duckdb', settings, schemes: ['custom:vip'] });
		expect(query.columns.slice(6)).toEqual(['custom_vip']);
		expect(query.sql).toContain("'key'");
		expect(query.sql).not.toContain("'champions'");
		expect(() => segmentQuery({ dialect: 'duckdb', settings, schemes: ['nope'] })).toThrow(
			RangeError
		);
	});

	it('refuses value tiers by profit: the orders table has no cost', () => {
		const settings = resolveSettings({ valueTier: { basis: 'profit' } });
		expect(() => segmentQuery({ dialect: 'duckdb', settings })).toThrow(SqlUnsupportedError);
		expect(() =>
			segmentQuery({ dialect: 'duckdb', settings, schemes: ['lifecycle'] })
		).not.toThrow();
	});
});

describe('the dialects', () => {
	const settings = resolveSettings({ customRules: [RULES] });
	const customKinds = { 'custom:会员 等级': 'string' as const };
	const text = (dialect: 'postgres' | 'bigquery' | 'duckdb') =>
		segmentQuery({ dialect, settings, analysisDay: DAY, customKinds }).sql;

	it('writes PostgreSQL', () => {
		const sql = text('postgres');
		expect(sql).toContain("(CAST(order_date AS DATE) - DATE '1970-01-01') AS day");
		expect(sql).toContain('CAST(amount AS DOUBLE PRECISION)');
		expect(sql).toContain(
			"CAST(EXTRACT(YEAR FROM DATE '1970-01-01' + CAST(d.day AS INTEGER)) AS INTEGER) AS analysis_year"
		);
		expect(sql).toContain('ORDER BY p.net_value DESC, p.customer_id COLLATE "C"');
		expect(sql).toContain('cu."会员 等级"');
		expect(sql).toContain("~ '^\\s*[-+]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][-+]?[0-9]+)?\\s*$'");
		expect(sql).toContain("'O''Brien \\ Co'");
		expect(sql).toContain(' UNION SELECT customer_id FROM order_rows');
		expect(sql).not.toMatch(/TRY_CAST|SAFE_CAST|FLOAT64|`/);
	});

	it('writes BigQuery', () => {
		const sql = text('bigquery');
		expect(sql).toContain("DATE_DIFF(CAST(order_date AS DATE), DATE '1970-01-01', DAY) AS day");
		expect(sql).toContain('CAST(amount AS FLOAT64)');
		expect(sql).toContain("DATE_ADD(DATE '1970-01-01', INTERVAL CAST(p.first_day AS INT64) DAY)");
		expect(sql).toContain('UNION DISTINCT');
		expect(sql).toContain('cu.`会员 等级`');
		expect(sql).toContain('SAFE_CAST(');
		expect(sql).toContain("'O''Brien \\\\ Co'");
		expect(sql).not.toMatch(/TRY_CAST|DOUBLE PRECISION|COLLATE/);
	});

	it('writes DuckDB', () => {
		const sql = text('duckdb');
		expect(sql).toContain("(CAST(order_date AS DATE) - DATE '1970-01-01') AS day");
		expect(sql).toContain('TRY_CAST(');
		expect(sql).toContain('cu."会员 等级"');
		expect(sql).toContain("'O''Brien \\ Co'");
	});

	it('states the analysis day and the tables it reads in its header', () => {
		const sql = text('postgres');
		expect(sql).toMatch(/^-- Kequn segments as SQL \(postgres\)/);
		expect(sql).toContain('-- Analysis day: 2024-01-11.');
		expect(sql).toContain(
			'customers(customer_id, overdue_days, overdue_count, credit_limit, balance_owed, 会员 等级, region)'
		);
		const undated = segmentQuery({ dialect: 'duckdb', settings });
		expect(undated.sql).toContain('(SELECT MAX(day) + 1 FROM order_rows)');
	});
});
