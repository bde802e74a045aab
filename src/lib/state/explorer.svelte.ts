/**
 * The explorer's state. `DirectoryRows`: the rows of a worker query, fetched page by page as
 * they scroll into view (the customer list and member lists). `ExplorerState`: the Segments
 * screen's explorer — the selected scheme's figures (for exactly the preview the class table
 * shows), the segment drilled into, the two compared, the heat map's scope, checklist progress.
 */

import { SvelteMap } from 'svelte/reactivity';
import type { TableLevel } from '$lib/core/explorer/field-levels';
import type { SegmentStrategy } from '$lib/core/model';
import { strategiesOfScheme } from '$lib/db/strategies';
import { analysis } from '$lib/worker/client';
import type { ExplorerView } from '$lib/worker/types';
import type { DirectoryQuery, DirectoryRow } from '$lib/worker/types';
import type { FirstPage } from '$lib/worker/types';
import type { SegmentSource } from '$lib/worker/types';
import { CONTACT_FIELDS } from '$lib/worker/types';
import { downloadCsv } from './download';
import { failureMessage, WorkerTask } from './worker-task.svelte';
import { LiveQuery } from './live-query.svelte';

/** Rows per request: a few screens, one small message. */
const PAGE_SIZE = 100;
/** Pages kept around the view; farther ones are dropped and fetched again if needed. */
const PAGES_KEPT = 40;
/** Rows asked for with a new query: the first two pages. */
export const FIRST_REQUEST = PAGE_SIZE * 2;

/** A worker query's answer, as the worker client returns it. */
export type PageResult = ReturnType<ReturnType<typeof analysis>['directoryQuery']>;

/** A worker query's rows, fetched page by page as they come into view. */
export class DirectoryRows {
	matching = $state(0);
	total = $state(0);
	level = $state<TableLevel>('records');
	/** Set when classes come from a stored run. */
	run = $state.raw<{ id: string; createdAt: number } | undefined>(undefined);
	/** Until the first result is in. */
	loading = $state(true);
	/** The query: running, its failure in the interface language. */
	task = new WorkerTask();
	/** A query is running. */
	busy = $derived(this.task.loading);
	error = $derived(this.task.error);
	/** Changes with every new result (not with more pages of it): lists scroll back to the top. */
	resultId = $state(0);
	#queryId = $state(0);
	/** The worker's handle on the shown result (0 when it is of data no longer stored). */
	get queryId(): number {
		return this.#queryId;
	}
	/** The query the rows answer (not the one being typed). */
	query = $state.raw<DirectoryQuery | null>(null);
	#fields: string[] = [];
	#pages = new SvelteMap<number, DirectoryRow[]>();
	#requested = new Set<number>();
	/** The rows last on screen, fetched again for a new result. */
	#wanted: [number, number] = [0, 0];
	/** Showing a kept first screen: the first result keeps the place. */
	#seeded = false;

	/**
	 * Run a query; the rows on screen stay until the new ones are in. `from`: the first row wanted;
	 * `pending`: the answer to this very query, when it was asked before (see the customer list).
	 */
	async load(
		query: DirectoryQuery,
		fields: string[],
		from = 0,
		keepPlace = false,
		pending?: PageResult
	): Promise<void> {
		const start = Math.floor(from / PAGE_SIZE) * PAGE_SIZE;
		const page = await this.task.run(
			() => pending ?? analysis().directoryQuery(query, fields, start, FIRST_REQUEST)
		);
		// Loading ends with the last answer, even a failed one: the list then says why.
		if (!this.task.loading) this.loading = false;
		if (!page) return;
		this.query = query;
		this.#fields = fields;
		this.#queryId = page.queryId;
		this.#requested.clear();
		this.#pages.clear();
		this.#store(page.rows);
		this.matching = page.matching;
		this.total = page.total;
		this.level = page.level;
		this.run = page.run;
		if (keepPlace || this.#seeded) this.want(...this.#wanted);
		else this.resultId++;
		this.#seeded = false;
		this.loading = false;
	}

	/**
	 * Show a first screen kept from an earlier visit while the first query runs (only before any
	 * result, and only for the fields asked for).
	 */
	seed(first: FirstPage, fields: readonly string[]): void {
		if (!this.loading || this.#queryId !== 0) return;
		if (first.fields.join() !== fields.join()) return;
		this.#seeded = true;
		this.#store(first.rows);
		this.matching = first.total;
		this.total = first.total;
		this.level = 'records';
		this.loading = false;
	}

	/** The row at a position of the result, once fetched (reactive). */
	row(index: number): DirectoryRow | undefined {
		return this.#pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
	}

	/** Fetch the pages of rows `start` to `end` (exclusive) that are not here yet. */
	want(start: number, end: number): void {
		this.#wanted = [start, end];
		const first = Math.floor(start / PAGE_SIZE);
		const last = Math.floor(Math.max(start, end - 1) / PAGE_SIZE);
		// Before the first result (a kept first screen) there is nothing to ask for yet.
		if (this.#queryId === 0) return;
		for (let page = first; page <= last; page++) {
			if (this.#pages.has(page) || this.#requested.has(page)) continue;
			if (page * PAGE_SIZE >= this.matching) break;
			this.#requested.add(page);
			void this.#fetch(page, this.#queryId);
		}
		this.#forgetFar(first, last);
	}

	/** Every row of the result as CSV (null when the worker no longer has it). */
	async csv(fields: string[], header: string[], language: 'zh' | 'en'): Promise<string | null> {
		const write = () =>
			this.task.run(() => analysis().directoryCsv(this.#queryId, fields, header, language), {
				always: true
			});
		const csv = await write();
		if (csv !== null || !this.query) return csv ?? null;
		// The worker let the result go (it keeps a few): run the query again.
		await this.load(this.query, this.#fields, 0, true);
		return (await write()) ?? null;
	}

	async #fetch(page: number, queryId: number): Promise<void> {
		const fields = this.#fields;
		// Not through the task: scrolling must neither mark the list busy nor replace its query.
		const result = await analysis()
			.directoryRows(queryId, page * PAGE_SIZE, PAGE_SIZE, fields)
			.catch(() => null);
		if (queryId !== this.#queryId) return;
		this.#requested.delete(page);
		// The worker was stopped (a cancel): the page is asked for again when it is wanted.
		if (!result) return;
		if (!result.ok) this.task.fail(failureMessage(result));
		else if (result.value) this.#pages.set(page, result.value);
		else if (this.query) await this.load(this.query, this.#fields, page * PAGE_SIZE, true);
	}

	#store(rows: DirectoryRow[]): void {
		for (let k = 0; k < rows.length; k += PAGE_SIZE) {
			this.#pages.set(Math.floor(rows[k].index / PAGE_SIZE), rows.slice(k, k + PAGE_SIZE));
		}
	}

	#forgetFar(first: number, last: number): void {
		if (this.#pages.size <= PAGES_KEPT) return;
		for (const page of [...this.#pages.keys()]) {
			if (page < first - PAGES_KEPT / 2 || page > last + PAGES_KEPT / 2) this.#pages.delete(page);
		}
	}
}

/** The columns of a member list. */
export const MEMBER_FIELDS = ['id', 'name', 'recencyDays', 'orders', 'netValue', 'clv'];

/** Done and total items of a stored checklist. */
export interface StrategyProgress {
	done: number;
	total: number;
}

export class ExplorerState {
	view = $state.raw<ExplorerView | null>(null);
	/** The figures: being computed, their failure in the interface language. */
	task = new WorkerTask();
	loading = $derived(this.task.loading);
	error = $derived(this.task.error);
	schemeId = $state('');
	/** The segment whose members are listed. */
	drilled = $state<string | null>(null);
	/** The two segments side by side. */
	compared = $state<[string, string] | null>(null);
	/** The heat map shows everyone ('') or one segment. */
	heatScope = $state('');
	heatMeasure = $state<'count' | 'revenue'>('count');
	members = new DirectoryRows();
	exporting = $state(false);
	#source = $state.raw<SegmentSource | null>(null);
	/** Where the shown classes come from (null before the first load). */
	get source(): SegmentSource | null {
		return this.#source;
	}
	#strategies = new LiveQuery(strategiesOfScheme, () => this.schemeId);

	/** Progress of each class's stored checklist by class id (none stored: not listed). */
	progress = $derived.by(() => {
		const byClass = new Map<string, StrategyProgress>();
		for (const strategy of (this.#strategies.current ?? []) as SegmentStrategy[]) {
			const done = strategy.items.filter((item) => item.done).length;
			byClass.set(strategy.classId, { done, total: strategy.items.length });
		}
		return byClass;
	});

	/** Figures of a scheme for the source (the preview the class table shows). */
	async load(source: SegmentSource, schemeId: string): Promise<void> {
		const schemeChanged = schemeId !== this.schemeId;
		this.#source = source;
		this.schemeId = schemeId;
		const view = await this.task.run(() => analysis().explorerView(source, schemeId));
		if (view === undefined) return;
		this.view = view;
		const ids = view?.classes.map((c) => c.id) ?? [];
		if (schemeChanged || !ids.includes(this.heatScope)) this.heatScope = '';
		if (schemeChanged || !this.compared?.every((id) => ids.includes(id)))
			this.compared = defaultPair(view);
		if (this.drilled && ids.includes(this.drilled) && !schemeChanged)
			await this.#loadMembers(this.drilled);
		else this.drilled = null;
	}

	/** List a segment's members (null closes the list). */
	async drill(classId: string | null): Promise<void> {
		this.drilled = classId;
		if (classId) await this.#loadMembers(classId);
	}

	/** The members export's columns: the list's, the segment's name, phone and email. */
	memberExportFields = $derived([...MEMBER_FIELDS, `segment:${this.schemeId}`, ...CONTACT_FIELDS]);

	/** The drilled segment's members as a CSV download (`header` names `memberExportFields`). */
	async exportMembers(header: string[], language: 'zh' | 'en', name: string): Promise<void> {
		this.exporting = true;
		try {
			const csv = await this.members.csv(this.memberExportFields, header, language);
			if (csv !== null) downloadCsv(`kequn-${name.replace(/[^\p{L}\p{N}-]+/gu, '-')}.csv`, csv);
		} finally {
			this.exporting = false;
		}
	}

	async #loadMembers(classId: string): Promise<void> {
		if (!this.#source) return;
		const query: DirectoryQuery = {
			search: '',
			filters: [],
			segment: { schemeId: this.schemeId, classId },
			sort: { field: 'netValue', descending: true },
			source: this.#source,
			level: 'full'
		};
		await this.members.load(query, MEMBER_FIELDS);
	}
}

/** The two largest segments, to compare first (null with fewer than two). */
function defaultPair(view: ExplorerView | null): [string, string] | null {
	if (!view || view.classes.length < 2) return null;
	const order = view.classes
		.map((c, i) => ({ id: c.id, size: view.summaries[i]?.customers ?? 0 }))
		.sort((a, b) => b.size - a.size);
	return [order[0].id, order[1].id];
}
