/**
 * A campaign's measured lift: for the treated and the hold-out group, over the measurement
 * window (start day to start day + window − 1, as far as the data reaches), the share who
 * ordered, orders per member and net revenue per member; the differences with their 95 %
 * intervals (see intervals.ts) and a verdict in plain words.
 */

import { ORDER_STATUS, type DayNumber, type OrderColumns } from '../model';
import { moments, twoProportionInterval, welchInterval, type Difference } from './intervals';
import type { Campaign } from './model';

export interface GroupOutcome {
	members: number;
	/** Members with at least one purchase in the window. */
	buyers: number;
	/** buyers / members (0–1). */
	buyerShare: number;
	ordersPerMember: number;
	/** Net revenue (purchases − returns) per member (currency). */
	revenuePerMember: number;
}

export type Verdict =
	| { kind: 'too-early'; elapsedDays: number; windowDays: number }
	| { kind: 'no-difference' }
	/** The share who ordered differs: `points` percentage points, CI `low` to `high`. */
	| { kind: 'lift'; points: number; low: number; high: number };

export interface CampaignResult {
	campaignId: string;
	/** Days of the window the data covers (0 to windowDays). */
	elapsedDays: number;
	windowDays: number;
	treated: GroupOutcome;
	holdout: GroupOutcome;
	/** Difference of the share who ordered (0–1), Wald interval. */
	share: Difference;
	/** Difference of orders per member, Welch's interval. */
	orders: Difference & { df: number };
	/** Difference of net revenue per member (currency), Welch's interval. */
	revenue: Difference & { df: number };
	verdict: Verdict;
}

/** Days of a window starting on `startDay` that data up to `lastDataDay` covers. */
export function elapsedDays(startDay: DayNumber, windowDays: number, lastDataDay: DayNumber) {
	if (!Number.isFinite(lastDataDay)) return 0;
	return Math.max(0, Math.min(windowDays, lastDataDay - startDay + 1));
}

interface PerMember {
	orders: Float64Array;
	revenue: Float64Array;
}

/** Each member's purchases and net revenue in the window, for the ids given. */
function perMember(
	orders: OrderColumns,
	ids: readonly string[],
	first: DayNumber,
	last: DayNumber
): PerMember {
	const position = new Map(ids.map((id, i) => [id, i]));
	const slot = orders.customerIds.map((id) => position.get(id) ?? -1);
	const out = { orders: new Float64Array(ids.length), revenue: new Float64Array(ids.length) };
	const { customer, day, amount, status } = orders;
	for (let row = 0; row < day.length; row++) {
		if (day[row] < first || day[row] > last) continue;
		const i = slot[customer[row]];
		if (i < 0) continue;
		if (status[row] === ORDER_STATUS.ok && amount[row] >= 0) {
			out.orders[i]++;
			out.revenue[i] += amount[row];
		} else if (status[row] === ORDER_STATUS.returned || amount[row] < 0) {
			out.revenue[i] -= Math.abs(amount[row]);
		}
	}
	return out;
}

function outcome(values: PerMember): { summary: GroupOutcome; bought: Float64Array } {
	const members = values.orders.length;
	const bought = values.orders.map((count) => (count > 0 ? 1 : 0));
	const buyers = bought.reduce((sum, one) => sum + one, 0);
	return {
		bought,
		summary: {
			members,
			buyers,
			buyerShare: members > 0 ? buyers / members : NaN,
			ordersPerMember: moments(values.orders).mean,
			revenuePerMember: moments(values.revenue).mean
		}
	};
}

/** The plain-words verdict on the share who ordered. */
export function verdictOf(elapsed: number, windowDays: number, share: Difference): Verdict {
	if (elapsed < windowDays) return { kind: 'too-early', elapsedDays: elapsed, windowDays };
	if (!(share.low > 0 || share.high < 0)) return { kind: 'no-difference' };
	return {
		kind: 'lift',
		points: share.difference * 100,
		low: share.low * 100,
		high: share.high * 100
	};
}

/** The campaign's result on the stored orders, whose last day is `lastDataDay`. */
export function campaignResult(
	campaign: Campaign,
	orders: OrderColumns,
	lastDataDay: DayNumber
): CampaignResult {
	const first = campaign.startDay;
	const last = first + campaign.windowDays - 1;
	const treatedValues = perMember(orders, campaign.treated, first, last);
	const holdoutValues = perMember(orders, campaign.holdout, first, last);
	const treated = outcome(treatedValues);
	const holdout = outcome(holdoutValues);
	const share = twoProportionInterval(
		treated.summary.buyers,
		treated.summary.members,
		holdout.summary.buyers,
		holdout.summary.members
	);
	const elapsed = elapsedDays(first, campaign.windowDays, lastDataDay);
	return {
		campaignId: campaign.id,
		elapsedDays: elapsed,
		windowDays: campaign.windowDays,
		treated: treated.summary,
		holdout: holdout.summary,
		share,
		orders: welchInterval(moments(treatedValues.orders), moments(holdoutValues.orders)),
		revenue: welchInterval(moments(treatedValues.revenue), moments(holdoutValues.revenue)),
		verdict: verdictOf(elapsed, campaign.windowDays, share)
	};
}
