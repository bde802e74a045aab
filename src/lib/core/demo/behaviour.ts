/**
 * Customer archetypes of the demo business and the order process each one follows. The mix is
 * chosen so every class of the RFM, value-tier and lifecycle schemes has members.
 */

import type { DayNumber } from '../model';
import type { Random } from '../random';
import { CHANNEL, type ChannelKind, type LocaleLists } from './names';

export type Archetype =
	'champion' | 'regular' | 'occasional' | 'new' | 'lapsing' | 'churned' | 'oneTime' | 'prospect';

export interface ArchetypeSpec {
	/** Share of the customer base. */
	share: number;
	/** Share of these customers that are business accounts. */
	businessShare: number;
	/** Median orders per year while active. */
	rate: number;
	/** Median order amount of a consumer, in yuan. */
	amount: number;
	/** Mean satisfaction, 1–5. */
	satisfaction: number;
	/** Chance that the customer was buying before the history starts (the rest join during it). */
	preExisting: number;
}

function spec(
	share: number,
	businessShare: number,
	rate: number,
	amount: number,
	satisfaction: number,
	preExisting: number
): ArchetypeSpec {
	return { share, businessShare, rate, amount, satisfaction, preExisting };
}

// prettier-ignore
export const ARCHETYPES: Readonly<Record<Archetype, ArchetypeSpec>> = {
	//              share  business  rate/yr  yuan  satisfaction  pre-existing
	champion:   spec(0.07,  0.45,     20,     300,   4.5,          0.8),
	regular:    spec(0.2,   0.3,      7,      220,   4.2,          0.65),
	occasional: spec(0.17,  0.15,     2.2,    160,   3.9,          0.55),
	new:        spec(0.1,   0.15,     6,      190,   4.1,          0),
	lapsing:    spec(0.13,  0.2,      5,      200,   3,            0.7),
	churned:    spec(0.13,  0.2,      4,      180,   2.6,          0.8),
	oneTime:    spec(0.17,  0.08,     0,      140,   3.3,          0),
	prospect:   spec(0.03,  0.4,      0,      0,     3.8,          0)
};

export const ARCHETYPE_NAMES = Object.keys(ARCHETYPES) as Archetype[];

/** What a customer will order between two days. */
export interface OrderPlan {
	/** Days with a purchase whatever the process does (first or last purchase): never voided. */
	anchors: DayNumber[];
	/** The span of the Poisson purchase process, inclusive; empty when from > to. */
	from: DayNumber;
	to: DayNumber;
	/** Mean orders per year over the span, before the seasonal and weekday weights. */
	rate: number;
	/** Median order amount in the locale's currency. */
	medianAmount: number;
	/** Standard deviation of the log order amount. */
	amountSigma: number;
	returnRate: number;
	cancelRate: number;
}

/** Everything about a customer that drives the simulation, before ids and names are given. */
export interface Profile {
	archetype: Archetype;
	business: boolean;
	channel: ChannelKind;
	/** Index into the locale's industries, or -1. */
	industry: number;
	/** Index into the locale's income bands, or -1 (business accounts). */
	incomeBand: number;
	/** Cumulative product weights, last element 1. */
	productCum: Float64Array;
	createdDay: DayNumber;
	plan: OrderPlan | null;
	/** Mean satisfaction 1–5 given on feedback and surveys. */
	satisfaction: number;
	/** Routine interactions per year; 0 when the customer has none on record. */
	contactRate: number;
	/** Index into the trade's personas, or -1. */
	persona: number;
	/** Buys on workdays, like a business account. */
	workdays: boolean;
}

/** The days of the history (or continuation) window, inclusive. */
export interface Window {
	first: DayNumber;
	last: DayNumber;
}

const INCOME_WEIGHTS = [25, 40, 25, 10];
/** How many times a consumer's basket a business account's order is (the mixed business). */
export const BUSINESS_SPEND = 4;

/** A kind of customer within a trade (a traveller type, a bank client type). */
export interface Persona {
	id: string;
	zh: string;
	en: string;
	/** Share of the customers. */
	share: number;
	/** Multipliers on the order amount and the purchase rate. */
	spend: number;
	rate: number;
	/** Channel mix in CHANNEL order, replacing the trade's consumer mix. */
	channels: readonly number[];
	/** Buys on workdays (the business weekday curve). */
	workdays: boolean;
	/** Indices of the trade's products this kind of customer buys more than usual. */
	favours: readonly number[];
}

/** How a trade's customers behave: the parameters the simulation draws from. */
export interface TradeParams {
	archetypes: Readonly<Record<Archetype, ArchetypeSpec>>;
	/** Spend multiplier by income band (low to high). */
	incomeSpend: readonly number[];
	/** How many times a consumer's basket a business account's order is. */
	businessSpend: number;
	/** How many times a consumer's purchase rate a business account's is. */
	businessRate: number;
	/** Channel mixes in CHANNEL order (online, offline, agent). */
	businessChannels: readonly number[];
	consumerChannels: readonly number[];
	/** Drawn first for every profile when not empty; none for the mixed business. */
	personas: readonly Persona[];
}

/** The mixed retail/distribution business of the original demo. */
export const MIXED_TRADE: TradeParams = {
	archetypes: ARCHETYPES,
	incomeSpend: [0.7, 0.95, 1.2, 1.6],
	businessSpend: BUSINESS_SPEND,
	businessRate: 1.3,
	businessChannels: [20, 45, 35],
	consumerChannels: [55, 40, 5],
	personas: []
};

/** The trade parameters the lists carry (the mixed business when they carry none). */
export function tradeOf(lists: LocaleLists): TradeParams {
	return lists.trade ?? MIXED_TRADE;
}

const SHARES = new WeakMap<TradeParams, { archetypes: number[]; personas: number[] }>();

function sharesOf(trade: TradeParams): { archetypes: number[]; personas: number[] } {
	let shares = SHARES.get(trade);
	if (!shares) {
		shares = {
			archetypes: ARCHETYPE_NAMES.map((name) => trade.archetypes[name].share),
			personas: trade.personas.map((persona) => persona.share)
		};
		SHARES.set(trade, shares);
	}
	return shares;
}

/** Cumulative, normalised product weights for one customer: segment base × trade × taste. */
export function productPreference(
	random: Random,
	lists: LocaleLists,
	business: boolean,
	industry: number,
	persona = -1
): Float64Array {
	const favours = industry >= 0 ? lists.industries[industry].favours : [];
	const personaFavours = persona >= 0 ? tradeOf(lists).personas[persona].favours : [];
	const cum = new Float64Array(lists.products.length);
	let total = 0;
	lists.products.forEach((product, i) => {
		let weight = business ? product.businessWeight : product.consumerWeight;
		if (favours.includes(product.name)) weight *= 2.5;
		if (personaFavours.includes(i)) weight *= 3;
		total += weight * Math.exp(random.normal(0, 0.7));
		cum[i] = total;
	});
	for (let i = 0; i < cum.length; i++) cum[i] /= total;
	return cum;
}

/** The index of a cumulative-weight table hit by a uniform draw. */
export function pickCumulative(cum: Float64Array, u: number): number {
	for (let i = 0; i < cum.length - 1; i++) if (u < cum[i]) return i;
	return cum.length - 1;
}

/** An index drawn with probability proportional to its (positive) weight; allocates nothing. */
export function weightedIndex(random: Random, weights: readonly number[]): number {
	let total = 0;
	for (let i = 0; i < weights.length; i++) total += weights[i];
	let target = random.next() * total;
	for (let i = 0; i < weights.length - 1; i++) {
		target -= weights[i];
		if (target < 0) return i;
	}
	return weights.length - 1;
}

const INDUSTRY_WEIGHTS = new WeakMap<LocaleLists, number[]>();

function industryWeights(lists: LocaleLists): number[] {
	let weights = INDUSTRY_WEIGHTS.get(lists);
	if (!weights) {
		weights = lists.industries.map((industry) => industry.weight);
		INDUSTRY_WEIGHTS.set(lists, weights);
	}
	return weights;
}

function lag(random: Random): number {
	// Most customers are registered at their first purchase; some were leads for a while.
	return random.chance(0.65) ? 0 : random.int(1, 45);
}

function preHistoryCreated(random: Random, window: Window): DayNumber {
	return window.first - 1 - Math.floor(random.exponential(450));
}

/** Attributes shared by fresh profiles: business or not, channel, trade, income and taste. */
function baseProfile(
	random: Random,
	lists: LocaleLists,
	archetype: Archetype
): Omit<Profile, 'createdDay' | 'plan'> {
	const trade = tradeOf(lists);
	const spec = trade.archetypes[archetype];
	// Only trades with personas draw one, so the mixed business's draws stay as they were.
	const persona = trade.personas.length > 0 ? weightedIndex(random, sharesOf(trade).personas) : -1;
	const business = random.chance(spec.businessShare);
	const channelMix =
		persona >= 0
			? trade.personas[persona].channels
			: business
				? trade.businessChannels
				: trade.consumerChannels;
	const channel = weightedIndex(random, channelMix) as ChannelKind;
	const industry = business ? weightedIndex(random, industryWeights(lists)) : -1;
	const incomeBand = business ? -1 : weightedIndex(random, INCOME_WEIGHTS);
	const productCum = productPreference(random, lists, business, industry, persona);
	const participates = random.chance(business ? 0.9 : archetype === 'prospect' ? 0.4 : 0.5);
	const contactRate = participates ? (business ? 5 : 1.2) * Math.exp(random.normal(0, 0.4)) : 0;
	const satisfaction = Math.min(5, Math.max(1, spec.satisfaction + random.normal(0, 0.35)));
	return {
		archetype,
		business,
		channel,
		industry,
		incomeBand,
		productCum,
		satisfaction,
		contactRate,
		persona,
		workdays: persona >= 0 && trade.personas[persona].workdays
	};
}

/** A plan's amount, rate and voiding parameters for a profile. */
function planTerms(
	random: Random,
	lists: LocaleLists,
	profile: Omit<Profile, 'createdDay' | 'plan'>
): Pick<OrderPlan, 'rate' | 'medianAmount' | 'amountSigma' | 'returnRate' | 'cancelRate'> {
	const trade = tradeOf(lists);
	const spec = trade.archetypes[profile.archetype];
	const persona = profile.persona >= 0 ? trade.personas[profile.persona] : undefined;
	let spend = profile.business ? trade.businessSpend : trade.incomeSpend[profile.incomeBand];
	let rate = spec.rate * (profile.business ? trade.businessRate : 1);
	if (persona) {
		spend *= persona.spend;
		rate *= persona.rate;
	}
	const medianAmount = spec.amount * spend * lists.currencyScale * Math.exp(random.normal(0, 0.45));
	rate *= Math.exp(random.normal(0, 0.3));
	const unhappy = profile.archetype === 'lapsing' || profile.archetype === 'churned';
	return {
		rate,
		medianAmount,
		amountSigma: profile.business ? 0.5 : 0.6,
		returnRate: unhappy ? 0.05 : 0.025,
		cancelRate: profile.channel === CHANNEL.online ? 0.025 : 0.012
	};
}

/** A customer of the initial history, with an order plan inside `window`. */
export function makeProfile(random: Random, lists: LocaleLists, window: Window): Profile {
	const trade = tradeOf(lists);
	const archetype = ARCHETYPE_NAMES[weightedIndex(random, sharesOf(trade).archetypes)];
	const base = baseProfile(random, lists, archetype);
	const spec = trade.archetypes[archetype];
	const { first, last } = window;
	const span = last - first;
	const clampDay = (day: DayNumber) => Math.min(last, Math.max(first, day));
	if (archetype === 'prospect') {
		const createdDay = last - random.int(0, Math.min(365, span));
		return { ...base, createdDay, plan: null };
	}
	const terms = planTerms(random, lists, base);
	const preExisting = random.chance(spec.preExisting);

	// The last purchase day for customers who stop, and the latest a joiner can start.
	let stop = last;
	if (archetype === 'lapsing') stop = clampDay(last - random.int(120, 280));
	if (archetype === 'churned') {
		const nearest = Math.min(380, Math.floor(span * 0.6));
		stop = clampDay(last - random.int(nearest, Math.max(nearest, span - 30)));
	}
	let start: DayNumber;
	if (archetype === 'new') start = last - random.int(0, Math.min(88, span));
	else if (archetype === 'oneTime') start = first + random.int(0, Math.max(0, span - 30));
	else if (preExisting) start = first;
	else {
		// Joiners of the active kinds join early enough not to count as new.
		const latest = stop === last ? last - 180 : stop - 60;
		start = first + random.int(0, Math.max(0, latest - first));
	}
	start = clampDay(Math.min(start, stop));

	const anchors: DayNumber[] = [];
	if (!preExisting) anchors.push(start);
	if (stop !== last && stop !== start) anchors.push(stop);
	if (preExisting && stop === last) anchors.push(first + random.int(0, span));
	// A short window can squeeze start and stop together; every buyer keeps one purchase.
	if (anchors.length === 0) anchors.push(stop);
	const processFrom = preExisting ? first : start + 1;
	const processTo = stop === last ? last : stop - 1;
	const plan: OrderPlan = {
		anchors,
		from: archetype === 'oneTime' ? start + 1 : processFrom,
		to: archetype === 'oneTime' ? start : processTo,
		...terms
	};
	const createdDay = preExisting ? preHistoryCreated(random, window) : start - lag(random);
	return { ...base, createdDay, plan };
}

const NEWCOMER_MIX: readonly Archetype[] = [
	'prospect',
	'oneTime',
	'occasional',
	'regular',
	'champion'
];
const NEWCOMER_WEIGHTS = [12, 30, 25, 25, 8];

/** A customer who first appears during a continuation window. */
export function makeNewcomer(random: Random, lists: LocaleLists, window: Window): Profile {
	const archetype = NEWCOMER_MIX[weightedIndex(random, NEWCOMER_WEIGHTS)];
	const base = baseProfile(random, lists, archetype);
	const arrival = window.first + random.int(0, window.last - window.first);
	if (archetype === 'prospect') return { ...base, createdDay: arrival, plan: null };
	const terms = planTerms(random, lists, base);
	const plan: OrderPlan = {
		anchors: [arrival],
		from: arrival + 1,
		to: archetype === 'oneTime' ? arrival : window.last,
		...terms
	};
	return { ...base, createdDay: arrival - Math.min(lag(random), arrival - window.first), plan };
}
