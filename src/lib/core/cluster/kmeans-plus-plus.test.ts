import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { defaultLocalTrials, kMeansPlusPlus } from './kmeans-plus-plus';
import { fromNestedRows, rowOf } from './matrix';
import { gaussianBlobs } from './testing/data-sets';

describe('kMeansPlusPlus', () => {
	const blobs = gaussianBlobs(
		[
			[0, 0],
			[20, 0],
			[0, 20],
			[20, 20]
		],
		50,
		0.5,
		1
	);

	it('uses scikit-learn’s number of local trials', () => {
		expect([1, 2, 3, 7, 8, 10].map(defaultLocalTrials)).toEqual([2, 2, 3, 3, 4, 4]);
	});

	it('picks k data rows, one in each far-apart blob, the same for the same seed', () => {
		const centres = kMeansPlusPlus(blobs, 4, createRandom(5));
		expect(centres.rows).toBe(4);
		const quadrants = new Set<string>();
		for (let c = 0; c < 4; c++) {
			const [x, y] = rowOf(centres, c);
			quadrants.add(`${x > 10}-${y > 10}`);
			const isRow = Array.from({ length: blobs.rows }, (_, r) => rowOf(blobs, r)).some(
				(row) => row[0] === x && row[1] === y
			);
			expect(isRow).toBe(true);
		}
		expect(quadrants.size).toBe(4);
		expect(kMeansPlusPlus(blobs, 4, createRandom(5))).toEqual(centres);
		expect(kMeansPlusPlus(blobs, 4, createRandom(6))).not.toEqual(centres);
	});

	it('copes with fewer distinct rows than k', () => {
		const points = fromNestedRows([[1], [1], [1]]);
		expect(Array.from(kMeansPlusPlus(points, 3, createRandom(1)).data)).toEqual([1, 1, 1]);
	});

	it('never picks a row already sitting on a centre while others are away', () => {
		// Two distinct values: the second centre must be the other value.
		const points = fromNestedRows([[0], [0], [0], [0], [9]]);
		for (let seed = 0; seed < 20; seed++) {
			const centres = Array.from(kMeansPlusPlus(points, 2, createRandom(seed)).data);
			expect(centres.sort()).toEqual([0, 9]);
		}
	});
});
