/**
 * The customer list's tables in the worker, at three levels of cost: the stored customer records
 * alone (enough to show, search and sort by any record field: the first render), with measures
 * (recency, orders, value …, from the orders), and in full (scores, predicted value and every
 * scheme's classes, from a segmentation source). Each table keeps the columns, search texts and
 * sorted orders it was asked for.
 */

import { searchText } from '$lib/core/customer-search';
import type { TableLevel } from '$lib/core/explorer/field-levels';
import {
	CATEGORICAL_RECORD_FIELDS,
	NUMERIC_RECORD_FIELDS,
	fieldColumn,
	type FieldColumn,
	type FieldSource
} from '$lib/core/segments';
import type { Customer } from '$lib/core/model';
import { analysisDayOf, measuresOn } from '../engine/analysis';
import { snapshot, type Snapshot } from '../engine/snapshot';
import { segmented, type SegmentSource } from '../engine/sources';
import type { SchemeClasses } from '$lib/core/segments/run-mapping';

export type { TableLevel };

export interface DirectoryTable {
	/** The data version the table was made from. */
	dataVersion: number;
	level: TableLevel;
	ids: readonly string[];
	records: readonly (Customer | undefined)[];
	/** For the measures and full levels. */
	fields?: FieldSource;
	/** For the full level: every scheme's classes by scheme id. */
	schemes: Map<string, SchemeClasses>;
	/** Set when the classes come from a stored run. */
	run?: { id: string; createdAt: number };
	columns: Map<string, FieldColumn | undefined>;
	orders: Map<string, Int32Array>;
	haystacks?: string[];
}

const TEXT_FIELDS: readonly string[] = ['id', ...CATEGORICAL_RECORD_FIELDS];
const NUMBER_FIELDS: readonly string[] = NUMERIC_RECORD_FIELDS;

function newTable(
	snap: Snapshot,
	level: TableLevel,
	ids: readonly string[],
	records: readonly (Customer | undefined)[]
): DirectoryTable {
	return {
		dataVersion: snap.dataVersion,
		level,
		ids,
		records,
		schemes: new Map(),
		columns: new Map(),
		orders: new Map()
	};
}

/** The stored customers alone (no orders read): the list's first screen. */
function withRecords(snap: Snapshot): Promise<DirectoryTable> {
	return snap.memo(
		'list:records',
		'',
		async () => {
			const customers = await snap.customers();
			return newTable(
				snap,
				'records',
				customers.map((customer) => customer.id),
				customers
			);
		},
		1
	);
}

/** Customers with their measures on the source's analysis day. */
async function withMeasures(snap: Snapshot, source: SegmentSource): Promise<DirectoryTable> {
	const day = await analysisDayOf(snap, source.kind === 'preview' ? source.analysisDay : undefined);
	return snap.memo(
		'list:measures',
		String(day),
		async () => {
			const [measures, { customers }] = await Promise.all([measuresOn(snap, day), snap.store()]);
			const records = customers as (Customer | undefined)[];
			const aligned = measures.customerIds.map((_, i) => records[i]);
			const table = newTable(snap, 'measures', measures.customerIds, aligned);
			table.fields = { measures, records: aligned };
			return table;
		},
		2
	);
}

/** Everything, with the classes of the source's schemes (null without a stored run). */
async function withSegments(snap: Snapshot, source: SegmentSource): Promise<DirectoryTable | null> {
	const data = await segmented(snap, source);
	if (!data) return null;
	return snap.memo(
		'list:full',
		data.key,
		() => {
			const table = newTable(snap, 'full', data.measures.customerIds, data.records);
			table.fields = data.fields;
			table.run = data.run;
			for (const scheme of data.schemes) table.schemes.set(scheme.schemeId, scheme);
			return table;
		},
		3
	);
}

/** The table of a level for the data stored now (null when a stored run is asked for and there is none). */
export async function tableAt(
	level: TableLevel,
	source: SegmentSource
): Promise<DirectoryTable | null> {
	const snap = await snapshot();
	if (level === 'records') return withRecords(snap);
	if (level === 'measures') return withMeasures(snap, source);
	return withSegments(snap, source);
}

/** A record field's column from the records alone (as `fieldColumn` reads it). */
function recordColumn(table: DirectoryTable, field: string): FieldColumn | undefined {
	if (field === 'id') return { kind: 'string', values: table.ids as string[] };
	if (TEXT_FIELDS.includes(field)) {
		const key = field as (typeof CATEGORICAL_RECORD_FIELDS)[number];
		return {
			kind: 'string',
			values: table.records.map((customer) => {
				const text = customer?.[key]?.trim();
				return text ? text : undefined;
			})
		};
	}
	if (NUMBER_FIELDS.includes(field)) {
		const key = field as (typeof NUMERIC_RECORD_FIELDS)[number];
		return {
			kind: 'number',
			values: Float64Array.from(table.records, (customer) => {
				const value = customer?.[key];
				return typeof value === 'number' ? value : NaN;
			})
		};
	}
	return undefined;
}

/** A field's column in a table (kept), or undefined when the table cannot give it. */
export function columnOf(table: DirectoryTable, field: string): FieldColumn | undefined {
	if (table.columns.has(field)) return table.columns.get(field);
	let column: FieldColumn | undefined;
	if (field.startsWith('segment:')) {
		const scheme = table.schemes.get(field.slice('segment:'.length));
		column = scheme && {
			kind: 'string',
			values: Array.from(scheme.classOfRow, (c) => (c < 0 ? undefined : scheme.classes[c].id))
		};
	} else if (table.fields) column = fieldColumn(table.fields, field);
	else column = recordColumn(table, field);
	table.columns.set(field, column);
	return column;
}

/** The search text of every row (id, name, phone digits, email), built on first search. */
export function haystacksOf(table: DirectoryTable): string[] {
	table.haystacks ??= table.ids.map((id, i) => {
		const record = table.records[i];
		return record ? searchText(record) : id.toLowerCase();
	});
	return table.haystacks;
}
