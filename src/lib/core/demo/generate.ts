/**
 * Entry points of the demo-data generator: a whole history for a seed, and a further period that
 * continues an existing history. Pure and deterministic: the same options give the same data.
 */

import { dayFromParts, partsFromDay } from '../days';
import type { Customer, DayNumber, StoreSnapshot } from '../model';
import { createRandom, deriveSeed } from '../random';
import { makeNewcomer, makeProfile, type Profile, type Window } from './behaviour';
import { addMonths, buildDayWeights } from './calendar';
import {
	continueProfile,
	customerNumbering,
	lastDayOf,
	localeOf,
	readPasts,
	type History
} from './continuation';
import { simulateInteractions, type ContactState, type ContactSubject } from './interactions';
import type { DemoLocale, LocaleLists } from './names';
import {
	finishOrders,
	orderNumbersInUse,
	simulateOrders,
	type OrderRows,
	type SubjectStats
} from './orders';
import { creditFields, makeCustomer } from './people';
import { addCampaignOrders, type DemoCampaign } from './campaign-effect';
import type { SimulatedEffect } from '../campaigns/model';
import { productsBySubject } from './trade-records';
import type { DemoTrade } from './choices';
import { tradeDecorate, tradeLists } from './trades';

export interface DemoOptions {
	seed: number;
	/** Number of customers, default 2000. */
	customers?: number;
	/** Last day of the history, default 2026-06-30. */
	endDay?: DayNumber;
	/** History length in months, default 24. */
	months?: number;
	/** Language of names, places and labels, default 'zh'. */
	locale?: DemoLocale;
	/** The kind of business, default 'mixed' (the original shop and distributor). */
	trade?: DemoTrade;
	/**
	 * Multiplier on routine contacts (visits, calls, messages), default 1: a stress-size demo
	 * may keep fewer, since interactions are stored one record each.
	 */
	contactRate?: number;
}

export interface NextPeriodOptions {
	seed: number;
	/** Length of the new period in months, default 3. */
	months?: number;
	/** Customers who first appear in the period, default 8% of the existing ones. */
	newCustomers?: number;
	/** Language of new records; by default the history's own. */
	locale?: DemoLocale;
	/** The history's trade, default 'mixed'. */
	trade?: DemoTrade;
}

export const DEFAULT_END_DAY: DayNumber = dayFromParts(2026, 6, 30);

// Independent random streams, so one part's draws do not shift another's.
const STREAM = {
	profiles: 1,
	people: 2,
	orders: 3,
	credit: 4,
	contacts: 5,
	trade: 6,
	campaigns: 7
} as const;
// Mixed into the seed of a continuation so it never replays the streams of the history.
const NEXT_PERIOD_SALT = 0x6e657874;

function checkCount(name: string, value: number, min: number): number {
	if (!Number.isInteger(value) || value < min) {
		throw new RangeError(`${name} must be an integer of at least ${min}, got ${value}`);
	}
	return value;
}

function contactState(stats: SubjectStats, window: Window, firstEver: boolean): ContactState {
	if (stats.okCount === 0) return 'prospect';
	const recency = window.last - stats.lastDay;
	if (recency > 365) return 'churned';
	if (recency > 120) return 'lapsing';
	if (firstEver && stats.firstDay > window.last - 90) return 'new';
	return stats.okCount === 1 && firstEver ? 'oneTime' : 'active';
}

function contactSubject(
	customer: Customer,
	profile: Profile,
	stats: SubjectStats,
	window: Window,
	firstEver: boolean,
	contactScale = 1
): ContactSubject {
	let state = contactState(stats, window, firstEver);
	// A past customer who bought nothing this window is lapsing or lost, not a prospect.
	if (state === 'prospect' && profile.archetype !== 'prospect') {
		state = profile.archetype === 'churned' ? 'churned' : 'lapsing';
	}
	const open = state === 'active' || state === 'new' || state === 'prospect';
	const lastOrder = stats.lastDay >= 0 ? stats.lastDay : window.first;
	return {
		customerId: customer.id,
		state,
		business: profile.business,
		rate: contactScale === 1 ? profile.contactRate : profile.contactRate * contactScale,
		from: Math.max(window.first, profile.createdDay),
		to: open ? window.last : Math.min(window.last, lastOrder + 60),
		satisfaction: profile.satisfaction,
		firstOrderDay: stats.firstDay,
		lastOrderDay: stats.lastDay,
		returnDays: stats.returnDays,
		overdue: (customer.overdueDays ?? 0) > 0,
		productCum: profile.productCum
	};
}

/** Credit positions for the business accounts among `customers`, written into them. */
function addCredit(
	customers: readonly Customer[],
	profiles: readonly Profile[],
	stats: readonly SubjectStats[],
	lists: LocaleLists,
	asOf: DayNumber,
	seed: number
): void {
	const random = createRandom(deriveSeed(seed, STREAM.credit));
	customers.forEach((customer, i) => {
		if (!profiles[i].business) return;
		const credit = creditFields(random, lists, stats[i], asOf);
		if (credit) Object.assign(customer, credit);
	});
}

/** The trade's own fields for customers `offset …` of the simulated subjects, if it has any. */
function decorate(
	trade: DemoTrade | undefined,
	records: { customers: Customer[]; profiles: Profile[]; stats: SubjectStats[] },
	rows: OrderRows,
	offset: number,
	lists: LocaleLists,
	asOf: DayNumber,
	seed: number
): void {
	const apply = tradeDecorate(trade);
	if (!apply) return;
	apply({
		...records,
		products: productsBySubject(rows, offset, records.customers.length),
		lists,
		random: createRandom(deriveSeed(seed, STREAM.trade)),
		asOf
	});
}

/** Customers in registration order with ids numbered from `firstNumber`. */
function registerCustomers(
	profiles: Profile[],
	lists: LocaleLists,
	firstNumber: number,
	width: number,
	referenceYear: number,
	seed: number,
	takenIds: ReadonlySet<string> = new Set()
): { profiles: Profile[]; customers: Customer[] } {
	const created = Float64Array.from(profiles, (profile) => profile.createdDay);
	const order = Uint32Array.from(profiles, (_, draw) => draw);
	order.sort((a, b) => created[a] - created[b] || a - b);
	const sorted = Array.from(order, (draw) => profiles[draw]);
	const random = createRandom(deriveSeed(seed, STREAM.people));
	let number = firstNumber;
	const customers = sorted.map((profile) => {
		let id = `C${String(number++).padStart(width, '0')}`;
		while (takenIds.has(id)) id = `C${String(number++).padStart(width, '0')}`;
		const { business, channel, industry, incomeBand, createdDay } = profile;
		return makeCustomer(
			random,
			lists,
			{ id, business, channel, industry, incomeBand, createdDay },
			referenceYear
		);
	});
	return { profiles: sorted, customers };
}

/** A whole demo history: customers, their orders and interactions over `months` months. */
export function generateDemo(options: DemoOptions): StoreSnapshot {
	const count = checkCount('customers', options.customers ?? 2000, 0);
	const months = checkCount('months', options.months ?? 24, 1);
	const endDay = options.endDay ?? DEFAULT_END_DAY;
	const lists = tradeLists(options.locale ?? 'zh', options.trade);
	const seed = options.seed;
	const window: Window = { first: addMonths(endDay, -months) + 1, last: endDay };

	const profileRandom = createRandom(deriveSeed(seed, STREAM.profiles));
	const drawn = Array.from({ length: count }, () => makeProfile(profileRandom, lists, window));
	const width = Math.max(5, String(count).length);
	const referenceYear = partsFromDay(endDay).year;
	const { profiles, customers } = registerCustomers(drawn, lists, 1, width, referenceYear, seed);

	const weights = buildDayWeights(window.first, window.last, lists.locale, lists.calendar);
	// The shop began recording costs a little into the history; older orders have none.
	const costKnownFrom = window.first + Math.round((window.last - window.first) * 0.15);
	const { rows, stats } = simulateOrders(
		profiles,
		{ lists, weights, lastDay: window.last, costKnownFrom },
		createRandom(deriveSeed(seed, STREAM.orders))
	);
	addCredit(customers, profiles, stats, lists, window.last, seed);
	decorate(options.trade, { customers, profiles, stats }, rows, 0, lists, window.last, seed);
	const contactScale = options.contactRate ?? 1;
	const subjects = customers.map((customer, i) =>
		contactSubject(customer, profiles[i], stats[i], window, true, contactScale)
	);
	const contactRandom = createRandom(deriveSeed(seed, STREAM.contacts));
	const interactions = simulateInteractions(subjects, window, lists, contactRandom);
	const orders = finishOrders(
		rows,
		customers.map((customer) => customer.id)
	);
	return {
		customers,
		orders,
		interactions,
		settings: [],
		importTemplates: [],
		runs: [],
		strategies: [],
		campaigns: []
	};
}

/**
 * The records of `months` more months of the business in `base`: new customers, orders dated
 * after the base's last order day, and new interactions. `base` is not modified.
 */
export function generateNextPeriod(base: History, options: NextPeriodOptions): History {
	return nextPeriod(base, options, []).history;
}

/**
 * The next period as `generateNextPeriod` makes it, plus the simulated effect of started
 * campaigns (see campaign-effect.ts) and what was simulated per campaign id.
 */
export function generateNextPeriodWithCampaigns(
	base: History,
	options: NextPeriodOptions,
	campaigns: readonly DemoCampaign[]
): { history: History; effects: Map<string, SimulatedEffect> } {
	return nextPeriod(base, options, campaigns);
}

function nextPeriod(
	base: History,
	options: NextPeriodOptions,
	campaigns: readonly DemoCampaign[]
): { history: History; effects: Map<string, SimulatedEffect> } {
	const months = checkCount('months', options.months ?? 3, 1);
	const newCount = checkCount(
		'newCustomers',
		options.newCustomers ?? Math.round(base.customers.length * 0.08),
		0
	);
	const lists = tradeLists(options.locale ?? localeOf(base), options.trade);
	const baseLast = lastDayOf(base, DEFAULT_END_DAY);
	const window: Window = { first: baseLast + 1, last: addMonths(baseLast, months) };
	const seed = deriveSeed(
		options.seed,
		NEXT_PERIOD_SALT,
		baseLast,
		base.customers.length,
		base.orders.day.length,
		base.interactions.length
	);

	const profileRandom = createRandom(deriveSeed(seed, STREAM.profiles));
	const pasts = readPasts(base, lists);
	const continuing = base.customers.map((customer, i) =>
		continueProfile(profileRandom, lists, customer, pasts[i], window, months)
	);
	const drawn = Array.from({ length: newCount }, () => makeNewcomer(profileRandom, lists, window));
	const numbering = customerNumbering(base.customers);
	const baseIds = new Set(base.customers.map((customer) => customer.id));
	const referenceYear = partsFromDay(window.last).year;
	const { profiles: newProfiles, customers: newCustomers } = registerCustomers(
		drawn,
		lists,
		numbering.next,
		numbering.width,
		referenceYear,
		seed,
		baseIds
	);

	const allProfiles = continuing.concat(newProfiles);
	const allCustomers = base.customers.concat(newCustomers);
	const weights = buildDayWeights(window.first, window.last, lists.locale, lists.calendar);
	const { rows, stats } = simulateOrders(
		allProfiles,
		{ lists, weights, lastDay: window.last, costKnownFrom: window.first },
		createRandom(deriveSeed(seed, STREAM.orders))
	);
	const newStats = stats.slice(base.customers.length);
	addCredit(newCustomers, newProfiles, newStats, lists, window.last, seed);
	const newRecords = { customers: newCustomers, profiles: newProfiles, stats: newStats };
	decorate(options.trade, newRecords, rows, base.customers.length, lists, window.last, seed);

	const subjects = allCustomers.map((customer, i) =>
		contactSubject(
			customer,
			allProfiles[i],
			stats[i],
			window,
			i >= base.customers.length || pasts[i].okCount === 0
		)
	);
	const takenIds = new Set(base.interactions.map((interaction) => interaction.id));
	const contactRandom = createRandom(deriveSeed(seed, STREAM.contacts));
	const interactions = simulateInteractions(subjects, window, lists, contactRandom, takenIds);
	const effects =
		campaigns.length === 0
			? new Map<string, SimulatedEffect>()
			: addCampaignOrders(
					{
						base: { customerIds: base.customers.map((c) => c.id), orders: base.orders },
						pasts,
						subjects: continuing,
						lists,
						window
					},
					rows,
					campaigns,
					createRandom(deriveSeed(seed, STREAM.campaigns))
				);
	const orders = finishOrders(
		rows,
		allCustomers.map((customer) => customer.id),
		orderNumbersInUse(base.orders.orderId)
	);
	return { history: { customers: newCustomers, orders, interactions }, effects };
}
