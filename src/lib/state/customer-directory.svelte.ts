/**
 * The customer list's state: search, filters, segment and sort as the user set them; the
 * matching rows stay in the worker and come over a page at a time as they scroll into view
 * (`DirectoryRows`). The opening query and the kept first screen start before the page renders.
 */

import { untrack } from 'svelte';
import type { FieldFilter } from '$lib/core/explorer/directory-query';
import type { SegmentClass } from '$lib/core/segments/classes';
import { storeMeta } from '$lib/db/meta';
import { latestRun } from '$lib/db/runs';
import { analysis } from '$lib/worker/client';
import type { DirectoryQuery } from '$lib/worker/types';
import {
	CONTACT_FIELDS,
	LIST_FIELDS,
	LIST_FIRST_SCREEN,
	OPENING_QUERY,
	type FirstPage
} from '$lib/worker/types';
import { keptScreen } from '$lib/db/first-screens';
import type { SegmentSource } from '$lib/worker/types';
import { downloadCsv } from './download';
import { DirectoryRows, FIRST_REQUEST, type PageResult } from './explorer.svelte';
import { LiveQuery } from './live-query.svelte';

/** Where the list's segment filter takes classes from. */
export type SegmentSourceKind = 'saved' | 'run';

/**
 * Measures are read after the first screen is up and the list has been idle this long (ms), so
 * a search typed at once is not queued behind reading every order. A small store's measures
 * take a few milliseconds: they are read almost at once.
 */
const MEASURES_DELAY_MS = 1000;
const SMALL_STORE_DELAY_MS = 50;
const SMALL_STORE_ORDERS = 200_000;

export class CustomerDirectory {
	rows = new DirectoryRows();
	#search = $state('');
	filters = $state<FieldFilter[]>([]);
	segment = $state<{ schemeId: string; classId: string } | null>(null);
	sourceKind = $state<SegmentSourceKind>('saved');
	sortField = $state('id');
	descending = $state(false);
	/** The schemes the segment filter offers (loaded on demand). */
	segments = $state.raw<{
		schemes: { schemeId: string; classes: SegmentClass[] }[];
		run?: { id: string; createdAt: number };
	} | null>(null);
	segmentsLoading = $state(false);
	exporting = $state(false);
	#meta = new LiveQuery(storeMeta);
	#lastRun = new LiveQuery(latestRun);
	/** When the newest stored run was made (epoch ms), undefined without one. */
	lastRunAt = $derived(this.#lastRun.current?.createdAt);
	#measuresTimer: ReturnType<typeof setTimeout> | undefined;
	#wantMeasures = false;

	/** The columns shown: the fixed ones, then the sort field and the segment when chosen. */
	fields = $derived.by(() => {
		const fields = [...LIST_FIELDS];
		if (!fields.includes(this.sortField)) fields.push(this.sortField);
		if (this.segment) fields.push(`segment:${this.segment.schemeId}`);
		for (const filter of this.filters)
			if (!fields.includes(filter.field) && fields.length < 10) fields.push(filter.field);
		return fields;
	});

	/** The columns of the CSV export: those shown, then phone and email (a caller needs them). */
	exportFields = $derived([
		...this.fields,
		...CONTACT_FIELDS.filter((field) => !this.fields.includes(field))
	]);

	/** Whether the rows shown are narrowed (the count then says "x of y match"). */
	narrowed = $derived.by(() => {
		const query = this.rows.query;
		return !!query && (query.search.trim() !== '' || query.filters.length > 0 || !!query.segment);
	});

	constructor() {
		// The first query at once; again whenever the stored data changes (an import, a new
		// customer, another tab).
		$effect(() =>
			untrack(() => {
				void this.#reload(false);
				void this.#showKeptFirstScreen();
			})
		);
		let seenVersion: number | undefined;
		$effect(() => {
			const version = this.#meta.current?.dataVersion;
			if (version === undefined) return;
			if (seenVersion !== undefined && seenVersion !== version) {
				untrack(() => {
					this.segments = null;
					void this.#reload(true);
				});
			}
			seenVersion = version;
		});
		$effect(() => () => {
			clearTimeout(this.#measuresTimer);
		});
	}

	get query(): string {
		return this.#search;
	}

	set query(text: string) {
		this.#search = text;
		this.#schedule();
	}

	/** Sort by a field; the same field again flips the direction. Numbers start from the largest. */
	sortBy(field: string, numeric = false): void {
		if (this.sortField === field) this.descending = !this.descending;
		else {
			this.sortField = field;
			this.descending = numeric;
		}
		void this.#reload(false);
	}

	setDescending(descending: boolean): void {
		this.descending = descending;
		void this.#reload(false);
	}

	/** Replace the field filters (typing in a value waits a moment). */
	setFilters(filters: FieldFilter[]): void {
		this.filters = filters;
		this.#schedule();
	}

	setSegment(segment: { schemeId: string; classId: string } | null): void {
		this.segment = segment;
		void this.#reload(false);
	}

	async setSourceKind(kind: SegmentSourceKind): Promise<void> {
		this.sourceKind = kind;
		this.segment = null;
		this.segments = null;
		await this.loadSegments();
		await this.#reload(false);
	}

	/** Load the schemes the segment filter offers (computes the segmentation if needed). */
	async loadSegments(): Promise<void> {
		if (this.segments || this.segmentsLoading) return;
		this.segmentsLoading = true;
		try {
			const result = await analysis().directorySegments(this.#source());
			if (result.ok && result.value) this.segments = result.value;
			else if (result.ok) {
				// No stored run: fall back to the current data.
				this.sourceKind = 'saved';
				const saved = await analysis().directorySegments({ kind: 'saved' });
				if (saved.ok) this.segments = saved.value;
			}
		} finally {
			this.segmentsLoading = false;
		}
	}

	/** Fetch the rows from `start` to `end` (the list calls this as it scrolls). */
	want(start: number, end: number): void {
		this.rows.want(start, end);
	}

	/** The filtered list as a CSV download; `header` names the fields in the interface language. */
	async exportCsv(header: string[], language: 'zh' | 'en'): Promise<void> {
		this.exporting = true;
		try {
			// The file has the measures even if the list has not read them yet, and the rows of
			// what the list shows now, even while a query is still running.
			if (this.rows.level === 'records' || this.rows.busy) {
				this.#wantMeasures = true;
				await this.#reload(true);
			}
			const csv = await this.rows.csv(this.exportFields, header, language);
			if (csv !== null)
				downloadCsv(`kequn-customers-${new Date().toISOString().slice(0, 10)}.csv`, csv);
		} finally {
			this.exporting = false;
		}
	}

	/** The first screen kept by the last visit, when it was made from exactly this data. */
	async #showKeptFirstScreen(): Promise<void> {
		const first = await keptFirstScreen();
		if (first) this.rows.seed(first, this.fields);
	}

	#source(): SegmentSource {
		return { kind: this.sourceKind };
	}

	/** Query again at once: a search of 100,000 customers takes milliseconds in the worker. */
	#schedule(): void {
		void this.#reload(false);
	}

	async #reload(keepPlace: boolean): Promise<void> {
		const query: DirectoryQuery = {
			search: this.#search,
			filters: $state.snapshot(this.filters) as FieldFilter[],
			segment: this.segment && { ...this.segment },
			sort: { field: this.sortField, descending: this.descending },
			source: this.#source(),
			level: this.#wantMeasures ? 'measures' : 'records'
		};
		const fields = [...this.fields];
		const pending = takePrefetched(query, fields, 0, FIRST_REQUEST);
		await this.rows.load(query, fields, 0, keepPlace, pending);
		if (!this.#wantMeasures) this.#scheduleMeasures();
	}

	/** After the first screen: read the measures once the list has been idle a moment. */
	#scheduleMeasures(): void {
		clearTimeout(this.#measuresTimer);
		const orders = this.#meta.current?.orders ?? Infinity;
		const delay = orders <= SMALL_STORE_ORDERS ? SMALL_STORE_DELAY_MS : MEASURES_DELAY_MS;
		this.#measuresTimer = setTimeout(() => {
			if (this.rows.busy) return this.#scheduleMeasures();
			this.#wantMeasures = true;
			if (this.rows.level === 'records') void this.#reload(true);
		}, delay);
	}
}

let kept: Promise<FirstPage | undefined> | null = null;
let prefetched: { key: string; result: PageResult } | null = null;

const queryKey = (query: DirectoryQuery, fields: string[], start: number, count: number) =>
	JSON.stringify([query, fields, start, count]);

/** The answer to a query asked before the page rendered, if this is that query (taken once). */
function takePrefetched(
	query: DirectoryQuery,
	fields: string[],
	start: number,
	count: number
): PageResult | undefined {
	const found = prefetched?.key === queryKey(query, fields, start, count) ? prefetched : null;
	prefetched = null;
	return found?.result;
}

/** The first screen the last visit kept, if it was made from exactly the stored data. */
function keptFirstScreen(): Promise<FirstPage | undefined> {
	kept ??= (async () => {
		const first = await keptScreen<FirstPage>(LIST_FIRST_SCREEN);
		kept = null;
		return first;
	})();
	return kept;
}

/**
 * Start what the list needs first, before the page has even rendered (call when its code
 * loads): the worker with the opening query, and the read of the kept first screen.
 */
export function prefetchFirstScreen(): void {
	const count = FIRST_REQUEST;
	prefetched = {
		key: queryKey(OPENING_QUERY, LIST_FIELDS, 0, count),
		result: analysis().directoryQuery(OPENING_QUERY, LIST_FIELDS, 0, count)
	};
	void keptFirstScreen();
}
