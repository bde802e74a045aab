/**
 * How far each segment's customers are from the rest on each measure, in standard deviations:
 * z = (mean inside − mean outside) / sd of all customers (population sd). Customers without a
 * value for a measure (NaN, e.g. a prospect's recency) are left out of that measure.
 */

import type { ClassIndex } from '../segments/classes';

/** A measure column aligned with the class index. */
export interface MeasureColumn {
	/** A stable key the screen turns into a label ('recencyDays', 'orders', 'netValue'). */
	key: string;
	values: ArrayLike<number>;
}

/** One segment's difference on one measure. */
export interface MeasureDifference {
	key: string;
	/** Standardised difference of means (sd of all customers); NaN when undefined. */
	z: number;
	meanInside: number;
	meanOutside: number;
}

/** Per class, the difference on every measure, largest |z| first. */
export function measureDifferences(
	classIndex: ClassIndex,
	classCount: number,
	measures: readonly MeasureColumn[]
): MeasureDifference[][] {
	const perClass: MeasureDifference[][] = Array.from({ length: classCount }, () => []);
	for (const { key, values } of measures) {
		const sums = new Float64Array(classCount);
		const counts = new Float64Array(classCount);
		let total = 0;
		let count = 0;
		for (let i = 0; i < classIndex.length; i++) {
			const value = values[i];
			if (!Number.isFinite(value)) continue;
			sums[classIndex[i]] += value;
			counts[classIndex[i]]++;
			total += value;
			count++;
		}
		const mean = count > 0 ? total / count : NaN;
		let squares = 0;
		for (let i = 0; i < classIndex.length; i++) {
			const value = values[i];
			if (Number.isFinite(value)) squares += (value - mean) ** 2;
		}
		const sd = count > 0 ? Math.sqrt(squares / count) : NaN;
		for (let c = 0; c < classCount; c++) {
			const outside = count - counts[c];
			const meanInside = counts[c] > 0 ? sums[c] / counts[c] : NaN;
			const meanOutside = outside > 0 ? (total - sums[c]) / outside : NaN;
			const z = sd > 0 ? (meanInside - meanOutside) / sd : NaN;
			perClass[c].push({ key, z, meanInside, meanOutside });
		}
	}
	for (const list of perClass) list.sort((a, b) => magnitude(b.z) - magnitude(a.z));
	return perClass;
}

/** |z|, with NaN ranked last. */
function magnitude(z: number): number {
	return Number.isFinite(z) ? Math.abs(z) : -1;
}

/** A segment's distinctiveness: the largest |z| over its measures (NaN when none is defined). */
export function distinctiveness(differences: readonly MeasureDifference[]): number {
	const best = differences.find((difference) => Number.isFinite(difference.z));
	return best ? Math.abs(best.z) : NaN;
}
