/**
 * `kequn sql` as a user runs it: the query it prints, run by DuckDB on the rfm sample, gives
 * the rows `kequn segment` prints for the same file and day, column for column.
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { PREDICTED_HEADER } from './segment';

function cli(...args: string[]) {
	const result = spawnSync(
		process.execPath,
		['node_modules/tsx/dist/cli.mjs', 'src/cli/main.ts', ...args],
		{ encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
	);
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const SAMPLE = '../shared/data/rfm-orders/rfm_data_orders.csv';

/** The query's rows on the sample loaded into DuckDB, as CSV lines without a header. */
async function runOnSample(sql: string): Promise<string[]> {
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	await connection.run('SET threads = 1');
	await connection.run(
		`CREATE TABLE orders AS SELECT customer_id, CAST(NULL AS VARCHAR) AS order_id, CAST(order_date AS DATE) AS order_date, CAST(revenue AS DOUBLE) AS amount, CAST(NULL AS VARCHAR) AS status FROM read_csv('${SAMPLE}', header = true, all_varchar = true)`
	);
	await connection.run(
		'CREATE TABLE customers (customer_id VARCHAR, overdue_days DOUBLE, overdue_count DOUBLE, credit_limit DOUBLE, balance_owed DOUBLE)'
	);
	const reader = await connection.runAndReadAll(sql);
	connection.closeSync();
	return reader
		.getRowsJson()
		.map((row) => row.map((value) => (value === null ? '' : String(value))).join(','));
}

describe('kequn sql', { timeout: 60_000 }, () => {
	it('gives the rows of kequn segment on the rfm sample as of 2006-12-31', async () => {
		const query = cli('sql', '--as-of', '2006-12-31');
		expect(query.stderr).toBe('');
		expect(query.code).toBe(0);
		const segment = cli('segment', SAMPLE, '--as-of', '2006-12-31');
		// The query gives the measures and the rule-based schemes: the segment rows without the
		// model's predicted columns, which come last.
		const [fullHeader, ...expected] = segment.stdout.trim().split('\n');
		const columns = fullHeader.split(',').filter((column) => !PREDICTED_HEADER.includes(column));
		const header = columns.join(',');
		expect(query.stdout).toContain(`-- One row per customer: ${header.replaceAll(',', ', ')}.`);
		const got = (await runOnSample(query.stdout)).map((line) => line.split(','));
		const want = expected
			.map((line) => line.split(',').slice(0, columns.length))
			.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
		expect(got).toHaveLength(995);
		// Equal values: the engine ranks them by their place in the customer list, the query
		// (which has no list) by customer id. So every column is equal except that customers of
		// equal value may swap tiers among themselves: per value, the same tiers.
		const tier = header.split(',').indexOf('value_tier');
		const monetary = header.split(',').indexOf('monetary');
		const without = (row: string[]) => row.filter((_, k) => k !== tier);
		expect(got.map(without)).toEqual(want.map(without));
		const tiersByValue = (rows: string[][]) => {
			const byValue = new Map<string, string[]>();
			for (const row of rows)
				byValue.set(row[monetary], [...(byValue.get(row[monetary]) ?? []), row[tier]]);
			return [...byValue].map(([value, tiers]) => `${value}: ${tiers.sort().join(' ')}`).sort();
		};
		expect(tiersByValue(got)).toEqual(tiersByValue(want));
		const swapped = got.filter((row, k) => row[tier] !== want[k][tier]);
		expect(swapped.length).toBeLessThan(20);
	});

	it('reads settings from a JSON file and writes the chosen schemes only', () => {
		const dir = mkdtempSync(join(tmpdir(), 'kequn-sql-'));
		const settings = join(dir, 'settings.json');
		writeFileSync(
			settings,
			JSON.stringify({
				lifecycle: { churnDays: 200 },
				customRules: [
					{
						id: 'big',
						others: { en: 'Others', zh: '其他' },
						rules: [
							{
								id: 'big',
								en: 'Big',
								zh: '大',
								conditions: [{ field: 'netValue', op: '>', value: 500 }]
							}
						]
					}
				]
			})
		);
		const { code, stdout } = cli(
			'sql',
			'--dialect',
			'postgres',
			'--settings',
			settings,
			'--scheme',
			'lifecycle',
			'--scheme',
			'custom:big'
		);
		expect(code).toBe(0);
		expect(stdout).toContain(
			'-- One row per customer: customer_id, orders, first_order, last_order, recency_days, monetary, lifecycle, custom_big.'
		);
		expect(stdout).toContain('ELSE CAST(200 AS DOUBLE PRECISION) END');
		expect(stdout).toContain('DOUBLE PRECISION');
	});

	it('reports wrong usage with exit code 2', () => {
		for (const args of [
			['--dialect', 'oracle'],
			['--scheme', 'nope'],
			['--as-of', '2006-13-01']
		]) {
			const { code, stdout, stderr } = cli('sql', ...args);
			expect(code, args.join(' ')).toBe(2);
			expect(stdout).toBe('');
			expect(stderr).toMatch(/^kequn: /);
		}
		const missing = cli('sql', '--settings', 'no-such.json');
		expect(missing.code).toBe(1);
		expect(missing.stderr).toContain('cannot open no-such.json');
	});
});
