/** The evaluation scorecard of one scheme in a stored run, against the run before it. */

import type { SegmentClass } from '$lib/core/segments/classes';
import { scorecard, type Scorecard } from '$lib/core/strategy/scorecard';
import { listRuns, runById } from '$lib/db/runs';
import { alignColumn } from '$lib/core/segments/align';
import { measuresAsOf } from './strategies-measures';
import { clusterSilhouettes } from '$lib/core/strategy/run-silhouettes';

export interface ScorecardView extends Scorecard {
	runId: string;
	createdAt: number;
	schemeId: string;
	classes: SegmentClass[];
	/** The run stability was measured against, or null when there was none. */
	previous: { id: string; createdAt: number; analysisDay: number } | null;
}

/** The measures distinctiveness is judged on: R, F and M. */
const DISTINCT_MEASURES = ['recencyDays', 'orders', 'netValue'] as const;

/** The scorecard of `schemeId` in run `runId` (the newest run when empty). */
export async function segmentScorecard(runId: string, schemeId: string): Promise<ScorecardView> {
	const records = await listRuns();
	const record = records.find((candidate) => candidate.id === runId) ?? records[0];
	const run = record ? await runById(record.id) : undefined;
	const scheme = run?.schemes.find((candidate) => candidate.schemeId === schemeId);
	if (!run || !scheme) throw new Error(`no stored run with the scheme '${schemeId}'`);
	// The previous run on other data: a run on the same data (the automatic one) is no test.
	const earlier = records.find(
		(candidate) =>
			candidate.createdAt < run.createdAt &&
			candidate.dataVersion !== run.dataVersion &&
			candidate.schemes.some((other) => other.schemeId === schemeId)
	);
	const previousRun = earlier ? await runById(earlier.id) : undefined;
	const previousScheme = previousRun?.schemes.find((other) => other.schemeId === schemeId);
	const { measures, customers } = await measuresAsOf(run.analysisDay);
	const column = (values: ArrayLike<number>) =>
		alignColumn(measures.customerIds, values, run.customerIds);
	const card = scorecard({
		customerIds: run.customerIds,
		classes: scheme.classes,
		classIndex: scheme.classIndex,
		revenue: column(measures.netValue),
		profit: column(measures.profit),
		measures: DISTINCT_MEASURES.map((key) => ({ key, values: column(measures[key]) })),
		previous:
			previousRun && previousScheme
				? { customerIds: previousRun.customerIds, scheme: previousScheme }
				: undefined,
		silhouette: clusterSilhouettes(run, scheme, measures, customers)
	});
	return {
		...card,
		runId: run.id,
		createdAt: run.createdAt,
		schemeId,
		classes: scheme.classes,
		previous: previousRun
			? {
					id: previousRun.id,
					createdAt: previousRun.createdAt,
					analysisDay: previousRun.analysisDay
				}
			: null
	};
}
