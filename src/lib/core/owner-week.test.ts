import { describe, expect, it } from 'vitest';
import type { SegmentStrategy } from './model';
import { ownerWeek, weekActions, type WeekInput } from './owner-week';

/** Five customers; a has the most value, e has none (a prospect). */
function input(previous: WeekInput['previous']): WeekInput {
	return {
		customerIds: ['a', 'b', 'c', 'd', 'e'],
		names: ['Ann', 'Bo', undefined, 'Di', 'Ed'],
		value: [500, 120, 300, 80, 0],
		orders: [5, 2, 3, 1, 0],
		recencyDays: [10, 200, 100, 30, NaN],
		lifecycle: ['loyal', 'lapsing', 'lapsing', 'new', 'prospect'],
		tier: ['key', 'ordinary', 'major', 'small', 'small'],
		previous
	};
}

describe('ownerWeek', () => {
	it('lists buyers by value with a cut and the full count', () => {
		const { top } = ownerWeek(input(null), 2);
		expect(top.total).toBe(4);
		expect(top.totalValue).toBe(1000);
		expect(top.shown.map((c) => c.id)).toEqual(['a', 'c']);
		expect(top.shown[1].name).toBe('');
	});

	it('with one run, the slipping are the lapsing customers by value', () => {
		const { slipping } = ownerWeek(input(null));
		expect(slipping.basis).toBe('lifecycle');
		expect(slipping.shown.map((c) => c.id)).toEqual(['c', 'b']);
		expect(slipping.totalValue).toBe(420);
	});

	it('with a previous run, the slipping left a better stage or tier', () => {
		const previous = {
			// b: active → lapsing (worse); c stayed lapsing; d: new → new; a: loyal → loyal.
			lifecycle: new Map([
				['a', 'loyal'],
				['b', 'active'],
				['c', 'lapsing'],
				['d', 'new']
			]),
			// a stayed key; c: key → major (worse); d: ordinary → small (worse).
			tier: new Map([
				['a', 'key'],
				['b', 'ordinary'],
				['c', 'key'],
				['d', 'ordinary']
			])
		};
		const { slipping } = ownerWeek(input(previous));
		expect(slipping.basis).toBe('movement');
		expect(slipping.shown.map((c) => [c.id, c.move])).toEqual([
			['c', { schemeId: 'value-tier', from: 'key', to: 'major' }],
			['b', { schemeId: 'lifecycle', from: 'active', to: 'lapsing' }],
			['d', { schemeId: 'value-tier', from: 'ordinary', to: 'small' }]
		]);
	});
});

describe('weekActions', () => {
	const strategy = (classId: string, items: SegmentStrategy['items']): SegmentStrategy => ({
		id: `s/${classId}`,
		schemeId: 's',
		classId,
		items,
		updatedAt: 1
	});

	it('orders segments by revenue and actions by due day, leaving out done and empty', () => {
		const groups = weekActions(
			[
				{
					strategy: strategy('small', [{ id: '1', text: 'x', done: false }]),
					customers: 3,
					revenue: 10
				},
				{
					strategy: strategy('big', [
						{ id: '1', text: 'undated', done: false },
						{ id: '2', text: 'later', done: false, dueDay: 20 },
						{ id: '3', text: 'done', done: true, dueDay: 1 },
						{ id: '4', text: 'soon', done: false, dueDay: 5, owner: 'Li' }
					]),
					customers: 9,
					revenue: 900
				},
				{ strategy: strategy('empty', []), customers: 4, revenue: 50 },
				{
					strategy: strategy('nobody', [{ id: '1', text: 'y', done: false }]),
					customers: 0,
					revenue: 0
				}
			],
			2
		);
		expect(groups.map((g) => g.classId)).toEqual(['big', 'small']);
		expect(groups[0].openTotal).toBe(3);
		expect(groups[0].actions.map((a) => a.text)).toEqual(['soon', 'later']);
	});
});
