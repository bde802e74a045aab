/**
 * A travel agency: families, business travellers, backpackers and silver travellers booking
 * tours, flights and hotels, with the booking seasons of the trade (before the holidays in
 * China; the January booking rush and summer in Britain). Traveller type and party size are
 * custom columns.
 */

import { partsFromDay } from '../days';
import type { DayNumber } from '../model';
import { ARCHETYPES, MIXED_TRADE, type ArchetypeSpec, type TradeParams } from './behaviour';
import type { TradeCalendar } from './calendar';
import type { DemoLocale, LocaleLists } from './names';
import { consumersOnly, persona, productsIn, withTrade } from './trade-retail';
import { setAge, setCustom, type Decorate } from './trade-records';
import { TRAVEL_NOTES } from './trade-notes';

const A = ARCHETYPES;
const travellers = (spec: ArchetypeSpec, share: number, rate: number, amount: number) =>
	consumersOnly(spec, share, rate, amount);

export const TRAVEL_TRADE: TradeParams = {
	...MIXED_TRADE,
	// share, bookings per year, median booking in yuan
	archetypes: {
		champion: travellers(A.champion, 0.05, 6, 5_000),
		regular: travellers(A.regular, 0.2, 2.5, 4_000),
		occasional: travellers(A.occasional, 0.22, 1, 3_500),
		new: travellers(A.new, 0.1, 2, 3_500),
		lapsing: travellers(A.lapsing, 0.13, 2, 3_800),
		churned: travellers(A.churned, 0.12, 1.5, 3_200),
		oneTime: travellers(A.oneTime, 0.15, 0, 3_000),
		prospect: travellers(A.prospect, 0.03, 0, 0)
	},
	// id, names, share, spend and rate multipliers, channel mix, workdays, favoured products.
	// Product indices: 0 domestic tour, 1 tour abroad, 2 independent package, 3 flights,
	// 4 hotels, 5 cruise, 6 family/study trip, 7 visa service.
	personas: [
		persona('family', '亲子家庭', 'Family', 0.4, 1.6, 0.8, [45, 45, 10], false, [0, 1, 6]),
		persona('business', '商务出行', 'Business traveller', 0.2, 0.7, 3, [75, 10, 15], true, [3, 4]),
		persona('backpacker', '背包客', 'Backpacker', 0.22, 0.45, 1.3, [85, 10, 5], false, [2, 3, 7]),
		persona('silver', '银发游客', 'Silver traveller', 0.18, 1.3, 1, [15, 70, 15], true, [0, 1, 5])
	]
};

// Bookings per month (January first). China: booking ahead of Spring Festival, May Day, the
// summer holidays and National Day. Britain: the January rush, then summer bookings; quiet
// before Christmas.
const ZH_MONTH = [1.3, 0.9, 0.9, 1.2, 0.9, 1.3, 1.3, 0.9, 1.2, 0.7, 0.7, 0.9];
const EN_MONTH = [1.7, 1.3, 1.1, 1, 1, 1, 0.9, 0.8, 0.8, 0.7, 0.6, 0.5];

function travelSeason(day: DayNumber, locale: DemoLocale): number {
	const { month } = partsFromDay(day);
	return (locale === 'en' ? EN_MONTH : ZH_MONTH)[month - 1];
}

export const TRAVEL_CALENDAR: TradeCalendar = {
	season: travelSeason,
	// Sunday first: leisure travellers book at weekends and Monday evenings.
	consumerWeekday: [1.3, 1.15, 0.95, 0.9, 0.9, 0.85, 0.95],
	businessWeekday: [0.3, 1.3, 1.25, 1.2, 1.2, 1.1, 0.35]
};

/** The agency's word lists over the base lists of a locale. */
export function travelLists(base: LocaleLists): LocaleLists {
	const zh = base.locale === 'zh';
	return {
		...withTrade(base, TRAVEL_TRADE, TRAVEL_CALENDAR, TRAVEL_NOTES),
		channels: zh ? ['线上', '门店', '分销代理'] : ['online', 'high-street shop', 'partner agent'],
		products: productsIn('travel', base.locale)
	};
}

/** Column names of the agency's own fields. */
export const TRAVEL_FIELDS: Record<DemoLocale, { kind: string; party: string }> = {
	zh: { kind: '客群类型', party: '平均出行人数' },
	en: { kind: 'Traveller type', party: 'Average party size' }
};

// Ages (from, to) and party sizes (from, to) per persona: family, business, backpacker, silver.
const AGES: [number, number][] = [
	[30, 48],
	[26, 56],
	[18, 34],
	[58, 78]
];
const PARTY: [number, number][] = [
	[3, 5],
	[1, 1],
	[1, 2],
	[2, 4]
];

/** Traveller type, party size and an age that fits the type. */
export const decorateTravel: Decorate = ({ customers, profiles, lists, random, asOf }) => {
	const names = TRAVEL_FIELDS[lists.locale];
	const year = partsFromDay(asOf).year;
	customers.forEach((customer, i) => {
		const persona = Math.max(0, profiles[i].persona);
		setCustom(customer, names.kind, TRAVEL_TRADE.personas[persona][lists.locale]);
		const [from, to] = PARTY[persona];
		setCustom(customer, names.party, random.int(from, to));
		setAge(customer, random, AGES[persona][0], AGES[persona][1], year);
	});
};
