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
	defaultAnalysisDay,
	fieldColumn,
	type FieldColumn,
	type FieldSource
} from '$lib/core/segments';
import type { Customer } from '$lib/core/model';
import { allCustomers } from '$lib/db/customers';
import { storeMeta } from '$lib/db/meta';
import { measuresOn, segmented, type SegmentSource, type SourceScheme } from './explorer-source';
import { loadStore } from './segmentation';

export type { TableLevel };

export interface DirectoryTable {
	key: string;
	level: TableLevel;
	ids: readonly string[];
	records: readonly (Customer | undefined)[];
	/** For the measures and full levels. */
	fields?: FieldSource;
	/** For the full level: every scheme's classes by scheme id. */
	schemes: Map<string, SourceScheme>;
	/** Set when the classes come from a stored run. */
	run?: { id: string; createdAt: number };
	columns: Map<string, FieldColumn | undefined>;
	orders: Map<string, Int32Array>;
	haystacks?: string[];
}

const TEXT_FIELDS: readonly string[] = ['id', ...CATEGORICAL_RECORD_FIELDS];
const NUMBER_FIELDS: readonly string[] = NUMERIC_RECORD_FIELDS;

function newTable(
	key: string,
	level: TableLevel,
	ids: readonly string[],
	records: readonly (Customer | undefined)[]
): DirectoryTable {
	return { key, level, ids, records, schemes: new Map(), columns: new Map(), orders: new Map() };
}

let recordsTable: DirectoryTable | null = null;
let measuresTable: DirectoryTable | null = null;
let fullTables: DirectoryTable[] = [];

/** One read of the customer buckets, no orders. */
let recordsReading: Promise<DirectoryTable> | null = null;

/** The stored customers alone; callers while a read is under way share it. */
function withRecords(): Promise<DirectoryTable> {
	recordsReading ??= readRecords().finally(() => (recordsReading = null));
	return recordsReading;
}

async function readRecords(): Promise<DirectoryTable> {
	// On a cold start the customers are read at once, beside the data version.
	const reading = recordsTable ? null : allCustomers();
	const { dataVersion } = await storeMeta();
	const key = `records:${dataVersion}`;
	if (recordsTable?.key === key) return recordsTable;
	const customers = await (reading ?? allCustomers());
	recordsTable = newTable(
		key,
		'records',
		customers.map((customer) => customer.id),
		customers
	);
	return recordsTable;
}

let measuresQueue: Promise<unknown> = Promise.resolve();

/**
 * Customers with their measures. Reads run one after another, so a caller arriving while the
 * store is read finds the table made for the first instead of reading 1,000,000 orders again.
 */
function withMeasures(source: SegmentSource): Promise<DirectoryTable> {
	const table = measuresQueue.then(() => readMeasures(source));
	measuresQueue = table.catch(() => undefined);
	return table;
}

/** The measures table on the source's analysis day (the store read once per data version). */
async function readMeasures(source: SegmentSource): Promise<DirectoryTable> {
	const data = await loadStore();
	const day =
		source.kind === 'preview' && source.analysisDay !== undefined
			? source.analysisDay
			: defaultAnalysisDay(data.orders);
	const key = `measures:${data.dataVersion}:${day}`;
	if (measuresTable?.key === key) return measuresTable;
	const measures = measuresOn(data, day);
	const records = data.customers as (Customer | undefined)[];
	const aligned = measures.customerIds.map((_, i) => records[i]);
	measuresTable = newTable(key, 'measures', measures.customerIds, aligned);
	measuresTable.fields = { measures, records: aligned };
	return measuresTable;
}

/** Everything, with the classes of the source's schemes. */
async function withSegments(source: SegmentSource): Promise<DirectoryTable | null> {
	const data = await segmented(source);
	if (!data) return null;
	const found = fullTables.find((table) => table.fields === data.fields);
	if (found) return found;
	const table = newTable(
		`full:${data.dataVersion}`,
		'full',
		data.measures.customerIds,
		data.records
	);
	table.fields = data.fields;
	table.run = data.run;
	for (const scheme of data.schemes) table.schemes.set(scheme.schemeId, scheme);
	fullTables = [table, ...fullTables].slice(0, 3);
	return table;
}

/** The table of a level (null when a stored run was asked for and there is none). */
export async function tableAt(
	level: TableLevel,
	source: SegmentSource
): Promise<DirectoryTable | null> {
	if (level === 'records') return withRecords();
	if (level === 'measures') return withMeasures(source);
	return withSegments(source);
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
