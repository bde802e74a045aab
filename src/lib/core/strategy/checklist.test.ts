import { describe, expect, it } from 'vitest';
import {
	addItem,
	editItem,
	isActionable,
	isOverdue,
	moveItem,
	overallProgress,
	progressOf,
	removeItem,
	seededStrategy,
	setDone,
	setOwner
} from './checklist';

const champions = { id: 'champions', en: 'Champions', zh: '冠军客户' };

describe('checklists', () => {
	it('seeds a segment from its template, unstored and without an owner', () => {
		const seed = seededStrategy('rfm-named', champions, 'en');
		expect(seed).toMatchObject({ id: 'rfm-named/champions', classId: 'champions', updatedAt: 0 });
		expect(seed.items).toHaveLength(5);
		expect(seed.owner).toBeUndefined();
		expect(isActionable(seed)).toBe(false);
		expect(
			seededStrategy('attribute:region', { id: 'east', en: 'East', zh: '华东' }, 'en').items
		).toEqual([]);
	});

	it('adds, edits, ticks, reorders and removes items', () => {
		let strategy = seededStrategy('rfm-named', champions, 'en');
		strategy = addItem(
			strategy,
			{ id: 'u1', text: '  Thank-you card ', owner: ' 王芳 ', dueDay: 20_600 },
			5
		);
		expect(strategy.items.at(-1)).toEqual({
			id: 'u1',
			text: 'Thank-you card',
			owner: '王芳',
			dueDay: 20_600,
			done: false
		});
		expect(strategy.updatedAt).toBe(5);
		strategy = editItem(strategy, 'u1', { owner: '', dueDay: undefined, text: 'Card' }, 6);
		expect(strategy.items.at(-1)).toEqual({ id: 'u1', text: 'Card', done: false });
		strategy = setDone(strategy, 'u1', true, 7);
		expect(strategy.items.at(-1)).toMatchObject({ done: true, doneAt: 7 });
		expect(progressOf(strategy)).toEqual({ done: 1, total: 6 });
		strategy = moveItem(strategy, 'u1', -1, 8);
		expect(strategy.items.map((item) => item.id).slice(-2)).toEqual(['u1', 'tpl:top-value:4']);
		expect(moveItem(strategy, strategy.items[0].id, -1, 9)).toBe(strategy);
		strategy = setDone(strategy, 'u1', false, 10);
		expect(strategy.items.find((item) => item.id === 'u1')?.doneAt).toBeUndefined();
		strategy = removeItem(strategy, 'u1', 11);
		expect(strategy.items).toHaveLength(5);
		strategy = setOwner(strategy, ' 李雷 ', 12);
		expect(strategy.owner).toBe('李雷');
		expect(isActionable(strategy)).toBe(true);
		expect(setOwner(strategy, ' ', 13).owner).toBeUndefined();
	});

	it('sums progress over segments and flags overdue open items', () => {
		const a = { items: [{ id: '1', text: 'x', done: true }] };
		const b = { items: [{ id: '2', text: 'y', done: false, dueDay: 10 }] };
		expect(overallProgress([a, b])).toEqual({ done: 1, total: 2 });
		expect(isOverdue(b.items[0], 11)).toBe(true);
		expect(isOverdue(b.items[0], 10)).toBe(false);
		expect(isOverdue({ ...b.items[0], done: true }, 11)).toBe(false);
	});
});
