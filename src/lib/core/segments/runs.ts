/**
 * A stored run: when it ran, on what data, with which settings, and each customer's class in
 * every scheme, as one typed array per scheme (not one object per customer). Plus the migration
 * matrix between two runs of a scheme.
 */

import type { DayNumber } from '../model';
import type { ClassIndex, SegmentClass } from './classes';
import type { SegmentationResult } from './run-all';
import type { SegmentSettings } from './settings';

/** One scheme's outcome in a run: its classes and a class index per run customer. */
export interface RunScheme {
	schemeId: string;
	classes: SegmentClass[];
	classIndex: ClassIndex;
}

export interface SegmentRun {
	id: string;
	/** Epoch milliseconds. */
	createdAt: number;
	analysisDay: DayNumber;
	/** Identifies the data the run saw (the store's data version). */
	dataVersion: string;
	settings: SegmentSettings;
	/** The primary scheme actually used ('' when there was none). */
	primarySchemeId: string;
	customerIds: string[];
	/** Available schemes only; each class index is aligned with `customerIds`. */
	schemes: RunScheme[];
	/** Stored by the app after a bulk write (not by the user's "Run and save"). */
	automatic?: boolean;
}

/** A run from a result; id, time and data version come from the caller (core stays pure). */
export function createRun(
	result: SegmentationResult,
	meta: { id: string; createdAt: number; dataVersion: string; automatic?: boolean }
): SegmentRun {
	return {
		...meta,
		analysisDay: result.analysisDay,
		settings: result.settings,
		primarySchemeId: result.primary?.schemeId ?? '',
		customerIds: result.measures.customerIds,
		schemes: result.schemes
			.filter((scheme) => scheme.available)
			.map(({ schemeId, classes, classIndex }) => ({ schemeId, classes, classIndex }))
	};
}

/** The row of customers absent from the earlier run, the column of those absent from the later. */
export const ENTERED_CLASS: SegmentClass = { id: '+new', en: 'New in this run', zh: '新增' };
export const LEFT_CLASS: SegmentClass = { id: '-gone', en: 'No longer present', zh: '已移除' };

/** Who moved from which class to which between two runs of a scheme. */
export interface Migration {
	schemeId: string;
	/** Rows: the earlier run's classes, then `ENTERED_CLASS`. */
	from: SegmentClass[];
	/** Columns: the later run's classes, then `LEFT_CLASS`. */
	to: SegmentClass[];
	/** counts[row][column]: customers; the entered/left corner is always 0. */
	counts: number[][];
	/** The same cells summed over `weights` (e.g. revenue), when weights were given. */
	weighted?: number[][];
}

/** Weights by customer id for `compareRuns` (e.g. measures.customerIds and netValue). */
export interface MigrationWeights {
	customerIds: readonly string[];
	values: ArrayLike<number>;
}

function schemeOf(run: SegmentRun, schemeId: string): RunScheme {
	const scheme = run.schemes.find((candidate) => candidate.schemeId === schemeId);
	if (!scheme) throw new RangeError(`run '${run.id}' has no scheme '${schemeId}'`);
	return scheme;
}

/** Migration matrix of a scheme from run `before` to `after`; throws if a run lacks the scheme. */
export function compareRuns(
	before: SegmentRun,
	after: SegmentRun,
	schemeId: string,
	weights?: MigrationWeights
): Migration {
	const earlier = schemeOf(before, schemeId);
	const later = schemeOf(after, schemeId);
	const enteredRow = earlier.classes.length;
	const leftColumn = later.classes.length;
	const counts = Array.from({ length: enteredRow + 1 }, () =>
		new Array<number>(leftColumn + 1).fill(0)
	);
	const weighted = weights ? counts.map((row) => row.map(() => 0)) : undefined;
	const weightOf = weights
		? new Map(weights.customerIds.map((id, i) => [id, weights.values[i]]))
		: undefined;
	const add = (row: number, column: number, customerId: string) => {
		counts[row][column]++;
		if (weighted && weightOf) weighted[row][column] += weightOf.get(customerId) ?? 0;
	};
	const rowOf = new Map<string, number>();
	before.customerIds.forEach((id, i) => rowOf.set(id, earlier.classIndex[i]));
	const seen = new Set<string>();
	after.customerIds.forEach((id, i) => {
		seen.add(id);
		add(rowOf.get(id) ?? enteredRow, later.classIndex[i], id);
	});
	for (const [id, row] of rowOf) if (!seen.has(id)) add(row, leftColumn, id);
	return {
		schemeId,
		from: [...earlier.classes, ENTERED_CLASS],
		to: [...later.classes, LEFT_CLASS],
		counts,
		...(weighted ? { weighted } : {})
	};
}
