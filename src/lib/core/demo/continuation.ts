/**
 * Reading an existing history back into profiles, so a further period continues each customer's
 * story: active buyers keep buying at their own pace (some lapse), a few lapsed ones return.
 */

import { ORDER_STATUS, type Customer, type DayNumber, type StoreSnapshot } from '../model';
import type { Random } from '../random';
import { tradeOf, type Archetype, type OrderPlan, type Profile, type Window } from './behaviour';
import {
	CHANNEL,
	listsFor,
	localeOfLabel,
	type ChannelKind,
	type DemoLocale,
	type LocaleLists
} from './names';

export type History = Pick<StoreSnapshot, 'customers' | 'orders' | 'interactions'>;

/** One customer's past, aligned with `history.customers`. */
export interface Past {
	okCount: number;
	firstDay: DayNumber;
	lastDay: DayNumber;
	/** Sum of log amounts of ok orders, for the customer's typical order size. */
	logAmountSum: number;
	/** Ok orders per category of the locale's list. */
	productCounts: Float64Array;
	contacts: number;
	satisfactionSum: number;
	satisfactionCount: number;
}

/** The last day of a history: its last order, else its last interaction or registration. */
export function lastDayOf(history: History, fallback: DayNumber): DayNumber {
	let last = -Infinity;
	const days = history.orders.day;
	for (let i = 0; i < days.length; i++) if (days[i] > last) last = days[i];
	if (last > -Infinity) return last;
	for (const interaction of history.interactions) last = Math.max(last, interaction.day);
	for (const customer of history.customers) last = Math.max(last, customer.createdDay ?? -Infinity);
	return last > -Infinity ? last : fallback;
}

/** The locale the history was written in, judged from its labels and names. */
export function localeOf(history: History): DemoLocale {
	for (const customer of history.customers.slice(0, 200)) {
		for (const value of [customer.channel, customer.gender]) {
			const locale = value === undefined ? undefined : localeOfLabel(value);
			if (locale) return locale;
		}
	}
	for (const customer of history.customers.slice(0, 200)) {
		if (/[\u4e00-\u9fff]/.test(customer.name)) return 'zh';
		if (/[A-Za-z]/.test(customer.name)) return 'en';
	}
	return 'zh';
}

/** Each customer's past purchases and contacts. */
export function readPasts(history: History, lists: LocaleLists): Past[] {
	const position = new Map<string, number>();
	history.customers.forEach((customer, i) => position.set(customer.id, i));
	const pasts: Past[] = history.customers.map(() => ({
		okCount: 0,
		firstDay: -1,
		lastDay: -1,
		logAmountSum: 0,
		productCounts: new Float64Array(lists.products.length),
		contacts: 0,
		satisfactionSum: 0,
		satisfactionCount: 0
	}));
	const productIndex = new Map<string, number>(
		lists.products.map((product, i) => [product.name, i])
	);
	const orders = history.orders;
	const customerOf = orders.customerIds.map((id) => position.get(id) ?? -1);
	for (let i = 0; i < orders.day.length; i++) {
		const p = customerOf[orders.customer[i]];
		if (p < 0 || orders.status[i] !== ORDER_STATUS.ok || !(orders.amount[i] > 0)) continue;
		const past = pasts[p];
		const day = orders.day[i];
		past.okCount++;
		if (past.firstDay < 0 || day < past.firstDay) past.firstDay = day;
		if (day > past.lastDay) past.lastDay = day;
		past.logAmountSum += Math.log(orders.amount[i]);
		const product = productIndex.get(orders.product[i]);
		if (product !== undefined) past.productCounts[product]++;
	}
	for (const interaction of history.interactions) {
		const p = position.get(interaction.customerId);
		if (p === undefined) continue;
		pasts[p].contacts++;
		if (interaction.satisfaction !== undefined) {
			pasts[p].satisfactionSum += interaction.satisfaction;
			pasts[p].satisfactionCount++;
		}
	}
	return pasts;
}

function channelKind(label: string | undefined, lists: LocaleLists): ChannelKind {
	const own = label === undefined ? -1 : lists.channels.indexOf(label);
	if (own >= 0) return own as ChannelKind;
	for (const locale of ['zh', 'en'] as const) {
		const index = label === undefined ? -1 : listsFor(locale).channels.indexOf(label);
		if (index >= 0) return index as ChannelKind;
	}
	return CHANNEL.offline;
}

function preferenceFromPast(lists: LocaleLists, past: Past, business: boolean): Float64Array {
	const base = lists.products.map((p) => (business ? p.businessWeight : p.consumerWeight));
	const baseTotal = base.reduce((sum, w) => sum + w, 0);
	const cum = new Float64Array(base.length);
	let total = 0;
	// The customer's own purchases, smoothed towards the typical mix.
	for (let i = 0; i < base.length; i++) {
		total += past.productCounts[i] + (1.5 * base[i]) / baseTotal;
		cum[i] = total;
	}
	for (let i = 0; i < cum.length; i++) cum[i] /= total;
	return cum;
}

/** A profile continuing one customer's story into `window`, which follows the history. */
export function continueProfile(
	random: Random,
	lists: LocaleLists,
	customer: Customer,
	past: Past,
	window: Window,
	months: number
): Profile {
	// In the mixed business only accounts buy on credit; a bank's borrowers are consumers.
	const business =
		(customer.industry ?? '') !== '' || (!lists.trade && customer.creditLimit !== undefined);
	const channel = channelKind(customer.channel, lists);
	const trade = tradeOf(lists);
	const industry = lists.industries.findIndex((entry) => entry.name === customer.industry);
	const incomeBand = lists.incomeBands.indexOf(customer.incomeBand ?? '');
	const productCum = preferenceFromPast(lists, past, business);
	const span = window.last - window.first;
	const anyDay = () => window.first + random.int(0, span);
	// Chance of an event with a quarterly probability, over the window's months.
	const overPeriod = (quarterly: number) => 1 - (1 - quarterly) ** (months / 3);
	const n = past.okCount;
	const recency = window.first - 1 - past.lastDay;
	const gap = n >= 2 ? (past.lastDay - past.firstDay) / (n - 1) : Infinity;
	const lapseLimit = n >= 3 ? Math.max(45, 2 * gap) : 90;
	const churnLimit = n >= 3 ? Math.max(180, 4 * gap) : 365;
	const rate =
		n >= 2
			? Math.min(60, Math.max(0.5, (365 * (n - 1)) / Math.max(30, past.lastDay - past.firstDay)))
			: 1.5;
	const defaultAmount =
		trade.archetypes.regular.amount * (business ? trade.businessSpend : 1) * lists.currencyScale;
	const terms = {
		medianAmount: n > 0 ? Math.exp(past.logAmountSum / n) : defaultAmount,
		amountSigma: 0.55,
		returnRate: 0.025,
		cancelRate: channel === CHANNEL.online ? 0.025 : 0.012
	};

	let archetype: Archetype;
	let plan: OrderPlan | null = null;
	if (n === 0) {
		archetype = 'prospect';
		if (random.chance(overPeriod(0.12))) {
			const first = anyDay();
			const newRate = 4 * (business ? 1.3 : 1) * Math.exp(random.normal(0, 0.4));
			plan = { anchors: [first], from: first + 1, to: window.last, rate: newRate, ...terms };
		}
	} else if (recency <= lapseLimit) {
		archetype = 'regular';
		const lapses = random.chance(1 - Math.exp(-months / 24));
		const to = lapses ? anyDay() : window.last;
		plan = {
			anchors: [],
			from: window.first,
			to,
			rate: rate * Math.exp(random.normal(0, 0.2)),
			...terms
		};
	} else {
		archetype = recency <= churnLimit ? 'lapsing' : 'churned';
		const returns = random.chance(overPeriod(archetype === 'lapsing' ? 0.1 : 0.03));
		if (returns) {
			const back = anyDay();
			plan = { anchors: [back], from: back + 1, to: window.last, rate: rate * 0.7, ...terms };
		}
	}
	const known = past.satisfactionCount > 0 ? past.satisfactionSum / past.satisfactionCount : NaN;
	const satisfaction = Number.isNaN(known) ? trade.archetypes[archetype].satisfaction : known;
	let contactRate = past.contacts > 0 ? (business ? 5 : 1.2) : random.chance(0.1) ? 1 : 0;
	if (archetype === 'churned' && !plan) contactRate *= 0.2;
	return {
		archetype,
		business,
		channel,
		industry,
		incomeBand,
		productCum,
		createdDay: customer.createdDay ?? window.first,
		plan,
		satisfaction,
		contactRate,
		persona: -1,
		workdays: false
	};
}

/** The next free customer number and the zero-padding width of ids shaped like 'C00042'. */
export function customerNumbering(customers: readonly Customer[]): { next: number; width: number } {
	let max = 0;
	let width = 5;
	for (const customer of customers) {
		const match = /^C(\d+)$/.exec(customer.id);
		if (!match) continue;
		const number = Number(match[1]);
		if (number >= max) {
			max = number;
			width = Math.max(5, match[1].length);
		}
	}
	return { next: max + 1, width };
}
