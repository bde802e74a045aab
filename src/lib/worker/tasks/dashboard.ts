/**
 * The home dashboard's figures: totals and period, revenue concentration, primary-segment sizes
 * (all from the current data with the last used settings) and what changed between the last
 * two stored runs.
 */

import { changesBetween, type RunChanges } from '$lib/core/run-changes';
import type { SegmentSettingsInput } from '$lib/core/segments';
import { listRuns, runById } from '$lib/db/runs';
import { readSetting } from '$lib/db/settings';
import { segment, orderPeriod, type SegmentationView } from './segmentation';
import { SEGMENT_SETTINGS_KEY } from '$lib/core/setting-keys';

export interface DashboardView {
	segmentation: SegmentationView;
	period: { firstDay: number; lastDay: number } | null;
	changes: RunChanges | null;
}

/** Everything the home dashboard shows. */
export async function dashboard(): Promise<DashboardView> {
	const settings = (await readSetting<SegmentSettingsInput>(SEGMENT_SETTINGS_KEY)) ?? {};
	const segmentation = await segment(settings, undefined, false);
	const runs = await listRuns();
	let changes: RunChanges | null = null;
	if (runs.length >= 2) {
		const [after, before] = await Promise.all([runById(runs[0].id), runById(runs[1].id)]);
		if (after && before) changes = changesBetween(before, after);
	}
	return { segmentation, period: await orderPeriod(), changes };
}
