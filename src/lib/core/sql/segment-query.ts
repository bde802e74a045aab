/**
 * The rule-based schemes as ONE SQL query over a warehouse's `orders` and `customers` tables,
 * with the settings and the analysis day written into it: one row per customer with the
 * columns and class ids of `kequn segment`. Each registered scheme brings its own step (its
 * registry entry's `sql`); custom rule sets follow, in order, as the engine computes them.
 */

import { isoFromDay } from '../days';
import type { DayNumber } from '../model';
import type { SchemeEntry } from '../segments/scheme-entry';
import { SCHEMES } from '../segments/registry';
import type { SegmentSettings } from '../segments/settings';
import { baseCtes, type RecordColumn } from './base-query';
import { customRulesSql, type FieldKind } from './custom-rules-sql';
import { dialectOf, type DialectId } from './dialect';
import { CATEGORICAL_RECORD_FIELDS } from '../segments/fields';
import type { SqlContext, SqlCte, SqlStep } from './step';

export interface SegmentQueryOptions {
	dialect: DialectId;
	settings: SegmentSettings;
	/** Default: the day after the last order, found by the query. */
	analysisDay?: DayNumber;
	/** Scheme ids to output ('rfm-named', 'custom:<id>'); default: every one the query can give. */
	schemes?: readonly string[];
	/** The kind of each custom column the data has ('custom:<key>'), as the app reads it. */
	customKinds?: Readonly<Record<string, FieldKind>>;
}

export interface SegmentQuery {
	sql: string;
	/** The output columns, in order. */
	columns: string[];
	/** The columns of `customers` the query reads besides customer_id. */
	customerColumns: string[];
}

/** A scheme the query can define: registered with a step, or a custom rule set. */
interface QueryScheme {
	id: string;
	headers: string[];
	step(ctx: SqlContext, classColumn: (schemeId: string) => string | undefined): SqlStep;
	/** Scheme ids its step reads the classes of. */
	reads: string[];
}

/** The first columns of every row, as `kequn segment` writes them. */
export const MEASURE_COLUMNS: readonly string[] = [
	'customer_id',
	'orders',
	'first_order',
	'last_order',
	'recency_days',
	'monetary'
];

/** Registered schemes with a step, in registry order. */
export const SQL_SCHEMES: readonly SchemeEntry[] = (SCHEMES as readonly SchemeEntry[]).filter(
	(entry) => entry.sql !== undefined
);

/** The column of a record field in `customers`: camelCase → snake_case; custom columns as named. */
export function customerColumnOf(field: string): string {
	if (field.startsWith('custom:')) return field.slice('custom:'.length);
	return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** An output column name for a rule set: `custom_` and its id in lower-case letters, digits, _. */
function ruleSetColumn(id: string, taken: Set<string>): string {
	const base = `custom_${id.toLowerCase().replace(/[^a-z0-9_]+/g, '_')}`;
	let name = base;
	for (let k = 2; taken.has(name); k++) name = `${base}_${k}`;
	taken.add(name);
	return name;
}

function querySchemes(settings: SegmentSettings, kinds: Record<string, FieldKind>): QueryScheme[] {
	const all = settings as unknown as Record<string, object>;
	const taken = new Set<string>(SQL_SCHEMES.flatMap((e) => e.cliColumns.map((c) => c.header)));
	return [
		...SQL_SCHEMES.map((entry): QueryScheme => ({
			id: entry.id,
			headers: entry.cliColumns.map((column) => column.header),
			step: (ctx) => entry.sql!(ctx, entry.settings ? all[entry.settings.key] : {}, all),
			reads: []
		})),
		...settings.customRules.map((set): QueryScheme => ({
			id: `custom:${set.id}`,
			headers: [ruleSetColumn(set.id, taken)],
			step: (ctx, classColumn) => customRulesSql(ctx, set, { classColumn, customKinds: kinds }),
			reads: set.rules.flatMap((rule) =>
				rule.conditions
					.filter((condition) => condition.field.startsWith('segment:'))
					.map((condition) => condition.field.slice('segment:'.length))
			)
		}))
	];
}

/** The schemes to compute: the asked ones and those their rules read, in computing order. */
function neededSchemes(available: QueryScheme[], asked: readonly string[]): QueryScheme[] {
	const unknown = asked.filter((id) => !available.some((scheme) => scheme.id === id));
	if (unknown.length > 0) {
		throw new RangeError(
			`no SQL for scheme ${unknown.join(', ')} (choose from ${available.map((s) => s.id).join(', ')})`
		);
	}
	const needed = new Set(asked);
	for (let k = available.length - 1; k >= 0; k--) {
		if (needed.has(available[k].id)) for (const id of available[k].reads) needed.add(id);
	}
	return available.filter((scheme) => needed.has(scheme.id));
}

/** The record-field reader of the steps, collecting the columns of `customers` read. */
function recordReader(dialect: ReturnType<typeof dialectOf>) {
	const columns = new Map<string, RecordColumn & { column: string }>();
	const read = (field: string, kind?: FieldKind): string => {
		const resolved =
			kind ??
			((CATEGORICAL_RECORD_FIELDS as readonly string[]).includes(field) ? 'string' : 'number');
		const key = `${field}:${resolved}`;
		let entry = columns.get(key);
		if (!entry) {
			const column = customerColumnOf(field);
			const raw = `cu.${dialect.identifier(column)}`;
			const text = `NULLIF(TRIM(CAST(${raw} AS ${dialect.text})), '')`;
			const custom = field.startsWith('custom:');
			const expr =
				resolved === 'string'
					? text
					: custom
						? dialect.tryNumber(text)
						: `CAST(${raw} AS ${dialect.double})`;
			entry = { alias: `rec_${columns.size + 1}`, expr, column };
			columns.set(key, entry);
		}
		return `p.${entry.alias}`;
	};
	return { read, columns: () => [...columns.values()] };
}

/** The query, with a header saying what it reads and gives. */
export function segmentQuery(options: SegmentQueryOptions): SegmentQuery {
	const dialect = dialectOf(options.dialect);
	const available = querySchemes(options.settings, { ...options.customKinds });
	const asked = options.schemes ?? available.map((scheme) => scheme.id);
	const schemes = neededSchemes(available, asked);
	const records = recordReader(dialect);
	const classColumns = new Map<string, string>();
	const stages: SqlCte[] = [];
	const notes: string[] = [];
	const outputs: { header: string; expr: string }[] = [];
	schemes.forEach((scheme, k) => {
		const previous = k === 0 ? 'base' : `stage_${k}`;
		const ctx: SqlContext = { dialect, previous, prefix: `s${k + 1}`, record: records.read };
		const step = scheme.step(ctx, (id) => classColumns.get(id));
		notes.push(...(step.notes ?? []));
		const classColumn = `class_${k + 1}`;
		const extra = Object.entries(step.columns ?? {});
		stages.push(...(step.with ?? []), {
			name: `stage_${k + 1}`,
			sql: `SELECT p.*, ${step.classId} AS ${classColumn}${extra.map(([header, expr]) => `, ${expr} AS ${classColumn}_${header}`).join('')}
    FROM ${previous} p${(step.joins ?? []).map((join) => ` ${join}`).join('')}`
		});
		classColumns.set(scheme.id, `p.${classColumn}`);
		if (!asked.includes(scheme.id)) return;
		for (const header of scheme.headers) {
			const own = step.columns?.[header] !== undefined;
			outputs.push({ header, expr: own ? `p.${classColumn}_${header}` : `p.${classColumn}` });
		}
	});
	const last = schemes.length === 0 ? 'base' : `stage_${schemes.length}`;
	const recordColumns = records.columns();
	const ctes = [
		...baseCtes(dialect, options.analysisDay, options.settings.rfm, recordColumns),
		...stages
	];
	const select = `SELECT p.customer_id, p.orders, ${dialect.dateOf('p.first_day')} AS first_order, ${dialect.dateOf('p.last_day')} AS last_order,
  p.recency_days, p.net_value AS monetary${outputs.map((o) => `,\n  ${o.expr} AS ${o.header}`).join('')}
FROM ${last} p
ORDER BY ${dialect.binaryOrder('p.customer_id')}`;
	const columns = [...MEASURE_COLUMNS, ...outputs.map((o) => o.header)];
	const customerColumns = [...new Set(recordColumns.map((r) => r.column))];
	const header = queryHeader(options, columns, customerColumns, notes);
	const sql = `${header}WITH\n${ctes.map((cte) => `${cte.name} AS (\n    ${cte.sql}\n)`).join(',\n')}\n${select};\n`;
	return { sql, columns, customerColumns };
}

/** The settings the query is written from: the schemes with a step, and the rule sets. */
function usedSettings(settings: SegmentSettings): Record<string, unknown> {
	const all = settings as unknown as Record<string, unknown>;
	const keys = SQL_SCHEMES.flatMap((entry) => (entry.settings ? [entry.settings.key] : []));
	return {
		...Object.fromEntries(keys.map((key) => [key, all[key]])),
		customRules: settings.customRules
	};
}

function queryHeader(
	options: SegmentQueryOptions,
	columns: readonly string[],
	customerColumns: readonly string[],
	notes: readonly string[]
): string {
	const day =
		options.analysisDay === undefined
			? 'the day after the last order'
			: isoFromDay(options.analysisDay);
	const lines = [
		`Kequn segments as SQL (${options.dialect}), generated by kequn sql.`,
		'Reads orders(customer_id, order_id, order_date, amount, status): status NULL for an',
		"ordinary order, 'returned' for a return, 'cancelled' for an order that never became revenue;",
		`and customers(customer_id${customerColumns.map((c) => `, ${c}`).join('')}).`,
		`Analysis day: ${day}. Orders after it are ignored.`,
		`One row per customer: ${columns.join(', ')}.`,
		...(columns.includes('loyalty')
			? ['Loyalty: the tables hold no satisfaction scores, so no customer has one here.']
			: []),
		...(columns.includes('value_tier')
			? ['Value tiers: customers of equal value are ranked by customer id.']
			: []),
		...notes,
		`Settings: ${JSON.stringify(usedSettings(options.settings))}`
	];
	return lines.map((line) => `-- ${line.replaceAll('\n', ' ')}\n`).join('');
}
