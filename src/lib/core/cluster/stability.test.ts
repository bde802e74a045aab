import { describe, expect, it } from 'vitest';
import { fitKMeans } from './kmeans';
import { clusteringStability, stabilityVerdict } from './stability';
import { gaussianBlobs, uniformCloud } from './testing/data-sets';

describe('clusteringStability', () => {
	it('finds clear blobs very stable under other seeds and bootstrap samples', () => {
		const points = gaussianBlobs(
			[
				[0, 0],
				[8, 0],
				[0, 8]
			],
			100,
			1,
			3
		);
		const reference = fitKMeans(points, 3, { restarts: 5, seed: 1 });
		const progress: number[] = [];
		const stability = clusteringStability(points, reference.labels, 3, {
			reruns: 3,
			bootstraps: 3,
			seed: 1,
			kmeans: { restarts: 5 },
			onProgress: (done, total) => progress.push(done / total)
		});
		expect(stability.rerunScores).toEqual([1, 1, 1]);
		expect(stability.bootstrapScores).toHaveLength(3);
		expect(stability.score).toBeGreaterThan(0.97);
		expect(stability.verdict).toBe('very-stable');
		expect(progress).toEqual([1 / 6, 2 / 6, 3 / 6, 4 / 6, 5 / 6, 1]);
	});

	it('finds an arbitrary split of a structureless cloud less stable', () => {
		const points = uniformCloud(400, 4, 8);
		const reference = fitKMeans(points, 7, { restarts: 3, seed: 1 });
		const stability = clusteringStability(points, reference.labels, 7, {
			reruns: 2,
			bootstraps: 2,
			seed: 2,
			kmeans: { restarts: 3 }
		});
		expect(stability.score).toBeLessThan(0.9);
		expect(stability.verdict).not.toBe('very-stable');
	});
});

describe('stabilityVerdict', () => {
	it('uses the documented thresholds', () => {
		expect([0.95, 0.9, 0.8, 0.75, 0.6, 0.5, 0.3, NaN].map(stabilityVerdict)).toEqual([
			'very-stable',
			'very-stable',
			'stable',
			'stable',
			'moderate',
			'moderate',
			'unstable',
			'unstable'
		]);
	});
});
