/**
 * A segment's checklist as plain data and the edits made to it. Every edit returns a new
 * strategy (nothing is mutated), stamped with the time the caller gives (core has no clock).
 */

import type { DayNumber, SegmentStrategy, StrategyItem } from '../model';
import type { SegmentClass } from '../segments/classes';
import { templateFor } from './matching';
import { seedItems, type Language } from './templates';

/** The id of a segment's strategy record: `${schemeId}/${classId}`. */
export function strategyId(schemeId: string, classId: string): string {
	return `${schemeId}/${classId}`;
}

/** A segment's checklist before anyone edited it: its template's actions, no owner. */
export function seededStrategy(
	schemeId: string,
	segmentClass: SegmentClass,
	language: Language
): SegmentStrategy {
	const templateId = templateFor(schemeId, segmentClass);
	return {
		id: strategyId(schemeId, segmentClass.id),
		schemeId,
		classId: segmentClass.id,
		items: templateId ? seedItems(templateId, language) : [],
		updatedAt: 0
	};
}

/** Whether the checklist has been edited and stored (a seed has updatedAt 0). */
export function isStored(strategy: SegmentStrategy): boolean {
	return strategy.updatedAt > 0;
}

/** Changes to one item; `undefined` in owner or dueDay clears it. */
export type ItemChange = Partial<Pick<StrategyItem, 'text' | 'owner' | 'dueDay'>>;

function withItems(strategy: SegmentStrategy, items: StrategyItem[], now: number) {
	return { ...strategy, items, updatedAt: now };
}

/** Append a new open item. */
export function addItem(
	strategy: SegmentStrategy,
	item: { id: string; text: string; owner?: string; dueDay?: DayNumber },
	now: number
): SegmentStrategy {
	const added: StrategyItem = { id: item.id, text: item.text.trim(), done: false };
	if (item.owner?.trim()) added.owner = item.owner.trim();
	if (item.dueDay !== undefined && Number.isFinite(item.dueDay)) added.dueDay = item.dueDay;
	return withItems(strategy, [...strategy.items, added], now);
}

/** Change an item's text, owner or due date; blank owner or a non-finite day clears them. */
export function editItem(
	strategy: SegmentStrategy,
	itemId: string,
	change: ItemChange,
	now: number
): SegmentStrategy {
	const items = strategy.items.map((item) => {
		if (item.id !== itemId) return item;
		const next: StrategyItem = { ...item };
		if ('text' in change && change.text !== undefined) next.text = change.text.trim();
		if ('owner' in change) {
			const owner = change.owner?.trim();
			if (owner) next.owner = owner;
			else delete next.owner;
		}
		if ('dueDay' in change) {
			if (change.dueDay !== undefined && Number.isFinite(change.dueDay))
				next.dueDay = change.dueDay;
			else delete next.dueDay;
		}
		return next;
	});
	return withItems(strategy, items, now);
}

/** Tick or untick an item; ticking records when (epoch ms). */
export function setDone(
	strategy: SegmentStrategy,
	itemId: string,
	done: boolean,
	now: number
): SegmentStrategy {
	const items = strategy.items.map((item) => {
		if (item.id !== itemId) return item;
		const next: StrategyItem = { ...item, done };
		if (done) next.doneAt = now;
		else delete next.doneAt;
		return next;
	});
	return withItems(strategy, items, now);
}

/** Move an item by `offset` places (−1 up, +1 down), staying inside the list. */
export function moveItem(
	strategy: SegmentStrategy,
	itemId: string,
	offset: number,
	now: number
): SegmentStrategy {
	const from = strategy.items.findIndex((item) => item.id === itemId);
	if (from < 0) return strategy;
	const to = Math.max(0, Math.min(strategy.items.length - 1, from + offset));
	if (to === from) return strategy;
	const items = [...strategy.items];
	const [moved] = items.splice(from, 1);
	items.splice(to, 0, moved);
	return withItems(strategy, items, now);
}

/** Remove an item. */
export function removeItem(strategy: SegmentStrategy, itemId: string, now: number) {
	return withItems(
		strategy,
		strategy.items.filter((item) => item.id !== itemId),
		now
	);
}

/** Set or clear (blank) the segment's owner. */
export function setOwner(strategy: SegmentStrategy, owner: string, now: number): SegmentStrategy {
	const next: SegmentStrategy = { ...strategy, updatedAt: now };
	if (owner.trim()) next.owner = owner.trim();
	else delete next.owner;
	return next;
}

/** Done and total items. */
export interface Progress {
	done: number;
	total: number;
}

/** Progress of one checklist. */
export function progressOf(strategy: Pick<SegmentStrategy, 'items'>): Progress {
	return {
		done: strategy.items.filter((item) => item.done).length,
		total: strategy.items.length
	};
}

/** Progress over several checklists (all items counted alike). */
export function overallProgress(strategies: readonly Pick<SegmentStrategy, 'items'>[]): Progress {
	return strategies.reduce(
		(sum, strategy) => {
			const one = progressOf(strategy);
			return { done: sum.done + one.done, total: sum.total + one.total };
		},
		{ done: 0, total: 0 }
	);
}

/** An open item whose due day has passed (`today` is the user's calendar day). */
export function isOverdue(item: StrategyItem, today: DayNumber): boolean {
	return !item.done && item.dueDay !== undefined && item.dueDay < today;
}

/** "Has a strategy with an owner": an owner for the segment and at least one item. */
export function isActionable(strategy: SegmentStrategy | undefined): boolean {
	return Boolean(strategy?.owner?.trim()) && (strategy?.items.length ?? 0) > 0;
}
