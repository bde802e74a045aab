/**
 * The owner's short list for the week: the best customers by value, the customers who are
 * slipping, and the next open checklist actions per segment. Pure: the worker hands in the
 * measures, the class of each customer now and (when a run on other data exists) before.
 */

import type { SegmentStrategy, StrategyItem } from './model';

/** One customer on a list; value is net value to date (currency). */
export interface WeekCustomer {
	id: string;
	/** The record's name, or '' when the data has none (the screen then shows the id). */
	name: string;
	value: number;
	orders: number;
	/** Days since the last purchase, NaN without one. */
	recencyDays: number;
	/** Predicted customer lifetime value (currency), NaN when not fitted. */
	clv: number;
	/** The class left and the class now, for slipping customers. */
	move?: { schemeId: string; from: string; to: string };
}

/** A list cut to its first entries, with how many there were in all. */
export interface WeekList {
	total: number;
	/** Sum of value over all (not only the shown) entries (currency). */
	totalValue: number;
	shown: WeekCustomer[];
}

export interface WeekInput {
	customerIds: readonly string[];
	names: readonly (string | undefined)[];
	/** Net value per customer (currency). */
	value: ArrayLike<number>;
	orders: ArrayLike<number>;
	recencyDays: ArrayLike<number>;
	clv?: ArrayLike<number>;
	/** Class id per customer now, for the lifecycle and value-tier schemes (null when absent). */
	lifecycle: readonly string[] | null;
	tier: readonly string[] | null;
	/** Class ids per customer in the comparison run; null when there is only one run. */
	previous: { lifecycle: Map<string, string> | null; tier: Map<string, string> | null } | null;
}

/** Lifecycle stages from good to bad; prospects (never bought) have no rank. */
const LIFECYCLE_RANK: Record<string, number> = {
	active: 0,
	loyal: 0,
	new: 0,
	lapsing: 1,
	churned: 2
};
/** Value tiers from the top. */
const TIER_RANK: Record<string, number> = { key: 0, major: 1, ordinary: 2, small: 3 };

/** How many entries each list shows before "+N more". */
export const WEEK_LIST_LENGTH = 5;

function customerAt(input: WeekInput, i: number): WeekCustomer {
	return {
		id: input.customerIds[i],
		name: input.names[i]?.trim() ?? '',
		value: input.value[i],
		orders: input.orders[i],
		recencyDays: input.recencyDays[i],
		clv: input.clv ? input.clv[i] : NaN
	};
}

/** Rows sorted by value, highest first (ties by position), cut to `length`. */
function listOf(
	input: WeekInput,
	rows: number[],
	length: number,
	move?: (i: number) => WeekCustomer['move']
): WeekList {
	rows.sort((a, b) => input.value[b] - input.value[a] || a - b);
	let totalValue = 0;
	for (const i of rows) totalValue += input.value[i];
	return {
		total: rows.length,
		totalValue,
		shown: rows.slice(0, length).map((i) => {
			const customer = customerAt(input, i);
			const moved = move?.(i);
			if (moved) customer.move = moved;
			return customer;
		})
	};
}

/** The move to a worse class of the scheme, if the customer made one. */
function worseMove(
	ranks: Record<string, number>,
	before: string | undefined,
	now: string | undefined
): { from: string; to: string } | undefined {
	if (before === undefined || now === undefined) return undefined;
	const from = ranks[before];
	const to = ranks[now];
	if (from === undefined || to === undefined || to <= from) return undefined;
	return { from: before, to: now };
}

/**
 * The top customers (positive value), and the slipping ones: with a comparison run, those
 * who moved to a worse lifecycle stage or value tier; with one run, those lapsing now (past
 * their usual gap between orders, not yet churned). Both lists are by value, highest first.
 */
export function ownerWeek(
	input: WeekInput,
	length = WEEK_LIST_LENGTH
): { top: WeekList; slipping: WeekList & { basis: 'movement' | 'lifecycle' } } {
	const n = input.customerIds.length;
	const buyers: number[] = [];
	for (let i = 0; i < n; i++) if (input.value[i] > 0) buyers.push(i);
	const top = listOf(input, buyers, length);

	const { previous } = input;
	if (previous && (previous.lifecycle || previous.tier)) {
		const moves = new Map<number, WeekCustomer['move']>();
		for (let i = 0; i < n; i++) {
			const id = input.customerIds[i];
			const stage = worseMove(LIFECYCLE_RANK, previous.lifecycle?.get(id), input.lifecycle?.[i]);
			const tier = worseMove(TIER_RANK, previous.tier?.get(id), input.tier?.[i]);
			if (stage) moves.set(i, { schemeId: 'lifecycle', ...stage });
			else if (tier) moves.set(i, { schemeId: 'value-tier', ...tier });
		}
		const slipping = listOf(input, [...moves.keys()], length, (i) => moves.get(i));
		return { top, slipping: { ...slipping, basis: 'movement' } };
	}
	const lapsing: number[] = [];
	if (input.lifecycle)
		for (let i = 0; i < n; i++) if (input.lifecycle[i] === 'lapsing') lapsing.push(i);
	return { top, slipping: { ...listOf(input, lapsing, length), basis: 'lifecycle' } };
}

/** A segment's open actions as the home screen lists them. */
export interface WeekGroup {
	schemeId: string;
	classId: string;
	customers: number;
	/** Who is responsible for the segment, when set. */
	owner?: string;
	openTotal: number;
	/** The first open actions: those due soonest, then in checklist order. */
	actions: StrategyItem[];
}

/**
 * Per segment (largest revenue first, segments without customers or open actions left out),
 * the next open actions of its checklist: due soonest first, undated after, in list order.
 */
export function weekActions(
	segments: readonly { strategy: SegmentStrategy; customers: number; revenue: number }[],
	actionsPerGroup = 2
): WeekGroup[] {
	return segments
		.filter((segment) => segment.customers > 0)
		.map((segment, position) => ({ ...segment, position }))
		.sort((a, b) => b.revenue - a.revenue || a.position - b.position)
		.flatMap(({ strategy, customers }) => {
			const open = strategy.items
				.map((item, order) => ({ item, order }))
				.filter(({ item }) => !item.done)
				.sort(
					(a, b) => (a.item.dueDay ?? Infinity) - (b.item.dueDay ?? Infinity) || a.order - b.order
				);
			if (open.length === 0) return [];
			const group: WeekGroup = {
				schemeId: strategy.schemeId,
				classId: strategy.classId,
				customers,
				openTotal: open.length,
				actions: open.slice(0, actionsPerGroup).map(({ item }) => item)
			};
			if (strategy.owner) group.owner = strategy.owner;
			return [group];
		});
}
