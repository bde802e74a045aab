/**
 * Test helper: the segment query's rows against the engine's, for any database that runs the
 * query. Customer records get credit, region, birth year and custom columns, made up per
 * customer from its position, so credit risk and the rules have something to read; two rule
 * sets read every kind of field. Tests only.
 */

import type { Customer, OrderColumns } from '../../model';
import { recordedFields, runAllSchemes, type SegmentSettingsInput } from '../../segments';
import type { CustomRuleSet } from '../../segments/custom-rules';
import { resolveSettings } from '../../segments/settings';
import type { DialectId } from '../dialect';
import { segmentQuery, SQL_SCHEMES, type SegmentQuery } from '../segment-query';

/** Records for every customer id, in id order, with fields varied by position. */
export function recordsFor(ids: readonly string[]): Customer[] {
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

export const RULES: CustomRuleSet[] = [
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

/** The value of a record field ('creditLimit', 'custom:tier') of one customer. */
export function fieldValue(customer: Customer, field: string): string | number | undefined {
	if (field.startsWith('custom:')) return customer.custom?.[field.slice('custom:'.length)];
	return (customer as unknown as Record<string, string | number | undefined>)[field];
}

/** The query for the orders and the engine's rows, with the records both read. */
export interface Comparison {
	query: SegmentQuery;
	/** The query's own output for the comparison: customer id and the scheme columns. */
	select: string;
	customers: Customer[];
	fields: { field: string; kind: 'number' | 'string' }[];
	engine: Map<string, string[]>;
	schemeColumns: string[];
}

export function comparison(
	dialect: DialectId,
	orders: OrderColumns,
	analysisDay: number | undefined,
	input: SegmentSettingsInput
): Comparison {
	const customers = recordsFor(orders.customerIds);
	const fields = recordedFields(customers);
	const settings = resolveSettings({ ...input, customRules: RULES }, customers);
	const customKinds = Object.fromEntries(fields.map(({ field, kind }) => [field, kind]));
	const query = segmentQuery({ dialect, settings, analysisDay, customKinds });
	const schemeColumns = query.columns.slice(6);
	return {
		query,
		select: `SELECT customer_id, ${schemeColumns.join(', ')} FROM (${query.sql.replace(/;\s*$/, '')}) q`,
		customers,
		fields,
		engine: engineRows(orders, customers, analysisDay, settings),
		schemeColumns
	};
}

/** Customers whose classes differ (the first ten), for a readable failure. */
export function differences(sql: Map<string, string[]>, { engine, schemeColumns }: Comparison) {
	const out: string[] = [];
	if (sql.size !== engine.size)
		out.push(`${sql.size} customers from the query, ${engine.size} from the engine`);
	for (const [id, expected] of engine) {
		const got = sql.get(id);
		if (!got) out.push(`${id}: missing from the query`);
		else
			expected.forEach((value, k) => {
				if (got[k] !== value)
					out.push(`${id} ${schemeColumns[k - 1]}: sql ${got[k]}, engine ${value}`);
			});
		if (out.length >= 10) break;
	}
	return out;
}
