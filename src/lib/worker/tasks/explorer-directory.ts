/**
 * The customer list and a segment's member list, queried in the worker: search, segment and
 * field filters, sort by any field; the page asks for the rows it shows, a page at a time, so
 * 100,000 customers never cross to the main thread at once. The filtered list exports as CSV.
 */

import { csvDocument, type CsvValue } from '$lib/core/csv';
import {
	applyFilter,
	firstMasked,
	selectRows,
	sortMasked,
	sortOrder,
	type FieldFilter
} from '$lib/core/explorer/directory-query';
import { searchCustomers } from '$lib/core/customer-search';
import { fieldKind } from '$lib/core/fields';
import { keepScreen } from '$lib/db/first-screens';
import { snapshot } from '../engine/snapshot';
import { LIST_FIELDS, LIST_FIRST_SCREEN, OPENING_QUERY, type FirstPage } from './explorer-keys';
import type { SegmentSource } from '../engine/sources';
import { fieldLevel, higherLevel, type TableLevel } from '$lib/core/explorer/field-levels';
import { columnOf, haystacksOf, tableAt, type DirectoryTable } from './explorer-table';

export interface DirectoryQuery {
	/** Words a customer's id, name, phone or email must all contain. */
	search: string;
	filters: FieldFilter[];
	/** Only the members of one class of one scheme. */
	segment: { schemeId: string; classId: string } | null;
	sort: { field: string; descending: boolean };
	/** Where measures, scores, predicted value and classes come from. */
	source: SegmentSource;
	/** Load at least this level (the list shows measures once they are there). */
	level?: TableLevel;
}

/** A cell as the page shows it: text, a number, or null when the customer has no value. */
export type Cell = string | number | null;

export interface DirectoryRow {
	/** Position in the query's result. */
	index: number;
	id: string;
	cells: Cell[];
}

export interface DirectoryPage {
	queryId: number;
	level: TableLevel;
	/** Customers in the table, and those the query keeps. */
	total: number;
	matching: number;
	rows: DirectoryRow[];
	/** Set when classes come from a stored run. */
	run?: { id: string; createdAt: number };
}

interface QueryResult {
	table: DirectoryTable;
	matching: number;
	/** Rows `start` to `start + count` of the result (table rows, in the query's order). */
	rowsFrom: (start: number, count: number) => Int32Array;
	/** Every row of the result. */
	all: () => Int32Array;
}

/** Results kept for paging (the list and a member list, and their predecessors). */
const RESULTS_KEPT = 6;
/** Rows found without the full sort (the first two pages). */
const FIRST_ROWS = 200;
/** Rows of the first screen kept for the next visit (a tall screen shows about 30). */
const FIRST_PAGE_ROWS = 60;

/** The level a query needs: its own floor, its sort, its filters and its segment. */
function queryLevel(query: DirectoryQuery): TableLevel {
	let level = higherLevel(query.level ?? 'records', fieldLevel(query.sort.field));
	for (const filter of query.filters) level = higherLevel(level, fieldLevel(filter.field));
	return query.segment ? 'full' : level;
}

/** Which rows a query keeps (0/1 per row of the table). */
function maskOf(table: DirectoryTable, query: DirectoryQuery): Uint8Array {
	const n = table.ids.length;
	const mask = new Uint8Array(n).fill(1);
	if (query.search.trim()) {
		mask.fill(0);
		for (const i of searchCustomers(haystacksOf(table), query.search)) mask[i] = 1;
	}
	if (query.segment) {
		const { schemeId, classId } = query.segment;
		const scheme = table.schemes.get(schemeId);
		const wanted = scheme ? scheme.classes.findIndex((c) => c.id === classId) : -1;
		for (let i = 0; i < n; i++) if (scheme?.classOfRow[i] !== wanted || wanted < 0) mask[i] = 0;
	}
	for (const filter of query.filters) {
		const column = columnOf(table, filter.field);
		if (column) applyFilter(mask, column, filter);
		else mask.fill(0);
	}
	return mask;
}

/** Below this share of the table, the kept rows are sorted alone rather than all rows. */
const SMALL_SHARE = 1 / 8;

/**
 * A query's rows in its order. Sorting 100,000 rows takes tens of milliseconds, so it is done
 * only when needed: a search or filter keeping few rows sorts just those; the list's first
 * screen is found in one pass and the whole order is made when someone scrolls past it.
 */
function selection(table: DirectoryTable, query: DirectoryQuery): QueryResult {
	const mask = maskOf(table, query);
	let matching = 0;
	for (const bit of mask) matching += bit;
	const { field, descending } = query.sort;
	const sortKey = `${field}:${descending}`;
	const column = columnOf(table, field) ?? columnOf(table, 'id');
	const cached = table.orders.get(sortKey);
	if (cached) return fixed(table, selectRows(cached, mask));
	if (!column)
		return fixed(
			table,
			Int32Array.from(mask.keys()).filter((i) => mask[i])
		);
	if (matching <= table.ids.length * SMALL_SHARE)
		return fixed(table, sortMasked(column, mask, descending));
	let rows: Int32Array | null = null;
	let head: Int32Array | null = null;
	const all = () => {
		if (!rows) {
			const order = sortOrder(column, table.ids.length, descending);
			table.orders.set(sortKey, order);
			rows = selectRows(order, mask);
		}
		return rows;
	};
	const rowsFrom = (start: number, count: number) => {
		if (rows || start + count > FIRST_ROWS) return all().subarray(start, start + count);
		head ??= firstMasked(column, mask, Math.min(matching, FIRST_ROWS), descending);
		return head.subarray(start, start + count);
	};
	return { table, matching, rowsFrom, all };
}

function fixed(table: DirectoryTable, rows: Int32Array): QueryResult {
	return {
		table,
		matching: rows.length,
		rowsFrom: (start, count) => rows.subarray(start, start + count),
		all: () => rows
	};
}

/** One row's cells for the fields (missing numbers and text as null). */
function cellsOf(table: DirectoryTable, row: number, fields: readonly string[]): Cell[] {
	return fields.map((field) => {
		const column = columnOf(table, field);
		const value = column?.values[row];
		if (value === undefined || (typeof value === 'number' && Number.isNaN(value))) return null;
		return value;
	});
}

function rowsOf(result: QueryResult, start: number, count: number, fields: readonly string[]) {
	const from = Math.max(0, start);
	return Array.from(result.rowsFrom(from, count), (row, k) => ({
		index: from + k,
		id: result.table.ids[row],
		cells: cellsOf(result.table, row, fields)
	}));
}

/** Run a query; its rows from `start` come back at once, the rest through `directoryRows`. */
export async function directoryQuery(
	query: DirectoryQuery,
	fields: readonly string[],
	start: number,
	count: number
): Promise<DirectoryPage> {
	const table = await tableAt(queryLevel(query), query.source);
	if (!table) throw new Error('no stored run');
	const result = selection(table, query);
	const snap = await snapshot();
	// Written since the table was read: the page asks again when it sees the new data.
	const queryId = snap.dataVersion === table.dataVersion ? snap.hold(result, RESULTS_KEPT) : 0;
	const page: DirectoryPage = {
		queryId,
		level: table.level,
		total: table.ids.length,
		matching: result.matching,
		rows: rowsOf(result, start, count, fields),
		run: table.run
	};
	if (isFirstScreen(query, start, table)) void rememberFirstPage(table, page.rows, fields);
	// Ready for the first search while the user reads the first screen.
	if (!table.haystacks) setTimeout(() => haystacksOf(table), 0);
	return page;
}

/** The list as it opens: no search, filter or segment, by id, records only, from the top. */
function isFirstScreen(query: DirectoryQuery, start: number, table: DirectoryTable): boolean {
	return (
		start === 0 &&
		table.level === 'records' &&
		!query.search.trim() &&
		query.filters.length === 0 &&
		!query.segment &&
		query.sort.field === 'id' &&
		!query.sort.descending
	);
}

/**
 * Make and keep the list's first screen for the stored data now, so the next visit to the list
 * shows it at once (called after every write; reads the customers, not the orders).
 */
export async function keepFirstScreen(): Promise<void> {
	const table = await tableAt('records', OPENING_QUERY.source);
	if (!table) return;
	const rows = rowsOf(selection(table, OPENING_QUERY), 0, FIRST_PAGE_ROWS, LIST_FIELDS);
	await rememberFirstPage(table, rows, LIST_FIELDS);
}

/**
 * Keep the first screen for the next visit (once per data version; a failure costs nothing).
 * Only with the list's own columns and enough rows: that is what the list can show from it.
 */
async function rememberFirstPage(
	table: DirectoryTable,
	rows: DirectoryRow[],
	fields: readonly string[]
): Promise<void> {
	const total = table.ids.length;
	if (fields.join() !== LIST_FIELDS.join()) return;
	if (rows.length < Math.min(FIRST_PAGE_ROWS, total)) return;
	const first: FirstPage = { fields: [...fields], total, rows: rows.slice(0, FIRST_PAGE_ROWS) };
	try {
		// Skipped when the store was written since the table was read: the next visit makes it.
		await keepScreen(LIST_FIRST_SCREEN, table.dataVersion, first);
	} catch {
		// Only a head start for the next visit.
	}
}

/** An earlier query's result, while it is kept and the data it was made from is stored. */
async function heldResult(queryId: number): Promise<QueryResult | undefined> {
	return (await snapshot()).held<QueryResult>(queryId);
}

/** More rows of an earlier query (null when it is no longer kept: run it again). */
export async function directoryRows(
	queryId: number,
	start: number,
	count: number,
	fields: readonly string[]
): Promise<DirectoryRow[] | null> {
	const result = await heldResult(queryId);
	return result ? rowsOf(result, start, count, fields) : null;
}

/**
 * Every row of a query as CSV: numbers by each field's kind (money to cents, days as ISO
 * dates), a segment as its class name in the language, text escaped (see core/csv.ts).
 */
export async function directoryCsv(
	queryId: number,
	fields: readonly string[],
	header: readonly string[],
	language: 'zh' | 'en'
): Promise<string | null> {
	const result = await heldResult(queryId);
	if (!result) return null;
	const { table } = result;
	const labels = fields.map((field) => {
		const scheme = field.startsWith('segment:')
			? table.schemes.get(field.slice('segment:'.length))
			: undefined;
		return scheme && new Map(scheme.classes.map((c) => [c.id, c[language]]));
	});
	const rows = result.all();
	function* lines(): Generator<CsvValue[]> {
		for (const row of rows) {
			yield cellsOf(table, row, fields).map((cell, k) => {
				if (cell === null) return null;
				return labels[k]?.get(String(cell)) ?? cell;
			});
		}
	}
	return csvDocument(header, lines(), fields.map(fieldKind));
}

/** The schemes and classes a source offers for the segment filter. */
export async function directorySegments(source: SegmentSource) {
	const table = await tableAt('full', source);
	if (!table) return null;
	return {
		run: table.run,
		schemes: [...table.schemes.values()].map(({ schemeId, classes }) => ({ schemeId, classes }))
	};
}

/** Customer ids of an earlier query, in its order (null when it is no longer kept). */
export async function directoryIds(queryId: number): Promise<string[] | null> {
	const result = await heldResult(queryId);
	return result ? Array.from(result.all(), (row) => result.table.ids[row]) : null;
}
