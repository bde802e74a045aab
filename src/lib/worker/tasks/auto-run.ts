/**
 * Runs that record themselves: after every bulk write the worker stores a run with the saved
 * segmentation settings, marked automatic (one per data version and analysis day), and thins
 * the old automatic runs. So Strategies, Evaluation, Monitoring and Home work straight after
 * the first import, and the user's named runs stay apart.
 */

import { createRun } from '$lib/core/segments';
import { automaticRunDue, automaticRunsToDrop } from '$lib/core/run-thinning';
import { deleteRuns, listRuns, saveRun } from '$lib/db/runs';
import { savedSegmentSettings, segmentation } from '../engine/analysis';
import { snapshot } from '../engine/snapshot';

/**
 * Store the automatic run for the stored data if it is due; its id, or null when none was.
 * After a restore (`restored`), a restored run on the same day with the same totals already
 * stands for the data, so none is added.
 */
export async function recordAutomaticRun(
	now = Date.now(),
	restored = false
): Promise<string | null> {
	const snap = await snapshot();
	const { orders } = await snap.store();
	if (orders.day.length === 0) return null; // no orders: nothing to segment
	const computed = await segmentation(snap, await savedSegmentSettings(), undefined);
	const dataVersion = String(computed.dataVersion);
	const runs = await listRuns();
	if ((await snapshot()).dataVersion !== computed.dataVersion) return null; // written meanwhile
	let id: string | null = null;
	const sameData =
		restored &&
		runs.some(
			(run) =>
				run.analysisDay === computed.analysisDay &&
				// The four figures every stored run has (older runs lack the later ones).
				(['customers', 'purchasers', 'orders', 'revenue'] as const).every(
					(figure) => run.totals[figure] === computed.totals[figure]
				)
		);
	if (!sameData && automaticRunDue(runs, dataVersion, computed.analysisDay)) {
		const { result, totals, measures } = computed;
		const run = createRun(
			{ ...result, analysisDay: computed.analysisDay, measures, totals },
			{ id: crypto.randomUUID(), createdAt: now, dataVersion, automatic: true }
		);
		await saveRun(run, result.summaries, totals);
		id = run.id;
	}
	await deleteRuns(automaticRunsToDrop(runs, now));
	return id;
}
