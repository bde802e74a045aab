/**
 * Monitoring helpers beside `compareRuns` (segments/runs.ts): the customers of one cell of the
 * migration matrix, and segment sizes over all runs.
 */

import type { RunRecord } from '../run-records';
import type { SegmentClass } from '../segments/classes';
import type { Migration, SegmentRun } from '../segments/runs';

function schemeOf(run: SegmentRun, schemeId: string) {
	const scheme = run.schemes.find((candidate) => candidate.schemeId === schemeId);
	if (!scheme) throw new RangeError(`run '${run.id}' has no scheme '${schemeId}'`);
	return scheme;
}

/**
 * The customer ids in cell [row][column] of `compareRuns(before, after, schemeId)`: row = the
 * earlier class (its last row: new in the later run), column = the later class (its last
 * column: gone from the later run). In the later run's order, then the gone ones in the earlier.
 */
export function migrationCellMembers(
	before: SegmentRun,
	after: SegmentRun,
	schemeId: string,
	row: number,
	column: number
): string[] {
	const earlier = schemeOf(before, schemeId);
	const later = schemeOf(after, schemeId);
	const enteredRow = earlier.classes.length;
	const leftColumn = later.classes.length;
	const rowOf = new Map<string, number>();
	before.customerIds.forEach((id, i) => rowOf.set(id, earlier.classIndex[i]));
	const members: string[] = [];
	if (column === leftColumn) {
		if (row === enteredRow) return members;
		const present = new Set(after.customerIds);
		before.customerIds.forEach((id, i) => {
			if (earlier.classIndex[i] === row && !present.has(id)) members.push(id);
		});
		return members;
	}
	after.customerIds.forEach((id, i) => {
		if (later.classIndex[i] === column && (rowOf.get(id) ?? enteredRow) === row) members.push(id);
	});
	return members;
}

/** Segment sizes of a scheme in every run that has it, oldest run first. */
export interface SizeTrend {
	runs: { id: string; createdAt: number; analysisDay: number }[];
	/** Every class seen in any of those runs, in the order first seen. */
	classes: SegmentClass[];
	/** counts[class][run]: customers; 0 where the run did not have the class. */
	counts: number[][];
}

/** Sizes per class and run from the runs' stored summaries (no per-customer data needed). */
export function sizeTrend(
	records: readonly Pick<RunRecord, 'id' | 'createdAt' | 'analysisDay' | 'schemes' | 'summaries'>[],
	schemeId: string
): SizeTrend {
	const runs = records
		.filter((record) => record.summaries[schemeId])
		.sort((a, b) => a.createdAt - b.createdAt);
	const classes: SegmentClass[] = [];
	const position = new Map<string, number>();
	for (const run of runs) {
		const scheme = run.schemes.find((candidate) => candidate.schemeId === schemeId);
		for (const segmentClass of scheme?.classes ?? []) {
			if (position.has(segmentClass.id)) continue;
			position.set(segmentClass.id, classes.length);
			classes.push(segmentClass);
		}
	}
	const counts = classes.map(() => new Array<number>(runs.length).fill(0));
	runs.forEach((run, r) => {
		for (const summary of run.summaries[schemeId]) {
			const c = position.get(summary.classId);
			if (c !== undefined) counts[c][r] = summary.customers;
		}
	});
	return {
		runs: runs.map(({ id, createdAt, analysisDay }) => ({ id, createdAt, analysisDay })),
		classes,
		counts
	};
}

/** Totals of a migration matrix: customers who stayed, moved, entered and left. */
export interface MigrationTotals {
	/** In both runs, in the class with the same id (the diagonal). */
	stayed: number;
	/** In both runs, in another class. */
	moved: number;
	/** Only in the later run (the last row). */
	entered: number;
	/** Only in the earlier run (the last column). */
	left: number;
}

/** Whether cell [row][column] is on the diagonal: the same class (by id) before and after. */
export function isStayCell(matrix: Pick<Migration, 'from' | 'to'>, row: number, column: number) {
	return (
		row < matrix.from.length - 1 &&
		column < matrix.to.length - 1 &&
		matrix.from[row].id === matrix.to[column].id
	);
}

/** The totals of a matrix from `compareRuns`. */
export function migrationTotals(
	matrix: Pick<Migration, 'from' | 'to' | 'counts'>
): MigrationTotals {
	const lastRow = matrix.from.length - 1;
	const lastColumn = matrix.to.length - 1;
	const totals: MigrationTotals = { stayed: 0, moved: 0, entered: 0, left: 0 };
	matrix.counts.forEach((cells, row) =>
		cells.forEach((count, column) => {
			if (row === lastRow) totals.entered += count;
			else if (column === lastColumn) totals.left += count;
			else if (isStayCell(matrix, row, column)) totals.stayed += count;
			else totals.moved += count;
		})
	);
	return totals;
}
