/**
 * The 2-D view: a PCA projection onto the two directions of largest variance (eigenvectors of the
 * covariance matrix, by ml-matrix's symmetric eigen-decomposition), and a seeded sample of the
 * points, stratified by cluster, small enough to draw.
 */

import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { createRandom, deriveSeed } from '../random';
import { columnMeans } from './matrix';
import type { FlatMatrix } from './matrix';
import { stratifiedIndices } from './sampling';

/** The two principal axes and how much of the total variance each explains. */
export interface PcaAxes {
	/** Column means the projection centres on. */
	mean: Float64Array;
	/** Unit vectors in feature space (cols values each); the largest component is positive. */
	axes: [Float64Array, Float64Array];
	/** Share (0–1) of the total variance along each axis. */
	explainedVarianceRatio: [number, number];
}

/** A projection of the rows onto the two principal axes. */
export interface Projection2D extends PcaAxes {
	/** rows × 2, row-major: (x, y) per row. */
	points: FlatMatrix;
}

/** The two principal axes of the rows (a missing second axis, with one column, is all zeros). */
export function principalAxes(points: FlatMatrix): PcaAxes {
	const { data, rows, cols } = points;
	const mean = columnMeans(points);
	// Population covariance (divisor rows); the upper triangle is summed, then mirrored.
	const sums = new Float64Array(cols * cols);
	const centred = new Float64Array(cols);
	for (let row = 0; row < rows; row++) {
		for (let col = 0; col < cols; col++) centred[col] = data[row * cols + col] - mean[col];
		for (let a = 0; a < cols; a++) {
			for (let b = a; b < cols; b++) sums[a * cols + b] += centred[a] * centred[b];
		}
	}
	const covariance = new Matrix(cols, cols);
	for (let a = 0; a < cols; a++) {
		for (let b = a; b < cols; b++) {
			covariance.set(a, b, sums[a * cols + b] / rows);
			covariance.set(b, a, sums[a * cols + b] / rows);
		}
	}
	const decomposition = new EigenvalueDecomposition(covariance, { assumeSymmetric: true });
	const eigenvalues = decomposition.realEigenvalues;
	const order = eigenvalues.map((_, i) => i).sort((a, b) => eigenvalues[b] - eigenvalues[a]);
	// Rounding can leave tiny negative eigenvalues; variance cannot be negative.
	const total = eigenvalues.reduce((sum, value) => sum + Math.max(0, value), 0);
	const axis = (rank: number): Float64Array => {
		if (rank >= cols) return new Float64Array(cols);
		return signFixed(Float64Array.from(decomposition.eigenvectorMatrix.getColumn(order[rank])));
	};
	const ratio = (rank: number): number =>
		rank < cols && total > 0 ? Math.max(0, eigenvalues[order[rank]]) / total : 0;
	return { mean, axes: [axis(0), axis(1)], explainedVarianceRatio: [ratio(0), ratio(1)] };
}

/** Coordinates of rows (e.g. customers or centres) on the two axes. */
export function projectRows(axes: PcaAxes, points: FlatMatrix): FlatMatrix {
	const { data, rows, cols } = points;
	const out = new Float64Array(rows * 2);
	const [first, second] = axes.axes;
	for (let row = 0; row < rows; row++) {
		let x = 0;
		let y = 0;
		for (let col = 0; col < cols; col++) {
			const centred = data[row * cols + col] - axes.mean[col];
			x += centred * first[col];
			y += centred * second[col];
		}
		out[row * 2] = x;
		out[row * 2 + 1] = y;
	}
	return { data: out, rows, cols: 2 };
}

/** The 2-D PCA projection of all rows, with the axes and their explained variance ratios. */
export function projectPca(points: FlatMatrix): Projection2D {
	const axes = principalAxes(points);
	return { ...axes, points: projectRows(axes, points) };
}

/** Stream number of the drawing sample. */
const DRAW_STREAM = 0xd2;

/**
 * Row indices to draw (ascending): all rows when there are at most `maxPoints`, else a seeded
 * sample with each cluster in proportion and none left out.
 */
export function pointsToDraw(labels: ArrayLike<number>, maxPoints = 5000, seed = 0): Uint32Array {
	return stratifiedIndices(labels, maxPoints, createRandom(deriveSeed(seed, DRAW_STREAM)));
}

/** A unit vector with its largest-magnitude component made positive, so the sign is stable. */
function signFixed(vector: Float64Array): Float64Array {
	let largest = 0;
	for (let i = 1; i < vector.length; i++) {
		if (Math.abs(vector[i]) > Math.abs(vector[largest])) largest = i;
	}
	const norm = Math.hypot(...vector);
	const factor = (vector[largest] < 0 ? -1 : 1) / (norm > 0 ? norm : 1);
	return vector.map((value) => value * factor);
}
