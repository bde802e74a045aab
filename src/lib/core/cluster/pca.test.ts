import { describe, expect, it } from 'vitest';
import { flatMatrix } from './matrix';
import { pointsToDraw, principalAxes, projectPca } from './pca';

/** Points on an ellipse with semi-axes a (along angle φ) and b, centred at (cx, cy). */
function rotatedEllipse(count: number, a: number, b: number, phi: number): Float64Array {
	const data = new Float64Array(count * 2);
	for (let i = 0; i < count; i++) {
		const theta = (2 * Math.PI * i) / count;
		const u = a * Math.cos(theta);
		const v = b * Math.sin(theta);
		data[i * 2] = 10 + u * Math.cos(phi) - v * Math.sin(phi);
		data[i * 2 + 1] = -4 + u * Math.sin(phi) + v * Math.cos(phi);
	}
	return data;
}

describe('principalAxes', () => {
	it('recovers the rotation of an ellipse and its exact variance shares', () => {
		// Evenly spaced angles: Σcos²θ = Σsin²θ = N/2 and Σ sinθ cosθ = 0, so the covariance has
		// eigenvalues a²/2 and b²/2 along (cos φ, sin φ) and (−sin φ, cos φ): shares 9/10, 1/10.
		const phi = 0.5;
		const points = flatMatrix(rotatedEllipse(360, 3, 1, phi), 360, 2);
		const { axes, explainedVarianceRatio, mean } = principalAxes(points);
		expect(Math.abs(axes[0][0] - Math.cos(phi))).toBeLessThan(1e-6);
		expect(Math.abs(axes[0][1] - Math.sin(phi))).toBeLessThan(1e-6);
		// The second axis is perpendicular; its sign makes the largest component positive.
		expect(Math.abs(axes[1][0] * axes[0][0] + axes[1][1] * axes[0][1])).toBeLessThan(1e-12);
		expect(explainedVarianceRatio[0]).toBeCloseTo(0.9, 12);
		expect(explainedVarianceRatio[1]).toBeCloseTo(0.1, 12);
		expect(mean[0]).toBeCloseTo(10, 12);
		expect(mean[1]).toBeCloseTo(-4, 12);
	});

	it('finds the plane of an ellipse embedded in three dimensions', () => {
		// Third column constant: zero variance there, so the two axes still explain everything.
		const flat = rotatedEllipse(200, 2, 1, 1.2);
		const data = new Float64Array(200 * 3);
		for (let i = 0; i < 200; i++) data.set([flat[i * 2], 7, flat[i * 2 + 1]], i * 3);
		const { axes, explainedVarianceRatio } = principalAxes(flatMatrix(data, 200, 3));
		// Largest component positive: (cos 1.2, 0, sin 1.2) has sin 1.2 ≈ 0.93 as its largest.
		expect(Math.abs(axes[0][0] - Math.cos(1.2))).toBeLessThan(1e-6);
		expect(Math.abs(axes[0][1])).toBeLessThan(1e-12);
		expect(Math.abs(axes[0][2] - Math.sin(1.2))).toBeLessThan(1e-6);
		expect(explainedVarianceRatio[0]).toBeCloseTo(0.8, 12);
		expect(explainedVarianceRatio[1]).toBeCloseTo(0.2, 12);
	});

	it('gives a zero second axis for a single column', () => {
		const { axes, explainedVarianceRatio } = principalAxes(
			flatMatrix(Float64Array.from([1, 2, 4]), 3, 1)
		);
		expect(Array.from(axes[0])).toEqual([1]);
		expect(Array.from(axes[1])).toEqual([0]);
		expect(explainedVarianceRatio).toEqual([1, 0]);
	});
});

describe('projectPca', () => {
	it('projects onto the axes: coordinates are the semi-axes at the ellipse ends', () => {
		const points = flatMatrix(rotatedEllipse(360, 3, 1, 0.5), 360, 2);
		const projection = projectPca(points);
		// θ = 0 lies on the major axis at distance 3; θ = 90° on the minor axis at distance 1.
		expect(Math.abs(projection.points.data[0])).toBeCloseTo(3, 9);
		expect(Math.abs(projection.points.data[1])).toBeCloseTo(0, 9);
		expect(Math.abs(projection.points.data[90 * 2])).toBeCloseTo(0, 9);
		expect(Math.abs(projection.points.data[90 * 2 + 1])).toBeCloseTo(1, 9);
	});
});

describe('pointsToDraw', () => {
	it('keeps every row when there are few', () => {
		expect(Array.from(pointsToDraw([0, 1, 1], 10))).toEqual([0, 1, 2]);
	});

	it('samples in proportion to cluster size, keeps small clusters, and is seeded', () => {
		// 9,000 rows of cluster 0, 990 of cluster 1, 10 of cluster 2.
		const labels = Int32Array.from({ length: 10_000 }, (_, i) => (i < 9000 ? 0 : i < 9990 ? 1 : 2));
		const drawn = pointsToDraw(labels, 1000, 3);
		expect(drawn.length).toBe(1000);
		const counts = [0, 0, 0];
		for (const index of drawn) counts[labels[index]]++;
		expect(counts[0]).toBeGreaterThanOrEqual(898);
		expect(counts[0]).toBeLessThanOrEqual(901);
		expect(counts[1]).toBeGreaterThanOrEqual(98);
		expect(counts[1]).toBeLessThanOrEqual(100);
		expect(counts[2]).toBeGreaterThanOrEqual(1);
		expect(new Set(drawn).size).toBe(1000);
		expect(Array.from(drawn)).toEqual([...drawn].sort((a, b) => a - b));
		expect(pointsToDraw(labels, 1000, 3)).toEqual(drawn);
	});
});
