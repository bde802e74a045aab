/**
 * Distinctiveness of clusters the way clustering measures it: the mean silhouette of each
 * cluster's rows (−1…1; near 1 = tight and far from the others, near 0 = on a border). Exact up
 * to `exactUpTo` rows, else over a seeded sample, as `silhouette` in cluster/metrics.ts.
 */

import { selectRows, type FlatMatrix } from '../cluster/matrix';
import { silhouetteSamples } from '../cluster/metrics';
import { sampleIndices } from '../cluster/sampling';
import { createRandom, deriveSeed } from '../random';

/** Stream number of the scorecard's silhouette sample. */
const STREAM = 0x5c;

/** Mean silhouette per label 0…classCount−1 (NaN for a label without rows in the sample). */
export function silhouetteByClass(
	points: FlatMatrix,
	labels: ArrayLike<number>,
	classCount: number,
	options: { exactUpTo?: number; seed?: number } = {}
): number[] {
	const exactUpTo = options.exactUpTo ?? 3000;
	const rows =
		points.rows <= exactUpTo
			? Uint32Array.from({ length: points.rows }, (_, i) => i)
			: sampleIndices(points.rows, exactUpTo, createRandom(deriveSeed(options.seed ?? 0, STREAM)));
	const sampleLabels = Int32Array.from(rows, (row) => labels[row]);
	const scores = silhouetteSamples(selectRows(points, rows), sampleLabels);
	const sums = new Float64Array(classCount);
	const counts = new Float64Array(classCount);
	scores.forEach((score, i) => {
		if (!Number.isFinite(score)) return;
		sums[sampleLabels[i]] += score;
		counts[sampleLabels[i]]++;
	});
	return Array.from(sums, (sum, c) => (counts[c] > 0 ? sum / counts[c] : NaN));
}
