import { describe, expect, it } from 'vitest';
import type { SegmentRun } from '../segments/runs';
import { compareRuns } from '../segments/runs';
import { resolveSettings } from '../segments/settings';
import { isStayCell, migrationCellMembers, migrationTotals, sizeTrend } from './migration';

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
		settings: resolveSettings({}, []),
		primarySchemeId: 'value-tier',
		customerIds,
		schemes: [{ schemeId: 'value-tier', classes: tiers, classIndex: Uint8Array.from(classes) }]
	};
}

describe('migrationCellMembers', () => {
	const before = run('r1', ['a', 'b', 'c', 'gone', 'd'], [0, 0, 1, 1, 0]);
	const after = run('r2', ['c', 'b', 'a', 'fresh', 'd'], [0, 1, 0, 1, 1]);

	it('lists exactly the customers counted in each cell of the matrix', () => {
		const matrix = compareRuns(before, after, 'value-tier');
		const cells = matrix.from.map((_, row) =>
			matrix.to.map((_, column) => migrationCellMembers(before, after, 'value-tier', row, column))
		);
		expect(cells).toEqual([
			[['a'], ['b', 'd'], []],
			[['c'], [], ['gone']],
			[[], ['fresh'], []]
		]);
		expect(cells.map((row) => row.map((members) => members.length))).toEqual(matrix.counts);
	});

	it('totals stayed (diagonal), moved, new and gone customers', () => {
		const matrix = compareRuns(before, after, 'value-tier');
		expect(migrationTotals(matrix)).toEqual({ stayed: 1, moved: 3, entered: 1, left: 1 });
		expect(isStayCell(matrix, 0, 0)).toBe(true);
		expect(isStayCell(matrix, 0, 1)).toBe(false);
		expect(isStayCell(matrix, 2, 2)).toBe(false);
	});
});

describe('sizeTrend', () => {
	it('gives each class its size in every run, oldest first, 0 where a run lacks it', () => {
		const summary = (classId: string, customers: number) => ({ classId, customers });
		const records = [
			{
				id: 'late',
				createdAt: 20,
				analysisDay: 200,
				schemes: [{ schemeId: 's', classes: [tiers[0], { id: 'x', en: 'X', zh: 'X' }] }],
				summaries: { s: [summary('key', 5), summary('x', 2)] }
			},
			{
				id: 'early',
				createdAt: 10,
				analysisDay: 100,
				schemes: [{ schemeId: 's', classes: tiers }],
				summaries: { s: [summary('key', 3), summary('small', 4)] }
			},
			{ id: 'other', createdAt: 15, schemes: [], summaries: {} }
		] as unknown as Parameters<typeof sizeTrend>[0];
		const trend = sizeTrend(records, 's');
		expect(trend.runs).toEqual([
			{ id: 'early', createdAt: 10, analysisDay: 100 },
			{ id: 'late', createdAt: 20, analysisDay: 200 }
		]);
		expect(trend.classes.map((c) => c.id)).toEqual(['key', 'small', 'x']);
		expect(trend.counts).toEqual([
			[3, 5],
			[4, 0],
			[0, 2]
		]);
	});
});
