/**
 * Seeded row samples: plain samples for fitting and silhouettes, bootstrap samples for
 * stability, and samples stratified by cluster for drawing.
 */

import type { Random } from '../random';

/** `size` distinct row indices out of `n`, drawn uniformly (partial Fisher–Yates), ascending. */
export function sampleIndices(n: number, size: number, random: Random): Uint32Array {
	if (size >= n) return Uint32Array.from({ length: n }, (_, i) => i);
	const pool = Uint32Array.from({ length: n }, (_, i) => i);
	for (let i = 0; i < size; i++) {
		const j = i + Math.floor(random.next() * (n - i));
		const swap = pool[i];
		pool[i] = pool[j];
		pool[j] = swap;
	}
	// Ascending order keeps the sample in data order, which makes results independent of draw order.
	return pool.slice(0, size).sort();
}

/** `size` row indices out of `n` drawn with replacement (a bootstrap sample), ascending. */
export function bootstrapIndices(n: number, size: number, random: Random): Uint32Array {
	const drawn = new Uint32Array(size);
	for (let i = 0; i < size; i++) drawn[i] = Math.floor(random.next() * n);
	return drawn.sort();
}

/**
 * About `maxPoints` row indices, ascending, with each cluster's share of the sample close to its
 * share of the rows (largest remainders). Every non-empty cluster keeps at least one point so
 * small clusters stay visible; so with more clusters than `maxPoints` there is one per cluster.
 */
export function stratifiedIndices(
	labels: ArrayLike<number>,
	maxPoints: number,
	random: Random
): Uint32Array {
	const n = labels.length;
	if (n <= maxPoints) return Uint32Array.from({ length: n }, (_, i) => i);
	const members = rowsByCluster(labels);
	const quotas = proportionalQuotas(
		members.map((rows) => rows.length),
		maxPoints
	);
	const chosen: number[] = [];
	members.forEach((rows, cluster) => {
		const picked = sampleIndices(rows.length, quotas[cluster], random);
		for (const position of picked) chosen.push(rows[position]);
	});
	return Uint32Array.from(chosen).sort();
}

/** The row indices of each cluster (labels are 0-based cluster numbers). */
export function rowsByCluster(labels: ArrayLike<number>): Uint32Array[] {
	let clusters = 0;
	for (let i = 0; i < labels.length; i++) clusters = Math.max(clusters, labels[i] + 1);
	const counts = new Uint32Array(clusters);
	for (let i = 0; i < labels.length; i++) counts[labels[i]]++;
	const members = Array.from(counts, (count) => new Uint32Array(count));
	const filled = new Uint32Array(clusters);
	for (let i = 0; i < labels.length; i++) members[labels[i]][filled[labels[i]]++] = i;
	return members;
}

/** Integer quotas summing to min(total, Σ sizes), proportional to sizes, ≥ 1 for non-empty groups. */
function proportionalQuotas(sizes: readonly number[], total: number): number[] {
	const n = sizes.reduce((sum, size) => sum + size, 0);
	const nonEmpty = sizes.filter((size) => size > 0).length;
	// Reserve one point per non-empty group, then share the rest in proportion.
	const spare = Math.max(0, total - nonEmpty);
	const exact = sizes.map((size) =>
		size > 0 ? (spare * (size - 1)) / Math.max(1, n - nonEmpty) : 0
	);
	const quotas = exact.map((value, i) => (sizes[i] > 0 ? 1 + Math.floor(value) : 0));
	let left = Math.min(total, n) - quotas.reduce((sum, quota) => sum + quota, 0);
	const byRemainder = exact
		.map((value, i) => ({ i, remainder: value - Math.floor(value) }))
		.sort((a, b) => b.remainder - a.remainder || a.i - b.i);
	for (const { i } of byRemainder) {
		if (left <= 0) break;
		if (quotas[i] < sizes[i]) {
			quotas[i]++;
			left--;
		}
	}
	return quotas.map((quota, i) => Math.min(quota, sizes[i]));
}
