/**
 * Stability of a clustering: the mean adjusted Rand index between the reference labels and
 * (a) full re-fits with other seeds and (b) fits on bootstrap samples, every row then assigned to
 * the bootstrap centres. A clustering the data really holds comes back the same either way.
 */

import { createRandom, deriveSeed } from '../random';
import { fitKMeans } from './kmeans';
import type { KMeansOptions } from './kmeans';
import { selectRows } from './matrix';
import type { FlatMatrix } from './matrix';
import { assignToCentres } from './partition';
import { adjustedRandIndex } from './rand-index';
import { bootstrapIndices } from './sampling';

/**
 * Plain-words verdict on the mean ARI: ≥ 0.9 very stable, ≥ 0.75 stable, ≥ 0.5 moderate
 * (the broad groups hold, borders move), else unstable (do not act on the details).
 */
export type StabilityVerdict = 'very-stable' | 'stable' | 'moderate' | 'unstable';

/** Options of clusteringStability; k-means options apply to every re-fit (their seed is replaced). */
export interface StabilityOptions {
	/** Re-fits with other seeds (default 4). */
	reruns?: number;
	/** Fits on bootstrap samples (default 4). */
	bootstraps?: number;
	/** Rows per bootstrap sample (default all rows; fewer gives an m-out-of-n bootstrap). */
	bootstrapSize?: number;
	seed?: number;
	kmeans?: KMeansOptions;
	/** Called after each re-fit with the number done and the total. */
	onProgress?: (done: number, total: number) => void;
}

/** The stability figure, its verdict and the ARI of every re-fit. */
export interface Stability {
	/** Mean ARI over all re-fits (−1..1, 1 = identical partitions). */
	score: number;
	verdict: StabilityVerdict;
	rerunScores: number[];
	bootstrapScores: number[];
}

/** Stream numbers of the re-runs and bootstraps. */
const RERUN_STREAM = 0x2e;
const BOOTSTRAP_STREAM = 0xb0;

/** The mean ARI of the reference labels against re-fits with other seeds and on bootstrap samples. */
export function clusteringStability(
	points: FlatMatrix,
	reference: ArrayLike<number>,
	k: number,
	options: StabilityOptions = {}
): Stability {
	const seed = options.seed ?? 0;
	const reruns = options.reruns ?? 4;
	const bootstraps = options.bootstraps ?? 4;
	const bootstrapSize = Math.max(k, Math.min(points.rows, options.bootstrapSize ?? points.rows));
	const total = reruns + bootstraps;
	const rerunScores: number[] = [];
	for (let i = 0; i < reruns; i++) {
		const fit = fitKMeans(points, k, {
			...options.kmeans,
			seed: deriveSeed(seed, RERUN_STREAM, i)
		});
		rerunScores.push(adjustedRandIndex(reference, fit.labels));
		options.onProgress?.(i + 1, total);
	}
	const bootstrapScores: number[] = [];
	for (let i = 0; i < bootstraps; i++) {
		const streamSeed = deriveSeed(seed, BOOTSTRAP_STREAM, i);
		const indices = bootstrapIndices(points.rows, bootstrapSize, createRandom(streamSeed));
		const fit = fitKMeans(selectRows(points, indices), k, { ...options.kmeans, seed: streamSeed });
		bootstrapScores.push(adjustedRandIndex(reference, assignToCentres(points, fit.centres)));
		options.onProgress?.(reruns + i + 1, total);
	}
	const all = [...rerunScores, ...bootstrapScores];
	const score = all.length > 0 ? all.reduce((sum, value) => sum + value, 0) / all.length : NaN;
	return { score, verdict: stabilityVerdict(score), rerunScores, bootstrapScores };
}

/** The verdict for a mean ARI (NaN counts as unstable). */
export function stabilityVerdict(score: number): StabilityVerdict {
	if (score >= 0.9) return 'very-stable';
	if (score >= 0.75) return 'stable';
	if (score >= 0.5) return 'moderate';
	return 'unstable';
}
