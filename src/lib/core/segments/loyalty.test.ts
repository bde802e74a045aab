import { describe, expect, it } from 'vitest';
import { DEFAULT_LOYALTY_SETTINGS, loyaltyScheme, loyaltyScore, meanSatisfaction } from './loyalty';
import { measuresOf, type Row } from './testing/build';

const DAY = 3000;
const rows: Row[] = [
	// 9 purchases over 730 days, the last 10 days ago: 8 repeats / 2 years = 4 a year; span 720.
	...Array.from({ length: 9 }, (_, k): Row => ['steady', DAY - 730 + 90 * k, 10]),
	['once', DAY - 400, 10],
	['pair', DAY - 200, 10],
	['pair', DAY - 20, 10]
];
const measures = measuresOf(rows, DAY, [{ id: 'lead', name: 'l' }]);
const at = (id: string) => measures.customerIds.indexOf(id);

describe('loyaltyScore', () => {
	it('weighs repeat rate and span, renormalised without satisfaction', () => {
		// steady: repeat 1, span 720/730 → (0.5 + 0.25 × 720/730) / 0.75
		expect(loyaltyScore(measures, undefined, at('steady'))).toBeCloseTo(
			(0.5 + (0.25 * 720) / 730) / 0.75,
			12
		);
		expect(loyaltyScore(measures, undefined, at('once'))).toBe(0);
		// pair: 1 repeat / max(1, 200/365) year / 4 = 0.25; span 180/730.
		expect(loyaltyScore(measures, undefined, at('pair'))).toBeCloseTo(
			(0.5 * 0.25 + (0.25 * 180) / 730) / 0.75,
			12
		);
		expect(loyaltyScore(measures, undefined, at('lead'))).toBeNaN();
	});

	it('adds satisfaction scaled from 1–5 where recorded', () => {
		const satisfaction = new Float64Array(measures.customerIds.length).fill(NaN);
		satisfaction[at('once')] = 5;
		expect(loyaltyScore(measures, satisfaction, at('once'))).toBeCloseTo(0.25, 12);
		satisfaction[at('once')] = 3;
		expect(loyaltyScore(measures, satisfaction, at('once'))).toBeCloseTo(0.125, 12);
	});
});

describe('loyaltyScheme', () => {
	it('classes high / general / low by the thresholds, prospects apart', () => {
		const scheme = loyaltyScheme(measures);
		const id = (customer: string) => scheme.classes[scheme.classIndex[at(customer)]].id;
		expect(id('steady')).toBe('high');
		expect(id('once')).toBe('low');
		expect(id('pair')).toBe('low'); // 0.249
		expect(id('lead')).toBe('prospect');
		const lenient = loyaltyScheme(measures, undefined, {
			...DEFAULT_LOYALTY_SETTINGS,
			lowBelow: 0.2
		});
		expect(lenient.classes[lenient.classIndex[at('pair')]].id).toBe('general');
	});

	it('makes a customer low whom the lifecycle calls churned, unless turned off', () => {
		// steady buys every 90 days: churn limit 360 days; 410 days since the last purchase.
		const later = measuresOf(rows, DAY + 400);
		const i = later.customerIds.indexOf('steady');
		expect(loyaltyScore(later, undefined, i)).toBeGreaterThan(0.6);
		const gated = loyaltyScheme(later);
		expect(gated.classes[gated.classIndex[i]].id).toBe('low');
		const ungated = loyaltyScheme(later, undefined, {
			...DEFAULT_LOYALTY_SETTINGS,
			lowWhenChurned: false
		});
		expect(ungated.classes[ungated.classIndex[i]].id).toBe('high');
	});

	it('reports how many scores include satisfaction', () => {
		const satisfaction = meanSatisfaction(
			[
				{ id: '1', customerId: 'once', day: 1, kind: 'survey', note: '', satisfaction: 4 },
				{ id: '2', customerId: 'once', day: 2, kind: 'call', note: '', satisfaction: 2 },
				{ id: '3', customerId: 'pair', day: 2, kind: 'call', note: '' },
				{ id: '4', customerId: 'stranger', day: 2, kind: 'call', note: '', satisfaction: 5 }
			],
			measures.customerIds
		);
		expect(satisfaction[at('once')]).toBe(3);
		expect(satisfaction[at('pair')]).toBeNaN();
		expect(loyaltyScheme(measures, satisfaction).withSatisfaction).toBe(1);
	});

	it('is unavailable without any purchase', () => {
		const scheme = loyaltyScheme(measuresOf([], 10, [{ id: 'lead', name: 'l' }]));
		expect(scheme.available).toBe(false);
		expect(scheme.missingFields).toEqual(['orders']);
		expect([...scheme.classIndex]).toEqual([0]);
	});
});
