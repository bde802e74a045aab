/** How a stored run is named in pickers and charts: its analysis day and when it was saved. */

import type { RunRecord } from '$lib/core/run-records';
import { locale } from '$lib/state/locale.svelte';

/** "Analysis day 1 Sep 2026 · saved 22 Nov 2026, 15:30" (or "recorded automatically …"). */
export function runLabel(run: Pick<RunRecord, 'analysisDay' | 'createdAt' | 'automatic'>): string {
	return locale.t(run.automatic ? 'strategy.runOptionAuto' : 'strategy.runOption', {
		day: locale.day(run.analysisDay),
		saved: locale.instant(run.createdAt)
	});
}
