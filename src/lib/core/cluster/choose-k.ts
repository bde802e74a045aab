/**
 * Choosing k: one k-means fit per k with the validity measures side by side and a suggested k.
 * Large data sets are fitted on one seeded sample (the same rows for every k, said in the
 * result); the measures are then computed on all rows assigned to the sample's centres.
 */

import { createRandom, deriveSeed } from '../random';
import { fitKMeans } from './kmeans';
import { selectRows } from './matrix';
import type { FlatMatrix } from './matrix';
import { calinskiHarabasz, daviesBouldin, silhouette } from './metrics';
import type { SilhouetteOptions } from './metrics';
import { assignToCentres, clusterMeans, clusterSizes, inertia } from './partition';
import { sampleIndices } from './sampling';

/** Options of chooseK; every field has a default. */
export interface ChooseKOptions {
	/** Smallest and largest k tried (default 2..10, capped at rows − 1). */
	kMin?: number;
	kMax?: number;
	/** k-means++ restarts per k (default 10). */
	restarts?: number;
	seed?: number;
	/** Rows above which every k is fitted on one seeded sample (default 5,000). */
	sampleAbove?: number;
	/** Rows of that sample (default 5,000). */
	sampleSize?: number;
	silhouette?: SilhouetteOptions;
	/** Called after each k with the number of ks done and the total. */
	onProgress?: (done: number, total: number) => void;
}

/** The measures for one k (inertia in the scaled space, over all rows). */
export interface KChoiceRow {
	k: number;
	inertia: number;
	silhouette: number;
	calinskiHarabasz: number;
	daviesBouldin: number;
	sizes: number[];
}

/**
 * Why k was suggested: the highest silhouette; the smallest k among silhouettes within
 * SILHOUETTE_TIE of the highest; or no silhouette could be computed (kMin is returned).
 */
export type KChoiceReason = 'best-silhouette' | 'silhouette-tie-smaller-k' | 'no-silhouette';

/**
 * How much structure the suggested k's silhouette shows (Kaufman & Rousseeuw 1990):
 * > 0.70 strong, > 0.50 reasonable, > 0.25 weak, else none.
 */
export type ClusterStructure = 'strong' | 'reasonable' | 'weak' | 'none';

/** The table per k, the suggestion and whether sampling was used. */
export interface KChoice {
	rows: KChoiceRow[];
	suggestedK: number;
	reason: KChoiceReason;
	structure: ClusterStructure;
	/** Rows the fits ran on when sampled, else null. */
	fitSampleSize: number | null;
	silhouetteSampled: boolean;
	silhouetteSampleSize: number;
}

/** Silhouettes closer than this to the best count as equal (sampling noise is about this size). */
export const SILHOUETTE_TIE = 0.01;

/** Stream number of the sweep's fitting sample. */
const SWEEP_STREAM = 0x6b;

/** Fits k = kMin..kMax, tabulates inertia, silhouette, Calinski-Harabasz, Davies-Bouldin; suggests k. */
export function chooseK(points: FlatMatrix, options: ChooseKOptions = {}): KChoice {
	const seed = options.seed ?? 0;
	const restarts = options.restarts ?? 10;
	const kMin = Math.max(2, options.kMin ?? 2);
	const kMax = Math.min(options.kMax ?? 10, points.rows - 1);
	const sampleAbove = options.sampleAbove ?? 5000;
	const sampled = points.rows > sampleAbove;
	const fitPoints = sampled
		? selectRows(
				points,
				sampleIndices(
					points.rows,
					options.sampleSize ?? 5000,
					createRandom(deriveSeed(seed, SWEEP_STREAM))
				)
			)
		: points;

	const rows: KChoiceRow[] = [];
	let silhouetteSampled = false;
	let silhouetteSampleSize = points.rows;
	for (let k = kMin; k <= kMax; k++) {
		const fit = fitKMeans(fitPoints, k, { restarts, seed, sampleAbove: Infinity });
		const labels = sampled ? assignToCentres(points, fit.centres) : fit.labels;
		const centres = sampled ? clusterMeans(points, labels, k) : fit.centres;
		const score = silhouette(points, labels, { seed, ...options.silhouette });
		silhouetteSampled = score.sampled;
		silhouetteSampleSize = score.sampleSize;
		rows.push({
			k,
			inertia: sampled ? inertia(points, labels, centres) : fit.inertia,
			silhouette: score.score,
			calinskiHarabasz: calinskiHarabasz(points, labels),
			daviesBouldin: daviesBouldin(points, labels),
			sizes: Array.from(clusterSizes(labels, k))
		});
		options.onProgress?.(k - kMin + 1, kMax - kMin + 1);
	}
	const { suggestedK, reason } = suggestK(rows, kMin);
	const best = rows.find((row) => row.k === suggestedK);
	return {
		rows,
		suggestedK,
		reason,
		structure: structureOf(best?.silhouette ?? NaN),
		fitSampleSize: sampled ? fitPoints.rows : null,
		silhouetteSampled,
		silhouetteSampleSize
	};
}

/** The k with the best silhouette; among near-ties the smallest k (fewer segments to act on). */
export function suggestK(
	rows: readonly KChoiceRow[],
	fallbackK: number
): { suggestedK: number; reason: KChoiceReason } {
	const scored = rows.filter((row) => Number.isFinite(row.silhouette));
	if (scored.length === 0) return { suggestedK: fallbackK, reason: 'no-silhouette' };
	const best = scored.reduce((top, row) => (row.silhouette > top.silhouette ? row : top));
	const tied = scored.filter((row) => row.silhouette >= best.silhouette - SILHOUETTE_TIE);
	const smallest = tied.reduce((low, row) => (row.k < low.k ? row : low));
	return smallest.k === best.k
		? { suggestedK: best.k, reason: 'best-silhouette' }
		: { suggestedK: smallest.k, reason: 'silhouette-tie-smaller-k' };
}

/** The structure class of a mean silhouette. */
export function structureOf(score: number): ClusterStructure {
	if (score > 0.7) return 'strong';
	if (score > 0.5) return 'reasonable';
	if (score > 0.25) return 'weak';
	return 'none';
}
