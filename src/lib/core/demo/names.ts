/**
 * Word lists for the demo business, per locale: a retailer/distributor selling to consumers and
 * small businesses. 'zh' is a Chinese firm (amounts in yuan), 'en' a British one (pounds).
 * The words themselves are data, in names.json.
 */

import type { TradeParams } from './behaviour';
import type { TradeCalendar } from './calendar';
import type { NoteTopic } from './notes';
import data from './names.json';

export type DemoLocale = 'zh' | 'en';

/** Channels in a fixed order; customer records carry the locale's label. */
export const CHANNEL = { online: 0, offline: 1, agent: 2 } as const;
export type ChannelKind = (typeof CHANNEL)[keyof typeof CHANNEL];

export interface RegionList {
	name: string;
	/** Share of the customer base. */
	weight: number;
	/** Cities, biggest first. */
	cities: readonly string[];
}

export interface ProductCategory {
	name: string;
	/** Typical unit price in the locale's currency. */
	unitPrice: number;
	/** Typical gross margin (share of the amount). */
	margin: number;
	/** Relative popularity with consumers and with business accounts. */
	consumerWeight: number;
	businessWeight: number;
}

export interface IndustryEntry {
	name: string;
	weight: number;
	/** Company-name endings for this trade. */
	suffixes: readonly string[];
	/** Category names bought more than usual by this trade. */
	favours: readonly string[];
}

export interface LocaleLists {
	locale: DemoLocale;
	/** Currency units per yuan, to scale the yuan-based amount parameters. */
	currencyScale: number;
	surnames: readonly string[];
	maleGiven: readonly string[];
	femaleGiven: readonly string[];
	/** Company-name stems ('恒达', 'Harbour'). */
	companyStems: readonly string[];
	regions: readonly RegionList[];
	industries: readonly IndustryEntry[];
	/** Labels for CHANNEL.online, .offline, .agent. */
	channels: readonly [string, string, string];
	/** Labels for male, female. */
	genders: readonly [string, string];
	incomeBands: readonly string[];
	products: readonly ProductCategory[];
	/** Salespeople, each with the regions (indices) they mostly cover. */
	owners: readonly { name: string; regions: readonly number[] }[];
	emailDomains: readonly string[];
	/** How the trade's customers behave; absent for the mixed business of the original demo. */
	trade?: TradeParams;
	/** The trade's seasons and weekdays; absent: the shop calendar of the locale. */
	calendar?: TradeCalendar;
	/** Interaction notes replacing the generic ones, by topic. */
	notes?: Partial<Record<NoteTopic, readonly string[]>>;
}

/** Age bands shared by both locales. */
export const AGE_BANDS = ['18-24', '25-34', '35-44', '45-54', '55+'] as const;

/** The age band of an age in whole years. */
export function ageBandOf(age: number): string {
	if (age < 25) return AGE_BANDS[0];
	if (age < 35) return AGE_BANDS[1];
	if (age < 45) return AGE_BANDS[2];
	if (age < 55) return AGE_BANDS[3];
	return AGE_BANDS[4];
}

const words = (text: string): string[] => text.trim().split(/\s+/);

type ListsData = (typeof data)['zh'];

/**
 * A locale's lists from names.json, where each word list is one space-separated string, names
 * roughly in order of frequency (the generator favours the front of a list).
 */
function fromData(locale: DemoLocale, currencyScale: number, lists: ListsData): LocaleLists {
	const [online, offline, agent] = lists.channels;
	const [male, female] = lists.genders;
	return {
		locale,
		currencyScale,
		...lists,
		surnames: words(lists.surnames),
		maleGiven: words(lists.maleGiven),
		femaleGiven: words(lists.femaleGiven),
		companyStems: words(lists.companyStems),
		regions: lists.regions.map((region) => ({ ...region, cities: words(region.cities) })),
		channels: [online, offline, agent],
		genders: [male, female]
	};
}

/** A Chinese firm, amounts in yuan. */
const ZH = fromData('zh', 1, data.zh);
/** A British firm, amounts in pounds (about 0.11 per yuan). */
const EN = fromData('en', 0.11, data.en);

/** The word lists of a locale. */
export function listsFor(locale: DemoLocale): LocaleLists {
	return locale === 'en' ? EN : ZH;
}

/** The locale whose channel, gender or product labels a value belongs to, if any. */
export function localeOfLabel(value: string): DemoLocale | undefined {
	for (const lists of [ZH, EN]) {
		if (lists.channels.includes(value) || lists.genders.includes(value)) return lists.locale;
		if (lists.products.some((product) => product.name === value)) return lists.locale;
	}
	return undefined;
}
