/** Segmentation runs: stored snapshots of every customer's class in every scheme. */

import type { SegmentRun } from '$lib/core/segments/runs';
import { database } from './database';
import { exclusiveWrite } from './write-lock';
import { runFromRecords, runToRecords, type RunRecord } from '$lib/core/run-records';

/** Store a run (both records in one transaction). */
export async function saveRun(
	run: SegmentRun,
	summaries: RunRecord['summaries'],
	totals: RunRecord['totals']
): Promise<void> {
	const db = database();
	const { record, assignments } = runToRecords(run, summaries, totals);
	await exclusiveWrite(() =>
		db.transaction('rw', db.runs, db.runAssignments, async () => {
			await db.runs.put(record);
			await db.runAssignments.put(assignments);
		})
	);
}

/** Every run's small record, newest first. */
export async function listRuns(): Promise<RunRecord[]> {
	return (await database().runs.orderBy('createdAt').reverse().toArray()) as RunRecord[];
}

/** The newest run's small record, or undefined. */
export async function latestRun(): Promise<RunRecord | undefined> {
	return database().runs.orderBy('createdAt').last();
}

/** A whole run with every customer's classes, or undefined. */
export async function runById(id: string): Promise<SegmentRun | undefined> {
	const db = database();
	return db.transaction('r', db.runs, db.runAssignments, async () => {
		const record = await db.runs.get(id);
		const assignments = await db.runAssignments.get(id);
		return record && assignments ? runFromRecords(record, assignments) : undefined;
	});
}

/** Delete runs by id (both records, one transaction). */
export async function deleteRuns(ids: readonly string[]): Promise<void> {
	if (ids.length === 0) return;
	const db = database();
	await exclusiveWrite(() =>
		db.transaction('rw', db.runs, db.runAssignments, async () => {
			await db.runs.bulkDelete([...ids]);
			await db.runAssignments.bulkDelete([...ids]);
		})
	);
}
