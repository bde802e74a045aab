import { describe, expect, it } from 'vitest';
import type { SchemeBase } from './classes';
import { primarySegment } from './primary';
import { runAllSchemes } from './run-all';
import type { SegmentRun } from './runs';
import { compareRuns, createRun, ENTERED_CLASS, LEFT_CLASS } from './runs';
import { ordersOf } from './testing/build';

const tiers = [
	{ id: 'key', en: 'Key', zh: '大客户' },
	{ id: 'small', en: 'Small', zh: '小客户' }
];

function run(id: string, customerIds: string[], classes: number[]): SegmentRun {
	return {
		id,
		createdAt: 0,
		analysisDay: 100,
		dataVersion: '1',
		settings: runAllSchemes({ orders: ordersOf([]), customers: [] }).settings,
		primarySchemeId: 'value-tier',
		customerIds,
		schemes: [{ schemeId: 'value-tier', classes: tiers, classIndex: Uint8Array.from(classes) }]
	};
}

describe('compareRuns', () => {
	const before = run('r1', ['a', 'b', 'c', 'gone'], [0, 0, 1, 1]);
	const after = run('r2', ['c', 'b', 'a', 'fresh'], [0, 1, 0, 1]);

	it('counts moves between classes, with a row for new and a column for gone customers', () => {
		const migration = compareRuns(before, after, 'value-tier');
		expect(migration.from.map((c) => c.id)).toEqual(['key', 'small', ENTERED_CLASS.id]);
		expect(migration.to.map((c) => c.id)).toEqual(['key', 'small', LEFT_CLASS.id]);
		expect(migration.counts).toEqual([
			[1, 1, 0], // a stayed key, b fell to small
			[1, 0, 1], // c rose to key, 'gone' left
			[0, 1, 0] // 'fresh' entered as small
		]);
		expect(migration.weighted).toBeUndefined();
	});

	it('sums weights per cell when given', () => {
		const weights = { customerIds: ['a', 'b', 'c', 'gone', 'fresh'], values: [10, 20, 30, 40, 50] };
		expect(compareRuns(before, after, 'value-tier', weights).weighted).toEqual([
			[10, 20, 0],
			[30, 0, 40],
			[0, 50, 0]
		]);
	});

	it('throws when a run lacks the scheme', () => {
		expect(() => compareRuns(before, after, 'lifecycle')).toThrow(RangeError);
	});
});

describe('createRun', () => {
	it('keeps one typed array per available scheme, aligned with the customer ids', () => {
		const result = runAllSchemes({
			orders: ordersOf([
				['A', 10, 5],
				['B', 12, 50]
			]),
			customers: [{ id: 'P', name: 'p' }]
		});
		const stored = createRun(result, {
			id: 'run-1',
			createdAt: 1_700_000_000_000,
			dataVersion: 'v3'
		});
		expect(stored.customerIds).toEqual(['P', 'A', 'B']);
		expect(stored.analysisDay).toBe(13);
		expect(stored.primarySchemeId).toBe('rfm-named');
		expect(stored.schemes.map((s) => s.schemeId)).toEqual([
			'rfm-score',
			'rfm-named',
			'rfm-eight',
			'value-tier',
			'lifecycle',
			'loyalty'
		]);
		for (const scheme of stored.schemes) expect(scheme.classIndex).toBeInstanceOf(Uint8Array);
		expect(structuredClone(stored)).toEqual(stored);
		const same = compareRuns(stored, stored, 'lifecycle');
		expect(same.counts.flat().reduce((a, b) => a + b, 0)).toBe(3);
	});
});

describe('primarySegment', () => {
	const scheme = (schemeId: string, available = true): SchemeBase => ({
		schemeId,
		available,
		missingFields: [],
		classes: [{ id: 'x', en: 'x', zh: 'x' }],
		classIndex: new Uint8Array(2)
	});

	it('takes the chosen scheme, falling back when it is missing or unavailable', () => {
		const schemes = [
			scheme('rfm-score'),
			scheme('rfm-named'),
			scheme('lifecycle'),
			scheme('credit-risk', false)
		];
		expect(primarySegment(schemes, 'lifecycle')?.schemeId).toBe('lifecycle');
		expect(primarySegment(schemes, 'credit-risk')).toMatchObject({
			schemeId: 'rfm-named',
			requestedSchemeId: 'credit-risk'
		});
		expect(primarySegment(schemes, 'custom:gone')?.schemeId).toBe('rfm-named');
		expect(primarySegment([scheme('rfm-score')], 'x')?.schemeId).toBe('rfm-score');
		expect(primarySegment([], 'x')).toBeUndefined();
	});
});
