/**
 * The demo trades: the original mixed shop-and-distributor business, and four trades a course
 * uses as examples, each with its own customers, products, seasons and record fields.
 */

import { B2B_FIELDS, b2bLists, decorateB2b } from './trade-b2b';
import { BANK_FIELDS, bankLists, decorateBank } from './trade-bank';
import type { Decorate } from './trade-records';
import { RETAIL_FIELDS, decorateRetail, retailLists } from './trade-retail';
import { TRAVEL_FIELDS, decorateTravel, travelLists } from './trade-travel';
import type { DemoTrade } from './choices';
import { listsFor, type DemoLocale, type LocaleLists } from './names';

interface TradeDefinition {
	lists: (base: LocaleLists) => LocaleLists;
	decorate?: Decorate;
}

const TRADES: Record<DemoTrade, TradeDefinition> = {
	mixed: { lists: (base) => base },
	retail: { lists: retailLists, decorate: decorateRetail },
	b2b: { lists: b2bLists, decorate: decorateB2b },
	bank: { lists: bankLists, decorate: decorateBank },
	travel: { lists: travelLists, decorate: decorateTravel }
};

const CACHE = new Map<string, LocaleLists>();

/** The word lists and behaviour of a trade in a locale. */
export function tradeLists(locale: DemoLocale, trade: DemoTrade = 'mixed'): LocaleLists {
	const key = `${trade}:${locale}`;
	let lists = CACHE.get(key);
	if (!lists) {
		lists = TRADES[trade].lists(listsFor(locale));
		CACHE.set(key, lists);
	}
	return lists;
}

/** What a trade adds to its records after the simulation, if anything. */
export function tradeDecorate(trade: DemoTrade = 'mixed'): Decorate | undefined {
	return TRADES[trade].decorate;
}

// The trades' own columns worth a scheme of their own, beside the standard ones.
const TRADE_ATTRIBUTES: Record<DemoTrade, (locale: DemoLocale) => string[]> = {
	mixed: () => [],
	retail: (locale) => [
		`custom:${RETAIL_FIELDS[locale].cityTier}`,
		`custom:${RETAIL_FIELDS[locale].membership}`
	],
	b2b: (locale) => ['owner', 'riskGrade', `custom:${B2B_FIELDS[locale].terms}`],
	bank: (locale) => [
		'riskGrade',
		`custom:${BANK_FIELDS[locale].kind}`,
		`custom:${BANK_FIELDS[locale].tier}`,
		`custom:${BANK_FIELDS[locale].mainProduct}`
	],
	travel: (locale) => [`custom:${TRAVEL_FIELDS[locale].kind}`]
};

/** Attribute-scheme fields a trade's demo adds to the standard ones ('custom:城市等级', …). */
export function tradeAttributeFields(trade: DemoTrade, locale: DemoLocale): string[] {
	return TRADE_ATTRIBUTES[trade](locale);
}

/**
 * The routine-contact multiplier for a demo of `customers`: 1 up to 20,000 customers, less
 * above, so a stress demo stores in seconds (interactions are one record each).
 */
export function contactRateFor(customers: number): number {
	return customers <= 20_000 ? 1 : Math.max(0.1, 20_000 / customers);
}
