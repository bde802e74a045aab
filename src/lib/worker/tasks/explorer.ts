/**
 * The segment explorer's figures for one scheme, in the worker: per segment its size and
 * shares (the class table's summary), averages of every profile measure (CLV and P(alive)
 * included), the R×F heat map of each segment, and the cluster scatter for cluster schemes.
 */

import { rfGrids, type RfGrid } from '$lib/core/explorer/heat-map';
import { classMeans, overallMean } from '$lib/core/explorer/segment-means';
import { fieldColumn, type ClassSummary, type SegmentClass } from '$lib/core/segments';
import { PROFILE_MEASURES } from '$lib/core/fields';
import { clusterScatter, type ClusterScatterView } from '$lib/core/segments/cluster-scatter';
import { segmented, type SegmentSource } from '../engine/sources';
import { snapshot } from '../engine/snapshot';

export type ProfileMeasure = (typeof PROFILE_MEASURES)[number];

export interface ExplorerView {
	schemeId: string;
	analysisDay: number;
	classes: SegmentClass[];
	/** The class table's figures, one per class in class order. */
	summaries: ClassSummary[];
	/** Per class, the mean of each profile measure over members with a value (NaN when none). */
	means: Record<ProfileMeasure, number>[];
	/** Per class, members with a CLV (customers the model could score). */
	clvCustomers: number[];
	/** Everyone's mean of each profile measure. */
	overall: Record<ProfileMeasure, number>;
	grids: { overall: RfGrid; byClass: RfGrid[] };
	/** Only for `cluster:` schemes. */
	scatter: ClusterScatterView | null;
}

/** Everything the explorer shows for a scheme of a source (null when the scheme is not there). */
export async function explorerView(
	source: SegmentSource,
	schemeId: string
): Promise<ExplorerView | null> {
	const data = await segmented(await snapshot(), source);
	const scheme = data?.schemes.find((candidate) => candidate.schemeId === schemeId);
	if (!data || !scheme) return null;
	const k = scheme.classes.length;
	const classIndex = scheme.classOfRow;
	const means = scheme.classes.map(() => ({}) as Record<ProfileMeasure, number>);
	const overall = {} as Record<ProfileMeasure, number>;
	let clvCustomers: number[] = new Array<number>(k).fill(0);
	for (const measure of PROFILE_MEASURES) {
		const column = fieldColumn(data.fields, measure);
		const values =
			column?.kind === 'number' ? column.values : new Float64Array(classIndex.length).fill(NaN);
		const byClass = classMeans(classIndex, k, values);
		byClass.mean.forEach((mean, c) => (means[c][measure] = mean));
		overall[measure] = overallMean(values);
		if (measure === 'clv') clvCustomers = Array.from(byClass.count);
	}
	const scores = data.result?.scores;
	const grids = scores
		? rfGrids(scores.recency, scores.frequency, data.measures.netValue, classIndex, k)
		: rfGrids([], [], [], [], k);
	return {
		schemeId,
		analysisDay: data.analysisDay,
		classes: scheme.classes,
		summaries: data.result?.summaries[schemeId] ?? [],
		means,
		clvCustomers,
		overall,
		grids,
		scatter: clusterScatter(data, schemeId)
	};
}
