/**
 * The segment query run by DuckDB against the engine: on Online Retail and on the 1 M-order
 * file of the benchmark (the same fixed formula), every customer's class in every scheme the
 * query defines — the registered ones and two custom rule sets — equals the engine's.
 * Customer records get credit, region, birth year and custom columns, made up per customer
 * from its position, so credit risk and the rules have something to read.
 */

import { describe, expect, it } from 'vitest';
import { dayFromIso, dayFromParts } from '../days';
import type { Customer, OrderColumns } from '../model';
import { recordedFields, runAllSchemes, type SegmentSettingsInput } from '../segments';
import { resolveSettings } from '../segments/settings';
import type { CustomRuleSet } from '../segments/custom-rules';
import { onlineRetailOrders } from '../segments/testing/real-data';
import { segmentQuery, SQL_SCHEMES } from './segment-query';
import { loadTables, queryRows } from './testing/duckdb';

/** Records for every customer id, in id order, with fields varied by position. */
function recordsFor(ids: readonly string[]): Customer[] {
	return [...ids].sort().map((id, k) => {
		const customer: Customer = { id, name: `Customer ${k}` };
		const region = ['North', 'South', 'East', 'West', undefined][k % 5];
		if (region) customer.region = region;
		if (k % 3 !== 0) customer.birthYear = 1950 + ((k * 7) % 50);
		if (k % 4 !== 0) {
			customer.creditLimit = (k % 7) * 1000;
			customer.balanceOwed = (k * 37) % 5000;
		}
		if (k % 6 === 0) customer.overdueDays = (k * 11) % 120;
		if (k % 9 === 0) customer.overdueCount = k % 6;
		const tier = ['gold', 'silver', ' ', undefined][k % 4];
		const custom: Record<string, string | number> = {};
		if (tier !== undefined) custom.tier = tier;
		if (k % 5 !== 0) custom.points = (k * 13) % 300;
		customer.custom = custom;
		return customer;
	});
}

const RULES: CustomRuleSet[] = [
	{
		id: 'mix',
		others: { en: 'Others', zh: '其他' },
		rules: [
			{
				id: 'whale',
				en: 'Whale',
				zh: '鲸',
				conditions: [
					{ field: 'netValue', op: '>=', value: 3000 },
					{ field: 'segment:lifecycle', op: 'in', values: ['loyal', 'active'] }
				]
			},
			{
				id: 'young-north',
				en: 'Young north',
				zh: '北方年轻',
				conditions: [
					{ field: 'age', op: '<', value: 40 },
					{ field: 'region', op: '=', value: 'North' }
				]
			},
			{
				id: 'risky',
				en: 'Risky',
				zh: '高风险',
				conditions: [{ field: 'segment:credit-risk', op: '=', value: 'high' }]
			},
			{
				id: 'gold',
				en: 'Gold',
				zh: '金',
				conditions: [
					{ field: 'custom:tier', op: '=', value: 'gold' },
					{ field: 'custom:points', op: 'between', min: 50, max: 200 }
				]
			},
			{
				id: 'scored',
				en: 'Scored',
				zh: '评分',
				conditions: [
					{ field: 'rScore', op: '>=', value: 4 },
					{ field: 'fScore', op: 'between', min: 2, max: 4 }
				]
			},
			{
				id: 'south-ish',
				en: 'South-ish',
				zh: '南',
				conditions: [
					{ field: 'region', op: 'contains', value: 'OU' },
					{ field: 'medianGapDays', op: '>', value: 20 }
				]
			},
			{
				id: 'not-west',
				en: 'Not west',
				zh: '非西',
				conditions: [
					{ field: 'region', op: '!=', value: 'West' },
					{ field: 'orders', op: '>', value: 2 },
					{ field: 'custom:tier', op: '!=', value: 'silver' }
				]
			},
			{
				id: 'unknown',
				en: 'Unknown field',
				zh: '未知',
				conditions: [{ field: 'noSuchField', op: '>', value: 0 }]
			}
		]
	},
	{
		id: 'second',
		others: { en: 'Rest', zh: '其余' },
		rules: [
			{
				id: 'mixed-whale',
				en: 'Whale again',
				zh: '鲸',
				conditions: [{ field: 'segment:custom:mix', op: '=', value: 'whale' }]
			},
			{
				id: 'champion',
				en: 'Champion',
				zh: '冠军',
				conditions: [
					{ field: 'segment:rfm-named', op: 'in', values: ['champions', 'loyal'] },
					{ field: 'returns', op: '<=', value: 0 }
				]
			},
			{ id: 'all', en: 'Everyone else', zh: '其他人', conditions: [] }
		]
	}
];

/** Every customer's class per query column, from the engine: `kequn segment`'s columns. */
function engineRows(
	orders: OrderColumns,
	customers: Customer[],
	analysisDay: number | undefined,
	settings: SegmentSettingsInput
): Map<string, string[]> {
	const result = runAllSchemes({ orders, customers, analysisDay }, settings);
	const { measures, schemes } = result;
	const columns = [
		...SQL_SCHEMES.flatMap((entry) => {
			const scheme = schemes.find((s) => s.schemeId === entry.id)!;
			return entry.cliColumns.map(
				(column) => (i: number) =>
					column.value ? column.value(scheme, i) : scheme.classes[scheme.classIndex[i]].id
			);
		}),
		...RULES.map((set) => {
			const scheme = schemes.find((s) => s.schemeId === `custom:${set.id}`)!;
			return (i: number) => scheme.classes[scheme.classIndex[i]].id;
		})
	];
	const rows = new Map<string, string[]>();
	measures.customerIds.forEach((id, i) => {
		rows.set(id, [id, ...columns.map((column) => String(column(i) ?? ''))]);
	});
	return rows;
}

/** The query's rows and the engine's, as [customer id, class per scheme column]. */
async function bothRows(
	orders: OrderColumns,
	analysisDay: number | undefined,
	input: SegmentSettingsInput
) {
	const customers = recordsFor(orders.customerIds);
	const fields = recordedFields(customers);
	const settings = resolveSettings({ ...input, customRules: RULES }, customers);
	const customKinds = Object.fromEntries(fields.map(({ field, kind }) => [field, kind]));
	const query = segmentQuery({ dialect: 'duckdb', settings, analysisDay, customKinds });
	const connection = await loadTables(orders, customers, fields);
	const schemeColumns = query.columns.slice(6);
	const sqlRows = await queryRows(
		connection,
		`SELECT customer_id, ${schemeColumns.join(', ')} FROM (${query.sql.replace(/;\s*$/, '')})`,
		query.columns
	);
	connection.closeSync();
	return {
		sql: sqlRows,
		engine: engineRows(orders, customers, analysisDay, settings),
		schemeColumns
	};
}

/** Customers whose classes differ, first few, for a readable failure. */
function differences(sql: Map<string, string[]>, engine: Map<string, string[]>, headers: string[]) {
	const out: string[] = [];
	for (const [id, expected] of engine) {
		const got = sql.get(id);
		if (!got) out.push(`${id}: missing from the query`);
		else
			expected.forEach((value, k) => {
				if (got[k] !== value) out.push(`${id} ${headers[k - 1]}: sql ${got[k]}, engine ${value}`);
			});
		if (out.length >= 10) break;
	}
	return out;
}

async function expectSame(
	orders: OrderColumns,
	analysisDay: number | undefined,
	input: SegmentSettingsInput
) {
	const { sql, engine, schemeColumns } = await bothRows(orders, analysisDay, input);
	expect(sql.size).toBe(engine.size);
	expect(differences(sql, engine, schemeColumns)).toEqual([]);
	return engine;
}

/** The benchmark's 1 M-order file (scripts/bench-app.mjs, `writeOrdersCsv`) as order columns. */
function benchOrders(count: number, customerCount: number): OrderColumns {
	const customerIds = Array.from(
		{ length: customerCount },
		(_, c) => `C${String(c).padStart(6, '0')}`
	);
	const start = dayFromParts(2023, 1, 1);
	return {
		customerIds,
		customer: Uint32Array.from({ length: count }, (_, i) => (i * 7919) % customerCount),
		day: Int32Array.from({ length: count }, (_, i) => start + (i % 730)),
		secondOfDay: new Int32Array(count).fill(-1),
		amount: Float64Array.from({ length: count }, (_, i) =>
			Number((10 + ((i * 13) % 997) / 3).toFixed(2))
		),
		cost: new Float64Array(count).fill(NaN),
		quantity: Float64Array.from({ length: count }, (_, i) => 1 + (i % 4)),
		status: new Uint8Array(count),
		orderId: Array.from({ length: count }, (_, i) => `SO${i}`),
		product: new Array<string>(count).fill('')
	};
}

describe('the DuckDB segment query equals the engine', () => {
	const retail = onlineRetailOrders();

	it('on Online Retail, default settings and analysis day', { timeout: 120_000 }, async () => {
		const engine = await expectSame(retail, undefined, {});
		// Every scheme column has more than one class here, so the comparison can fail.
		const headers = [...engine.values()][0].length;
		for (let k = 1; k < headers; k++) {
			expect(
				new Set([...engine.values()].map((row) => row[k])).size,
				`column ${k}`
			).toBeGreaterThan(1);
		}
	});

	it(
		'on Online Retail as of 2011-06-30 with typed cuts, average value and median splits',
		{ timeout: 120_000 },
		async () => {
			await expectSame(retail, dayFromIso('2011-06-30'), {
				rfm: { monetary: 'average', cuts: { recency: [240, 30, 120, 60] } },
				rfmEight: { split: 'median', monetary: 'average' },
				valueTier: { cuts: [0.3, 0.6, 0.9] },
				lifecycle: { ownGapMinOrders: 2, lapseGapMultiple: 1.5 },
				loyalty: { lowWhenChurned: false, highFrom: 0.4 },
				creditRisk: { generalLimitUse: 0.5 }
			});
		}
	);

	it('on the 1 M-order benchmark file', { timeout: 300_000 }, async () => {
		await expectSame(benchOrders(1_000_000, 100_000), undefined, {
			rfmEight: { split: 'median' }
		});
	});
});
