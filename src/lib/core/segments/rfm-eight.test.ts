import { describe, expect, it } from 'vitest';
import { eightPosition, RFM_EIGHT_CLASSES, rfmEightScheme } from './rfm-eight';
import { customersWith, measuresOf } from './testing/build';

const ids = (scheme: ReturnType<typeof rfmEightScheme>) =>
	Array.from(scheme.classIndex, (k) => scheme.classes[k].id);

describe('RFM eight-class map', () => {
	it('maps each ↑/↓ combination to its class', () => {
		const splits = { recency: 50, frequency: 3, monetary: 100 };
		const cases: [number, number, number, string][] = [
			[10, 5, 200, '重要价值客户'],
			[10, 1, 200, '重要发展客户'],
			[90, 5, 200, '重要保持客户'],
			[90, 1, 200, '重要挽留客户'],
			[10, 5, 50, '一般价值客户'],
			[10, 1, 50, '一般发展客户'],
			[90, 5, 50, '一般保持客户'],
			[90, 1, 50, '一般挽留客户']
		];
		for (const [recency, orders, monetary, zh] of cases) {
			expect(RFM_EIGHT_CLASSES[eightPosition(recency, orders, monetary, splits)].zh).toBe(zh);
		}
	});

	it('counts a value equal to the split as ↓ (R too: equal recency is not more recent)', () => {
		const splits = { recency: 50, frequency: 3, monetary: 100 };
		expect(RFM_EIGHT_CLASSES[eightPosition(50, 3, 100, splits)].id).toBe('general-win-back');
	});

	it('splits at the mean by default and at the median when asked', () => {
		// Recency 10, 20, 90 (mean 40, median 20); orders 1, 2, 6 (mean 3, median 2);
		// value 30, 60, 300 (mean 130, median 60).
		const rows = customersWith([
			{ orders: 1, value: 30, recency: 10 },
			{ orders: 2, value: 60, recency: 20 },
			{ orders: 6, value: 300, recency: 90 }
		]);
		const measures = measuresOf(rows, 1000);
		const byMean = rfmEightScheme(measures);
		expect(byMean.splits).toEqual({ recency: 40, frequency: 3, monetary: 130 });
		expect(ids(byMean)).toEqual([
			'general-development',
			'general-development',
			'important-retention'
		]);
		const byMedian = rfmEightScheme(measures, { split: 'median', monetary: 'total' });
		expect(byMedian.splits).toEqual({ recency: 20, frequency: 2, monetary: 60 });
		expect(ids(byMedian)).toEqual([
			'general-development',
			'general-win-back',
			'important-retention'
		]);
	});

	it('puts identical customers in one class and prospects in theirs', () => {
		const rows = customersWith([
			{ orders: 2, value: 50, recency: 5 },
			{ orders: 2, value: 50, recency: 5 }
		]);
		const scheme = rfmEightScheme(measuresOf(rows, 1000, [{ id: 'P', name: 'p' }]));
		expect(ids(scheme)).toEqual(['prospect', 'general-win-back', 'general-win-back']);
	});
});
