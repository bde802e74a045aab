import { describe, expect, it } from 'vitest';
import { changesBetween } from './run-changes';
import type { SegmentRun } from './segments';
import { LIFECYCLE_CLASSES, VALUE_TIER_CLASSES } from './segments';

/** A run of two schemes from per-customer class ids. */
function run(id: string, rows: [customer: string, tier: string, stage: string][]): SegmentRun {
	const tiers = [...VALUE_TIER_CLASSES];
	const stages = [...LIFECYCLE_CLASSES];
	return {
		id,
		createdAt: id === 'a' ? 1 : 2,
		analysisDay: 20_000,
		dataVersion: '1',
		settings: {} as SegmentRun['settings'],
		primarySchemeId: 'value-tier',
		customerIds: rows.map((row) => row[0]),
		schemes: [
			{
				schemeId: 'value-tier',
				classes: tiers,
				classIndex: Uint8Array.from(rows, (row) => tiers.findIndex((c) => c.id === row[1]))
			},
			{
				schemeId: 'lifecycle',
				classes: stages,
				classIndex: Uint8Array.from(rows, (row) => stages.findIndex((c) => c.id === row[2]))
			}
		]
	};
}

describe('changes between runs', () => {
	it('counts tier moves up and down and valuable customers starting to lapse', () => {
		const before = run('a', [
			['c1', 'key', 'active'],
			['c2', 'major', 'loyal'],
			['c3', 'small', 'active'],
			['c4', 'ordinary', 'lapsing'],
			['c5', 'key', 'active']
		]);
		const after = run('b', [
			['c1', 'major', 'lapsing'], // down, valuable, newly lapsing
			['c2', 'key', 'loyal'], // up
			['c3', 'ordinary', 'churned'], // up, newly churned but not valuable
			['c4', 'ordinary', 'churned'], // stayed; already lapsed before
			['c6', 'key', 'new'] // new customer
		]);
		const changes = changesBetween(before, after);
		expect(changes.tierUp).toBe(2);
		expect(changes.tierDown).toBe(1);
		expect(changes.newlyLapsingValuable).toEqual({ count: 1, customerIds: ['c1'] });
		expect(changes.newCustomers).toBe(1);
	});

	it('reports no movement between identical runs', () => {
		const rows: [string, string, string][] = [
			['c1', 'key', 'active'],
			['c2', 'small', 'new']
		];
		const changes = changesBetween(run('a', rows), run('b', rows));
		expect(changes).toMatchObject({ tierUp: 0, tierDown: 0, newCustomers: 0 });
		expect(changes.newlyLapsingValuable.count).toBe(0);
	});
});
