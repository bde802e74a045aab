/**
 * The home dashboard's figures: totals and period, revenue concentration, primary-segment sizes
 * (all from the current data with the last used settings) and what changed between the last
 * two stored runs.
 */

import { orderPeriod } from '$lib/core/order-period';
import { changesBetween, type RunChanges } from '$lib/core/run-changes';
import { comparisonRun } from '$lib/core/run-thinning';
import { listRuns, runById } from '$lib/db/runs';
import { savedSegmentSettings } from '../engine/analysis';
import { snapshot } from '../engine/snapshot';
import { segment, type SegmentationView } from './segmentation';

export interface DashboardView {
	segmentation: SegmentationView;
	period: { firstDay: number; lastDay: number } | null;
	changes: RunChanges | null;
}

/** Everything the home dashboard shows. */
export async function dashboard(): Promise<DashboardView> {
	const segmentation = await segment(await savedSegmentSettings(), undefined, false);
	const runs = await listRuns();
	let changes: RunChanges | null = null;
	// Changes are between data versions: two runs on the same data show none.
	const earlier = comparisonRun(runs);
	if (earlier && earlier.dataVersion !== runs[0].dataVersion) {
		const [after, before] = await Promise.all([runById(runs[0].id), runById(earlier.id)]);
		if (after && before) changes = changesBetween(before, after);
	}
	const { orders } = await (await snapshot()).store();
	return { segmentation, period: orderPeriod(orders), changes };
}
