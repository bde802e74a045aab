/** Small statistics over typed arrays: quantiles (R-7 / Excel PERCENTILE.INC), mean, median. */

/**
 * The p-quantile (p in 0–1) of ascending `sorted` values with linear interpolation between
 * order statistics: R's default type 7, Excel's PERCENTILE.INC. NaN for no values.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
	const n = sorted.length;
	if (n === 0) return NaN;
	const position = (n - 1) * Math.min(1, Math.max(0, p));
	const below = Math.floor(position);
	const fraction = position - below;
	if (fraction === 0 || below + 1 >= n) return sorted[below];
	return sorted[below] + fraction * (sorted[below + 1] - sorted[below]);
}

/** The finite values of `values` (only where `include` is non-zero, if given), ascending. */
export function sortedFinite(values: ArrayLike<number>, include?: ArrayLike<number>): Float64Array {
	const out = new Float64Array(values.length);
	let count = 0;
	for (let i = 0; i < values.length; i++) {
		const value = values[i];
		if (Number.isFinite(value) && (!include || include[i])) out[count++] = value;
	}
	return out.subarray(0, count).sort();
}

/** The quantiles at each of `probabilities` of the finite (included) values. */
export function quantiles(
	values: ArrayLike<number>,
	probabilities: readonly number[],
	include?: ArrayLike<number>
): number[] {
	const sorted = sortedFinite(values, include);
	return probabilities.map((p) => quantileSorted(sorted, p));
}

/** Arithmetic mean of the finite (included) values, NaN for none. */
export function mean(values: ArrayLike<number>, include?: ArrayLike<number>): number {
	let sum = 0;
	let count = 0;
	for (let i = 0; i < values.length; i++) {
		const value = values[i];
		if (Number.isFinite(value) && (!include || include[i])) {
			sum += value;
			count++;
		}
	}
	return count === 0 ? NaN : sum / count;
}

/** Median of the finite (included) values, NaN for none. */
export function median(values: ArrayLike<number>, include?: ArrayLike<number>): number {
	return quantileSorted(sortedFinite(values, include), 0.5);
}

/** Number of entries of ascending `cuts` strictly below `value`. */
export function countBelow(cuts: readonly number[], value: number): number {
	let count = 0;
	while (count < cuts.length && cuts[count] < value) count++;
	return count;
}

/** Number of entries of ascending `cuts` at or below `value`. */
export function countAtOrBelow(cuts: readonly number[], value: number): number {
	let count = 0;
	while (count < cuts.length && cuts[count] <= value) count++;
	return count;
}
