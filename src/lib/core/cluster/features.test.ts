import { describe, expect, it } from 'vitest';
import { applyFeatures, buildFeatures, featurePreview, toOriginalUnits } from './features';
import { fromNestedRows } from './matrix';

describe('buildFeatures', () => {
	it('standardises with the population standard deviation', () => {
		// [1, 2, 3, 4]: mean 2.5, population variance (2.25 + 0.25 + 0.25 + 2.25)/4 = 1.25.
		const { matrix, transform } = buildFeatures({
			numeric: [{ name: 'x', values: Float64Array.from([1, 2, 3, 4]) }]
		});
		const sd = Math.sqrt(1.25);
		expect(transform.numeric[0]).toMatchObject({ mean: 2.5, log: false, role: 'other' });
		expect(transform.numeric[0].sd).toBeCloseTo(sd, 15);
		Array.from(matrix.data).forEach((value, i) =>
			expect(value).toBeCloseTo((i + 1 - 2.5) / sd, 14)
		);
	});

	it('imputes missing values with the median of the present ones and counts them', () => {
		// Present: 1, 3, 10, 4 → sorted 1, 3, 4, 10 → median (3 + 4)/2 = 3.5.
		const built = buildFeatures(
			{ numeric: [{ name: 'x', values: Float64Array.from([1, NaN, 3, 10, Infinity, 4]) }] },
			{ scale: 'none' }
		);
		expect(Array.from(built.matrix.data)).toEqual([1, 3.5, 3, 10, 3.5, 4]);
		expect(built.transform.numeric[0].median).toBe(3.5);
		expect(built.missing).toEqual([1 + 1]);
	});

	it('logs frequency and money by default, with a per-column switch', () => {
		const values = Float64Array.from([0, 9, 99]);
		const built = buildFeatures(
			{
				numeric: [
					{ name: 'orders', values, role: 'frequency' },
					{ name: 'spend', values, role: 'monetary' },
					{ name: 'spendRaw', values, role: 'monetary', log: false },
					{ name: 'days', values, role: 'recency' },
					{ name: 'daysLogged', values, role: 'recency', log: true }
				]
			},
			{ scale: 'none' }
		);
		expect(built.transform.numeric.map((column) => column.log)).toEqual([
			true,
			true,
			false,
			false,
			true
		]);
		// Row 1: ln(1 + 9) in the logged columns, 9 elsewhere.
		const row1 = Array.from(built.matrix.data.subarray(5, 10));
		expect(row1).toEqual([Math.log(10), Math.log(10), 9, 9, Math.log(10)]);
	});

	it('keeps the sign of negative amounts under the log', () => {
		const built = buildFeatures(
			{ numeric: [{ name: 'net', values: Float64Array.from([-9, 9]), role: 'monetary' }] },
			{ scale: 'none' }
		);
		expect(Array.from(built.matrix.data)).toEqual([-Math.log(10), Math.log(10)]);
	});

	it('turns a constant column into zeros', () => {
		const { matrix, transform } = buildFeatures({
			numeric: [
				{ name: 'same', values: Float64Array.from([0.1, 0.1, 0.1]) },
				{ name: 'none', values: Float64Array.from([NaN, NaN, NaN]) }
			]
		});
		expect(Array.from(matrix.data)).toEqual([0, 0, 0, 0, 0, 0]);
		expect(transform.numeric.map((column) => column.sd)).toEqual([0, 0]);
	});

	it('one-hot encodes categories with a weight, levels in code-point order', () => {
		const { matrix, transform } = buildFeatures({
			numeric: [{ name: 'x', values: Float64Array.from([1, 2, 3]) }],
			categorical: [{ name: 'city', values: ['Xi’an', 'Beijing', 'Xi’an'], weight: 0.5 }]
		});
		expect(transform.columns.map((column) => column.name)).toEqual([
			'x',
			'city=Beijing',
			'city=Xi’an'
		]);
		expect(matrix.cols).toBe(3);
		expect([matrix.data[1], matrix.data[2]]).toEqual([0, 0.5]);
		expect([matrix.data[4], matrix.data[5]]).toEqual([0.5, 0]);
	});

	it('rejects columns of different lengths', () => {
		expect(() =>
			buildFeatures({
				numeric: [{ name: 'x', values: new Float64Array(2) }],
				categorical: [{ name: 'c', values: ['a'] }]
			})
		).toThrow(RangeError);
	});
});

describe('applyFeatures and toOriginalUnits', () => {
	const input = {
		numeric: [
			{ name: 'spend', values: Float64Array.from([10, 100, 1000, NaN]), role: 'monetary' as const },
			{ name: 'age', values: Float64Array.from([20, 30, 40, 50]) }
		],
		categorical: [{ name: 'genre', values: ['F', 'M', 'F', 'F'], weight: 2 }]
	};
	const built = buildFeatures(input);

	it('places new rows with the fitted median, log, scaling and levels', () => {
		const again = applyFeatures(built.transform, input);
		expect(again).toEqual(built.matrix);
		const fresh = applyFeatures(built.transform, {
			numeric: [
				{ name: 'spend', values: Float64Array.from([NaN]) },
				{ name: 'age', values: Float64Array.from([35]) }
			],
			categorical: [{ name: 'genre', values: ['unknown'] }]
		});
		// Missing spend takes the fitted median (100); an unseen level gives zeros.
		expect(fresh.data[0]).toBeCloseTo(built.matrix.data[1 * 4 + 0], 14);
		expect(fresh.data[1]).toBeCloseTo(0, 14);
		expect([fresh.data[2], fresh.data[3]]).toEqual([0, 0]);
	});

	it('inverts scaling and the log; one-hot columns come back as shares', () => {
		const back = toOriginalUnits(built.transform, built.matrix);
		expect(back.data[0]).toBeCloseTo(10, 10);
		expect(back.data[1]).toBeCloseTo(20, 10);
		expect(back.data[2 * 4]).toBeCloseTo(1000, 9);
		expect(back.data[3 * 4]).toBeCloseTo(100, 10); // the imputed median
		expect([back.data[2], back.data[3]]).toEqual([1, 0]);
		const mean = toOriginalUnits(built.transform, fromNestedRows([[0, 0, 1.5, 0.5]]));
		// The mean of logs comes back as a geometric-type mean: expm1(mean of log1p).
		const logs = [10, 100, 1000, 100].map(Math.log1p);
		expect(mean.data[0]).toBeCloseTo(Math.expm1(logs.reduce((a, b) => a + b) / 4), 9);
		expect(mean.data[1]).toBeCloseTo(35, 12);
		expect([mean.data[2], mean.data[3]]).toEqual([0.75, 0.25]);
	});
});

describe('featurePreview', () => {
	it('shows the first rows with column names', () => {
		const built = buildFeatures(
			{
				numeric: [{ name: 'x', values: Float64Array.from([1, 2, 3]) }],
				categorical: [{ name: 'c', values: ['a', 'b', 'a'] }]
			},
			{ scale: 'none' }
		);
		expect(featurePreview(built, 2)).toEqual({
			columns: ['x', 'c=a', 'c=b'],
			rows: [
				[1, 1, 0],
				[2, 0, 1]
			]
		});
	});
});
