/**
 * The adjusted Rand index (Hubert & Arabie 1985): agreement of two partitions of the same rows,
 * counted over pairs of rows and corrected for chance. 1 for the same partition whatever the
 * label names, about 0 for unrelated ones, negative for less agreement than chance.
 */

/**
 * ARI = (Σᵢⱼ C(nᵢⱼ,2) − E) / (½[Σᵢ C(aᵢ,2) + Σⱼ C(bⱼ,2)] − E), E = Σᵢ C(aᵢ,2) · Σⱼ C(bⱼ,2) / C(n,2),
 * with nᵢⱼ the rows in cluster i of `left` and j of `right`, aᵢ and bⱼ the cluster sizes. Labels
 * may be any numbers. When the denominator is 0 (both all one cluster, or both all singletons)
 * the partitions are the same and the index is 1, as in scikit-learn.
 */
export function adjustedRandIndex(left: ArrayLike<number>, right: ArrayLike<number>): number {
	const n = left.length;
	if (right.length !== n)
		throw new RangeError('adjustedRandIndex: partitions of different lengths');
	const leftIds = compactLabels(left);
	const rightIds = compactLabels(right);
	const rightCount = rightIds.count;
	const joint = new Map<number, number>();
	const leftSizes = new Float64Array(leftIds.count);
	const rightSizes = new Float64Array(rightCount);
	for (let i = 0; i < n; i++) {
		const a = leftIds.ids[i];
		const b = rightIds.ids[i];
		leftSizes[a]++;
		rightSizes[b]++;
		const key = a * rightCount + b;
		joint.set(key, (joint.get(key) ?? 0) + 1);
	}
	let index = 0;
	for (const count of joint.values()) index += pairs(count);
	let leftPairs = 0;
	for (const size of leftSizes) leftPairs += pairs(size);
	let rightPairs = 0;
	for (const size of rightSizes) rightPairs += pairs(size);
	const expected = n > 1 ? (leftPairs * rightPairs) / pairs(n) : 0;
	const maximum = (leftPairs + rightPairs) / 2;
	if (maximum === expected) return 1;
	return (index - expected) / (maximum - expected);
}

/** C(m, 2): the number of unordered pairs among m rows (exact in doubles up to ~10⁸ rows). */
function pairs(m: number): number {
	return (m * (m - 1)) / 2;
}

/** Labels renamed 0..count-1 in order of first appearance. */
function compactLabels(labels: ArrayLike<number>): { ids: Int32Array; count: number } {
	const idOf = new Map<number, number>();
	const ids = new Int32Array(labels.length);
	for (let i = 0; i < labels.length; i++) {
		let id = idOf.get(labels[i]);
		if (id === undefined) idOf.set(labels[i], (id = idOf.size));
		ids[i] = id;
	}
	return { ids, count: idOf.size };
}
