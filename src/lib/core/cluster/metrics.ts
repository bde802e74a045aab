/**
 * Internal validity measures of a partition, with scikit-learn's definitions and edge cases:
 * silhouette (higher is better, −1..1), Calinski-Harabasz (higher is better), Davies-Bouldin
 * (lower is better, ≥ 0) and inertia. Empty clusters are ignored; a measure needing at least two
 * clusters (and, for the first two, fewer clusters than rows) is NaN otherwise.
 */

import { createRandom, deriveSeed } from '../random';
import { selectRows } from './matrix';
import type { FlatMatrix } from './matrix';
import { clusterMeans, clusterSizes } from './partition';
import { sampleIndices } from './sampling';

export { inertia } from './partition';

/** A silhouette score, and whether it was computed on a sample of the rows. */
export interface SilhouetteResult {
	score: number;
	sampled: boolean;
	/** Rows the score was computed on (all rows when not sampled). */
	sampleSize: number;
}

/** Options of silhouette. */
export interface SilhouetteOptions {
	/** Up to this many rows the score is exact (O(rows²): ~50 ms at 3,000 × 6 in Node). */
	exactUpTo?: number;
	/** Rows of the seeded sample beyond that. */
	sampleSize?: number;
	seed?: number;
}

/** Stream number of the silhouette sample. */
const SILHOUETTE_STREAM = 0x51;

/**
 * Mean silhouette: exact up to `exactUpTo` rows, else over a seeded sample (distances within the
 * sample only, as scikit-learn's `silhouette_score(sample_size=…)`).
 */
export function silhouette(
	points: FlatMatrix,
	labels: ArrayLike<number>,
	options: SilhouetteOptions = {}
): SilhouetteResult {
	const exactUpTo = options.exactUpTo ?? 3000;
	const sampleSize = options.sampleSize ?? 3000;
	if (points.rows <= exactUpTo) {
		return {
			score: mean(silhouetteSamples(points, labels)),
			sampled: false,
			sampleSize: points.rows
		};
	}
	const random = createRandom(deriveSeed(options.seed ?? 0, SILHOUETTE_STREAM));
	const indices = sampleIndices(points.rows, sampleSize, random);
	const sampleLabels = Int32Array.from(indices, (index) => labels[index]);
	const score = mean(silhouetteSamples(selectRows(points, indices), sampleLabels));
	return { score, sampled: true, sampleSize: indices.length };
}

/**
 * The silhouette of each row: (b − a) / max(a, b), with a the mean distance to the other rows of
 * its cluster and b the lowest mean distance to another cluster's rows; 0 in a one-row cluster.
 * All NaN unless there are 2..rows−1 non-empty clusters.
 */
export function silhouetteSamples(points: FlatMatrix, labels: ArrayLike<number>): Float64Array {
	const { data, rows: n, cols } = points;
	const k = labelCount(labels);
	const sizes = clusterSizes(labels, k);
	const clusters = nonEmpty(sizes);
	if (clusters < 2 || clusters > n - 1) return new Float64Array(n).fill(NaN);
	// distanceSums[i * k + c]: sum of distances from row i to the rows of cluster c.
	const distanceSums = new Float64Array(n * k);
	for (let i = 0; i < n; i++) {
		const offsetI = i * cols;
		const labelI = labels[i];
		for (let j = i + 1; j < n; j++) {
			const offsetJ = j * cols;
			let squared = 0;
			for (let col = 0; col < cols; col++) {
				const difference = data[offsetI + col] - data[offsetJ + col];
				squared += difference * difference;
			}
			const distance = Math.sqrt(squared);
			distanceSums[i * k + labels[j]] += distance;
			distanceSums[j * k + labelI] += distance;
		}
	}
	const scores = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		const own = labels[i];
		if (sizes[own] === 1) continue; // a lone row scores 0
		const a = distanceSums[i * k + own] / (sizes[own] - 1);
		let b = Infinity;
		for (let c = 0; c < k; c++) {
			if (c !== own && sizes[c] > 0) b = Math.min(b, distanceSums[i * k + c] / sizes[c]);
		}
		const spread = Math.max(a, b);
		scores[i] = spread > 0 ? (b - a) / spread : 0;
	}
	return scores;
}

/**
 * Calinski-Harabasz: (between-cluster dispersion / (k − 1)) / (within-cluster dispersion /
 * (n − k)); 1 when the within dispersion is 0 (as scikit-learn).
 */
export function calinskiHarabasz(points: FlatMatrix, labels: ArrayLike<number>): number {
	const { data, rows: n, cols } = points;
	const k = labelCount(labels);
	const sizes = clusterSizes(labels, k);
	const clusters = nonEmpty(sizes);
	if (clusters < 2 || clusters > n - 1) return NaN;
	const centres = clusterMeans(points, labels, k);
	const overall = clusterMeans(points, new Int32Array(n), 1).data;
	let between = 0;
	for (let c = 0; c < k; c++) {
		if (sizes[c] === 0) continue;
		for (let col = 0; col < cols; col++) {
			const difference = centres.data[c * cols + col] - overall[col];
			between += sizes[c] * difference * difference;
		}
	}
	let within = 0;
	for (let row = 0; row < n; row++) {
		const centreOffset = labels[row] * cols;
		for (let col = 0; col < cols; col++) {
			const difference = data[row * cols + col] - centres.data[centreOffset + col];
			within += difference * difference;
		}
	}
	if (within === 0) return 1;
	return (between * (n - clusters)) / (within * (clusters - 1));
}

/**
 * Davies-Bouldin: the mean over clusters of max over other clusters of (sᵢ + sⱼ) / dᵢⱼ, with s the
 * mean distance of a cluster's rows to its centre and d the distance between centres (coinciding
 * centres are skipped); 0 when every s or every d is 0 (as scikit-learn).
 */
export function daviesBouldin(points: FlatMatrix, labels: ArrayLike<number>): number {
	const { data, rows: n, cols } = points;
	const k = labelCount(labels);
	const sizes = clusterSizes(labels, k);
	if (nonEmpty(sizes) < 2) return NaN;
	const centres = clusterMeans(points, labels, k).data;
	const scatter = new Float64Array(k);
	for (let row = 0; row < n; row++) {
		const centreOffset = labels[row] * cols;
		let squared = 0;
		for (let col = 0; col < cols; col++) {
			const difference = data[row * cols + col] - centres[centreOffset + col];
			squared += difference * difference;
		}
		scatter[labels[row]] += Math.sqrt(squared);
	}
	const present: number[] = [];
	for (let c = 0; c < k; c++) {
		if (sizes[c] === 0) continue;
		scatter[c] /= sizes[c];
		present.push(c);
	}
	let total = 0;
	let anyScatter = false;
	let anySeparation = false;
	for (const i of present) {
		if (scatter[i] > 0) anyScatter = true;
		let worst = 0;
		for (const j of present) {
			if (j === i) continue;
			let squared = 0;
			for (let col = 0; col < cols; col++) {
				const difference = centres[i * cols + col] - centres[j * cols + col];
				squared += difference * difference;
			}
			if (squared === 0) continue;
			anySeparation = true;
			worst = Math.max(worst, (scatter[i] + scatter[j]) / Math.sqrt(squared));
		}
		total += worst;
	}
	return anyScatter && anySeparation ? total / present.length : 0;
}

/** One more than the largest label (labels are 0-based cluster numbers). */
function labelCount(labels: ArrayLike<number>): number {
	let k = 0;
	for (let i = 0; i < labels.length; i++) k = Math.max(k, labels[i] + 1);
	return k;
}

/** The number of non-empty clusters. */
function nonEmpty(sizes: Int32Array): number {
	return sizes.reduce((count, size) => count + (size > 0 ? 1 : 0), 0);
}

/** The arithmetic mean (NaN for none). */
function mean(values: Float64Array): number {
	let sum = 0;
	for (const value of values) sum += value;
	return sum / values.length;
}
