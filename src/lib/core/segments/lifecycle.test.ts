import { describe, expect, it } from 'vitest';
import { DEFAULT_LIFECYCLE_SETTINGS, lifecycleLimits, lifecycleScheme } from './lifecycle';
import { measuresOf, type Row } from './testing/build';

const DAY = 2000;
/** Purchases of one customer `daysAgo` before the analysis day. */
const purchases = (id: string, daysAgo: number[]): Row[] =>
	daysAgo.map((ago) => [id, DAY - ago, 10]);

describe('lifecycleScheme', () => {
	const rows: Row[] = [
		...purchases('churned', [400, 500]), // global limits: 400 > 365
		...purchases('lapsing', [100, 200]), // 100 > 90
		...purchases('new', [30, 60]), // first purchase 60 days ago
		...purchases('new-edge', [90]), // first purchase exactly 90 days ago: still new
		...purchases('loyal', [10, 60, 90, 120, 400]), // 5 orders, tenure 400; own gap 30/80…
		...purchases('active', [10, 200]), // tenure 200, 2 orders
		...purchases('own-lapse', [25, 35, 45, 55]), // gap 10: lapse 20 < 25 ≤ churn 40
		...purchases('own-churn', [41, 51, 61, 71]), // gap 10: 41 > churn 40
		...purchases('same-day', [50, 50, 50]) // median gap 0: global limits; tenure 50 → new
	];
	const measures = measuresOf(rows, DAY, [{ id: 'prospect', name: 'p' }]);
	const scheme = lifecycleScheme(measures);
	const stage = (id: string) =>
		scheme.classes[scheme.classIndex[measures.customerIds.indexOf(id)]].id;

	it('takes the first matching stage', () => {
		expect(stage('prospect')).toBe('prospect');
		expect(stage('churned')).toBe('churned');
		expect(stage('lapsing')).toBe('lapsing');
		expect(stage('new')).toBe('new');
		expect(stage('new-edge')).toBe('new');
		expect(stage('loyal')).toBe('loyal');
		expect(stage('active')).toBe('active');
	});

	it('uses the customer’s own median gap from three purchases on', () => {
		expect(stage('own-lapse')).toBe('lapsing');
		expect(stage('own-churn')).toBe('churned');
		const i = measures.customerIds.indexOf('own-lapse');
		expect(lifecycleLimits(measures, i)).toEqual({ lapseDays: 20, churnDays: 40, own: true });
	});

	it('falls back to the global limits when the median gap is 0 days', () => {
		const i = measures.customerIds.indexOf('same-day');
		expect(lifecycleLimits(measures, i)).toEqual({ lapseDays: 90, churnDays: 365, own: false });
		expect(stage('same-day')).toBe('new');
	});

	it('honours edited numbers', () => {
		const strict = lifecycleScheme(measures, { ...DEFAULT_LIFECYCLE_SETTINGS, churnDays: 95 });
		const i = measures.customerIds.indexOf('lapsing');
		expect(strict.classes[strict.classIndex[i]].id).toBe('churned');
	});

	it('counts the customers with limits of their own', () => {
		// loyal (5 orders), own-lapse, own-churn.
		expect(scheme.ownLimitCount).toBe(3);
	});
});
