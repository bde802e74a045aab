/**
 * Averages of any per-customer value by class, and a segment's profile against everyone:
 * the figures of the segment cards, the profile chart and the side-by-side comparison.
 */

/** Per class: the mean of the finite values and how many members had one. */
export interface ClassMeans {
	mean: Float64Array;
	/** Members with a finite value (a prospect has no recency, a customer the model skipped no CLV). */
	count: Float64Array;
}

/**
 * The mean of `values` over each class's members, skipping NaN (NaN when a class has none) and
 * customers without a class (negative index).
 */
export function classMeans(
	classIndex: ArrayLike<number>,
	classCount: number,
	values: ArrayLike<number>
): ClassMeans {
	const sum = new Float64Array(classCount);
	const count = new Float64Array(classCount);
	for (let i = 0; i < classIndex.length; i++) {
		const value = values[i];
		if (!Number.isFinite(value) || classIndex[i] < 0) continue;
		sum[classIndex[i]] += value;
		count[classIndex[i]]++;
	}
	const mean = sum.map((total, c) => (count[c] > 0 ? total / count[c] : NaN));
	return { mean, count };
}

/** The mean of the finite values (NaN when there are none). */
export function overallMean(values: ArrayLike<number>): number {
	let sum = 0;
	let count = 0;
	for (let i = 0; i < values.length; i++) {
		if (!Number.isFinite(values[i])) continue;
		sum += values[i];
		count++;
	}
	return count > 0 ? sum / count : NaN;
}

/**
 * A segment's value as an index on everyone's average (100 = average, 150 = half as much
 * again). NaN when either is missing or the average is not positive (no meaningful ratio).
 */
export function profileIndex(segmentMean: number, overall: number): number {
	if (!Number.isFinite(segmentMean) || !Number.isFinite(overall) || overall <= 0) return NaN;
	return (segmentMean / overall) * 100;
}

/** One measure of two segments side by side. */
export interface MeasurePair {
	measure: string;
	first: number;
	second: number;
	/** second − first (NaN when either is missing). */
	difference: number;
	/** Which has more; 'same' when equal, 'unknown' when either is missing. */
	higher: 'first' | 'second' | 'same' | 'unknown';
}

/** The measures of two segments side by side, in the order of `measures`. */
export function compareSegments(
	measures: readonly string[],
	first: Readonly<Record<string, number>>,
	second: Readonly<Record<string, number>>
): MeasurePair[] {
	return measures.map((measure) => {
		const a = first[measure] ?? NaN;
		const b = second[measure] ?? NaN;
		const known = Number.isFinite(a) && Number.isFinite(b);
		return {
			measure,
			first: a,
			second: b,
			difference: known ? b - a : NaN,
			higher: !known ? 'unknown' : a === b ? 'same' : a > b ? 'first' : 'second'
		};
	});
}
