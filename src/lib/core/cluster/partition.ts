/**
 * A partition of rows into k clusters: nearest-centre assignment, cluster means and sizes, and
 * inertia (within-cluster sum of squared distances), all on flat matrices.
 */

import type { FlatMatrix } from './matrix';

/** The index of the nearest centre for each row (ties go to the lower centre index). */
export function assignToCentres(points: FlatMatrix, centres: FlatMatrix): Int32Array {
	if (points.cols !== centres.cols) throw new RangeError('assignToCentres: column counts differ');
	const { data, rows, cols } = points;
	const centreData = centres.data;
	const k = centres.rows;
	const labels = new Int32Array(rows);
	for (let row = 0; row < rows; row++) {
		const offset = row * cols;
		let best = 0;
		let bestDistance = Infinity;
		for (let centre = 0; centre < k; centre++) {
			const centreOffset = centre * cols;
			let distance = 0;
			for (let col = 0; col < cols; col++) {
				const difference = data[offset + col] - centreData[centreOffset + col];
				distance += difference * difference;
			}
			if (distance < bestDistance) {
				bestDistance = distance;
				best = centre;
			}
		}
		labels[row] = best;
	}
	return labels;
}

/** The number of rows in each of k clusters. */
export function clusterSizes(labels: ArrayLike<number>, k: number): Int32Array {
	const sizes = new Int32Array(k);
	for (let i = 0; i < labels.length; i++) sizes[labels[i]]++;
	return sizes;
}

/** The mean of each of k clusters (k × cols); an empty cluster's mean is all NaN. */
export function clusterMeans(points: FlatMatrix, labels: ArrayLike<number>, k: number): FlatMatrix {
	const { data, rows, cols } = points;
	const sums = new Float64Array(k * cols);
	const sizes = clusterSizes(labels, k);
	for (let row = 0; row < rows; row++) {
		const offset = row * cols;
		const centreOffset = labels[row] * cols;
		for (let col = 0; col < cols; col++) sums[centreOffset + col] += data[offset + col];
	}
	for (let centre = 0; centre < k; centre++) {
		for (let col = 0; col < cols; col++) sums[centre * cols + col] /= sizes[centre];
	}
	return { data: sums, rows: k, cols };
}

/** The sum over rows of the squared distance to the centre of the row's cluster. */
export function inertia(
	points: FlatMatrix,
	labels: ArrayLike<number>,
	centres: FlatMatrix
): number {
	const { data, rows, cols } = points;
	const centreData = centres.data;
	let total = 0;
	for (let row = 0; row < rows; row++) {
		const offset = row * cols;
		const centreOffset = labels[row] * cols;
		for (let col = 0; col < cols; col++) {
			const difference = data[offset + col] - centreData[centreOffset + col];
			total += difference * difference;
		}
	}
	return total;
}
