import { describe, expect, it } from 'vitest';
import { RFM_CELL_CLASSES, rfmCellPosition, rfmScoreScheme } from './rfm-cells';
import { ascendingScore, recencyScore, rfmScores } from './rfm-scores';
import { customersWith, measuresOf } from './testing/build';

describe('score rules', () => {
	it('gives F/M 1 + cut points strictly below, R 5 − cut points strictly below', () => {
		const cuts = [30, 50, 70, 90];
		expect([29, 30, 31, 50, 51, 90, 91].map((v) => ascendingScore(v, cuts))).toEqual([
			1, 1, 2, 2, 3, 4, 5
		]);
		expect([29, 30, 31, 50, 51, 90, 91].map((v) => recencyScore(v, cuts))).toEqual([
			5, 5, 4, 4, 3, 2, 1
		]);
	});
});

describe('rfmScores', () => {
	it('scores five distinct customers 1 to 5 on each measure', () => {
		const specs = [1, 2, 3, 4, 5].map((k) => ({ orders: k, value: 100 * k, recency: 10 * k }));
		const scores = rfmScores(measuresOf(customersWith(specs), 1000));
		// Recency 10..50: cuts 18, 26, 34, 42; frequency 1..5: 1.8, 2.6, 3.4, 4.2.
		expect(scores.cuts.recency.map((c) => +c.toFixed(9))).toEqual([18, 26, 34, 42]);
		expect(scores.cuts.frequency.map((c) => +c.toFixed(9))).toEqual([1.8, 2.6, 3.4, 4.2]);
		expect([...scores.recency]).toEqual([5, 4, 3, 2, 1]);
		expect([...scores.frequency]).toEqual([1, 2, 3, 4, 5]);
		expect([...scores.monetary]).toEqual([1, 2, 3, 4, 5]);
	});

	it('gives equal values equal scores at a tied quintile boundary, using fewer scores', () => {
		// Frequencies 1, 1, 1, 1, 2: cuts 1, 1, 1, 1.2 → F 1 for all ones, 5 for the two.
		const specs = [1, 1, 1, 1, 2].map((orders, k) => ({ orders, value: 10, recency: k + 1 }));
		const scores = rfmScores(measuresOf(customersWith(specs), 1000));
		expect(scores.cuts.frequency.map((c) => +c.toFixed(9))).toEqual([1, 1, 1, 1.2]);
		expect([...scores.frequency]).toEqual([1, 1, 1, 1, 5]);
		// Monetary 10 each: all cut points equal the value, none strictly below: M = 1.
		expect([...scores.monetary]).toEqual([1, 1, 1, 1, 1]);
	});

	it('scores a value equal to a cut point below it (n = 11, whole positions)', () => {
		const specs = Array.from({ length: 11 }, (_, k) => ({
			orders: 1,
			value: 10 * (k + 1),
			recency: 10 * (k + 1)
		}));
		const scores = rfmScores(measuresOf(customersWith(specs), 1000));
		expect(scores.cuts.monetary).toEqual([30, 50, 70, 90]);
		// Values 10..110 → M 1,1,1,2,2,3,3,4,4,5,5; recency the mirror image.
		expect([...scores.monetary]).toEqual([1, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
		expect([...scores.recency]).toEqual([5, 5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
	});

	it('scores a single customer R5 F1 M1 (every cut point equals its value)', () => {
		const scores = rfmScores(measuresOf([['A', 990, 50]], 1000));
		expect([scores.recency[0], scores.frequency[0], scores.monetary[0]]).toEqual([5, 1, 1]);
	});

	it('scores identical customers alike', () => {
		const specs = Array.from({ length: 7 }, () => ({ orders: 3, value: 90, recency: 12 }));
		const scores = rfmScores(measuresOf(customersWith(specs), 1000));
		expect(new Set(scores.recency)).toEqual(new Set([5]));
		expect(new Set(scores.frequency)).toEqual(new Set([1]));
		expect(new Set(scores.monetary)).toEqual(new Set([1]));
	});

	it('leaves customers without purchases unscored (0) and out of the cut points', () => {
		const measures = measuresOf(
			[
				['A', 990, 50],
				['B', 980, 20]
			],
			1000,
			[{ id: 'P', name: 'p' }]
		);
		const scores = rfmScores(measures);
		expect(measures.customerIds[0]).toBe('P');
		expect([scores.recency[0], scores.frequency[0], scores.monetary[0]]).toEqual([0, 0, 0]);
		expect(scores.cuts.monetary[0]).toBeCloseTo(26, 12); // 20 + 0.2 × 30
	});

	it('uses the average order value when asked', () => {
		// A: 4 orders, 400 (avg 100); B: 1 order, 200 (avg 200).
		const rows = customersWith([
			{ orders: 4, value: 400, recency: 5 },
			{ orders: 1, value: 200, recency: 5 }
		]);
		const total = rfmScores(measuresOf(rows, 1000));
		const average = rfmScores(measuresOf(rows, 1000), { monetary: 'average', cuts: {} });
		expect([...total.monetary]).toEqual([5, 1]);
		expect([...average.monetary]).toEqual([1, 5]);
	});

	it('applies typed cut points per measure, sorted, and keeps the data cut points', () => {
		const specs = [1, 2, 3, 4, 5].map((k) => ({ orders: k, value: 100 * k, recency: 10 * k }));
		const measures = measuresOf(customersWith(specs), 1000);
		const scores = rfmScores(measures, {
			monetary: 'total',
			cuts: { monetary: [450, 50, 150, 250] }
		});
		expect(scores.cuts.monetary).toEqual([50, 150, 250, 450]);
		expect([...scores.monetary]).toEqual([2, 3, 4, 4, 5]);
		expect(scores.dataCuts.monetary.map((c) => +c.toFixed(9))).toEqual([180, 260, 340, 420]);
		expect([...scores.frequency]).toEqual([1, 2, 3, 4, 5]);
		expect(() => rfmScores(measures, { monetary: 'total', cuts: { recency: [1, 2, 3] } })).toThrow(
			RangeError
		);
		expect(() =>
			rfmScores(measures, { monetary: 'total', cuts: { recency: [1, 2, NaN, 4] } })
		).toThrow(RangeError);
	});
});

describe('rfmScoreScheme', () => {
	it('puts each customer in its R-F-M cell and prospects in their own class', () => {
		expect(RFM_CELL_CLASSES).toHaveLength(126);
		expect(new Set(RFM_CELL_CLASSES.map((c) => c.id)).size).toBe(126);
		expect(RFM_CELL_CLASSES[rfmCellPosition(5, 4, 3)].id).toBe('543');
		expect(RFM_CELL_CLASSES[rfmCellPosition(1, 1, 1)].id).toBe('111');
		const measures = measuresOf(
			[
				['A', 990, 50],
				['B', 980, 20]
			],
			1000,
			[{ id: 'P', name: 'p' }]
		);
		const scheme = rfmScoreScheme(rfmScores(measures));
		expect(Array.from(scheme.classIndex, (k) => scheme.classes[k].id)).toEqual([
			'prospect',
			'515',
			'111'
		]);
	});
});
