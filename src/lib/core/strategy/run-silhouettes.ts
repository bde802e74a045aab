/**
 * The silhouette of each cluster of a saved clustering scheme in a run, in the space the
 * clustering was fitted in (its saved transform), for the scorecard's distinctiveness.
 */

import type { Customer } from '$lib/core/model';
import { applyFeatures } from '$lib/core/cluster/features';
import { selectRows } from '$lib/core/cluster/matrix';
import {
	clusterSchemeId,
	clusterFeatureInput,
	clusteredCustomers,
	specOfTransform
} from '$lib/core/segments/cluster-scheme';
import { alignRecords, type CustomerMeasures } from '$lib/core/segments/measures';
import type { RunScheme, SegmentRun } from '$lib/core/segments/runs';
import { silhouetteByClass } from '$lib/core/strategy/cluster-silhouette';

/** Mean silhouette per class of a saved clustering's scheme (NaN for prospects); undefined otherwise. */
export function clusterSilhouettes(
	run: SegmentRun,
	scheme: RunScheme,
	measures: CustomerMeasures,
	customers: readonly Customer[]
): number[] | undefined {
	const saved = (run.settings.clusterings ?? []).find(
		(clustering) => clusterSchemeId(clustering.id) === scheme.schemeId
	);
	if (!saved) return undefined;
	const buyers = clusteredCustomers(measures);
	const input = clusterFeatureInput(
		{ measures, records: alignRecords(measures.customerIds, customers) },
		specOfTransform(saved.transform),
		buyers
	);
	const points = applyFeatures(saved.transform, input);
	// Each point's class in the run (the clusters come first, prospects last).
	const runRow = new Map(run.customerIds.map((id, i) => [id, i]));
	const kept: number[] = [];
	const labels: number[] = [];
	buyers.forEach((position, i) => {
		const row = runRow.get(measures.customerIds[position]);
		if (row === undefined || scheme.classIndex[row] >= saved.k) return;
		kept.push(i);
		labels.push(scheme.classIndex[row]);
	});
	return silhouetteByClass(selectRows(points, kept), labels, scheme.classes.length);
}
