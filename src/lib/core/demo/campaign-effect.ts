/**
 * A campaign's simulated effect in the demo's next period, so a trainer can show a result: each
 * treated member of a started campaign who would not have ordered within the campaign's window
 * (in the history or the simulated period) orders once with probability `uplift`, on a random
 * day of the window within the period. The hold-out group is left as simulated. The effect on
 * the share who ordered is then exactly the added buyers over the treated members, which the
 * measured lift estimates. Its own random stream: without campaigns the period is unchanged.
 */

import type { SimulatedEffect } from '../campaigns/model';
import { ORDER_STATUS, type DayNumber, type OrderColumns } from '../model';
import type { Random } from '../random';
import type { Window } from './behaviour';
import { orderSecond } from './calendar';
import type { Past } from './continuation';
import type { LocaleLists } from './names';
import { cents, Scratch, type OrderRows, type OrderSubject } from './orders';

/** A started campaign the next period simulates an effect for. */
export interface DemoCampaign {
	id: string;
	treated: readonly string[];
	startDay: DayNumber;
	windowDays: number;
	/** Added chance (0–1) of ordering for a treated member who would not have. */
	uplift: number;
}

interface Period {
	base: { customerIds: readonly string[]; orders: OrderColumns };
	pasts: readonly Past[];
	subjects: readonly OrderSubject[];
	lists: LocaleLists;
	window: Window;
}

/** Customer indices (of `customerIds`) with a purchase between `first` and `last`. */
function buyersBetween(period: Period, rows: OrderRows, first: DayNumber, last: DayNumber) {
	const buyers = new Set<number>();
	const position = new Map(period.base.customerIds.map((id, i) => [id, i]));
	const { orders } = period.base;
	for (let row = 0; row < orders.day.length; row++) {
		const day = orders.day[row];
		if (day < first || day > last || orders.status[row] !== ORDER_STATUS.ok) continue;
		const index = position.get(orders.customerIds[orders.customer[row]]);
		if (index !== undefined) buyers.add(index);
	}
	for (let row = 0; row < rows.length; row++) {
		const day = rows.day[row];
		if (day >= first && day <= last && rows.status[row] === ORDER_STATUS.ok)
			buyers.add(rows.customer[row]);
	}
	return buyers;
}

/** The customer's usual basket (currency) and favourite category. */
function usualOrder(past: Past, lists: LocaleLists): { amount: number; product: string } {
	const amount = past.okCount > 0 ? Math.exp(past.logAmountSum / past.okCount) : 100;
	let best = 0;
	for (let k = 1; k < past.productCounts.length; k++)
		if (past.productCounts[k] > past.productCounts[best]) best = k;
	return { amount, product: lists.products[best]?.name ?? '' };
}

/** Add the campaigns' extra orders to `rows`; what was simulated per campaign id. */
export function addCampaignOrders(
	period: Period,
	rows: OrderRows,
	campaigns: readonly DemoCampaign[],
	random: Random
): Map<string, SimulatedEffect> {
	const effects = new Map<string, SimulatedEffect>();
	const position = new Map(period.base.customerIds.map((id, i) => [id, i]));
	/** The one row added at a time (OrderRows copies rows from a scratch list). */
	const added = new Scratch();
	for (const campaign of campaigns) {
		const first = Math.max(campaign.startDay, period.window.first);
		const last = Math.min(campaign.startDay + campaign.windowDays - 1, period.window.last);
		let addedBuyers = 0;
		if (first <= last) {
			const buyers = buyersBetween(period, rows, campaign.startDay, last);
			for (const id of campaign.treated) {
				const index = position.get(id);
				if (index === undefined || buyers.has(index) || !random.chance(campaign.uplift)) continue;
				const usual = usualOrder(period.pasts[index], period.lists);
				const amount = cents(usual.amount * Math.exp(random.normal(0, 0.3)));
				const subject = period.subjects[index];
				added.clear();
				added.add(
					random.int(first, last),
					orderSecond(random, subject.channel, subject.business),
					amount,
					cents(amount * 0.7),
					1,
					ORDER_STATUS.ok,
					usual.product
				);
				rows.push(index, added, 0);
				buyers.add(index);
				addedBuyers++;
			}
		}
		const treated = campaign.treated.length;
		effects.set(campaign.id, {
			uplift: campaign.uplift,
			addedBuyers,
			treated,
			effect: treated > 0 ? addedBuyers / treated : NaN
		});
	}
	return effects;
}
