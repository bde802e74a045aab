/**
 * The demo business's calendar: how busy each day is (season, shopping festivals, weekday) and
 * at what time of day orders come in.
 */

import { dayFromParts, partsFromDay, weekdayOfDay } from '../days';
import type { DayNumber } from '../model';
import type { Random } from '../random';
import { CHANNEL, type ChannelKind, type DemoLocale } from './names';

/** The same day of the month `months` months later (earlier if negative), clamped to month end. */
export function addMonths(day: DayNumber, months: number): DayNumber {
	const { year, month, day: dayOfMonth } = partsFromDay(day);
	const target = dayFromParts(year, month + months, 1);
	const { year: ty, month: tm } = partsFromDay(target);
	const lastOfMonth = dayFromParts(ty, tm + 1, 1) - 1;
	return Math.min(target + dayOfMonth - 1, lastOfMonth);
}

// Spring Festival (Lunar New Year's Day), month and day by year.
const SPRING_FESTIVAL: Record<number, [number, number]> = {
	2015: [2, 19],
	2016: [2, 8],
	2017: [1, 28],
	2018: [2, 16],
	2019: [2, 5],
	2020: [1, 25],
	2021: [2, 12],
	2022: [2, 1],
	2023: [1, 22],
	2024: [2, 10],
	2025: [1, 29],
	2026: [2, 17],
	2027: [2, 6],
	2028: [1, 26],
	2029: [2, 13],
	2030: [2, 3],
	2031: [1, 23],
	2032: [2, 11],
	2033: [1, 31],
	2034: [2, 19],
	2035: [2, 8]
};

function springFestival(year: number): DayNumber {
	const [month, day] = SPRING_FESTIVAL[year] ?? [2, 5];
	return dayFromParts(year, month, day);
}

// Relative trade per calendar month (January first).
const ZH_MONTH = [1.05, 0.9, 0.95, 0.95, 1, 1.05, 0.9, 0.9, 1, 0.95, 1.1, 1.1];
const EN_MONTH = [0.85, 0.85, 0.95, 1, 1, 1, 0.95, 0.85, 1, 1.05, 1.15, 1.25];

// Relative trade by weekday, Sunday first: consumers shop at weekends, businesses on workdays.
const CONSUMER_WEEKDAY = [1.25, 0.85, 0.85, 0.9, 0.9, 1.05, 1.3];
const BUSINESS_WEEKDAY = [0.25, 1.2, 1.2, 1.15, 1.15, 1.05, 0.45];

/** How busy a calendar day is for the season and festivals, before the weekday effect. */
export function seasonWeight(day: DayNumber, locale: DemoLocale): number {
	const { year, month, day: dayOfMonth } = partsFromDay(day);
	if (locale === 'zh') {
		let weight = ZH_MONTH[month - 1];
		// New Year stocking-up in the four weeks before Spring Festival, then the holiday lull.
		for (const festival of [springFestival(year), springFestival(year + 1)]) {
			const offset = day - festival;
			if (offset >= -28 && offset < -2) weight *= 1 + 0.9 * (1 - Math.abs(offset + 12) / 16);
			else if (offset >= -2 && offset <= 6) weight *= 0.3;
		}
		if (month === 6 && dayOfMonth <= 18) weight *= 1 + 0.9 * (dayOfMonth / 18) ** 2; // 618
		if (month === 11 && dayOfMonth <= 11) weight *= 1 + 1.6 * (dayOfMonth / 11) ** 2; // Double 11
		if (month === 12 && dayOfMonth === 12) weight *= 1.6; // Double 12
		if (month === 10 && dayOfMonth <= 7) weight *= 0.75; // National Day holiday
		return weight;
	}
	let weight = EN_MONTH[month - 1];
	if (month === 12) {
		if (dayOfMonth <= 23) weight *= 1 + 0.8 * (dayOfMonth / 23);
		else if (dayOfMonth === 24) weight *= 0.8;
		else if (dayOfMonth <= 26)
			weight *= 0.15; // Christmas closure
		else weight *= 1.2; // Boxing week sales
	}
	if (month === 1 && dayOfMonth <= 14) weight *= 1.3; // January sales
	if (month === 11) {
		// Black Friday is the fourth Friday of November; Cyber Monday follows.
		const firstFriday = 1 + ((5 - weekdayOfDay(dayFromParts(year, 11, 1)) + 7) % 7);
		const blackFriday = firstFriday + 21;
		if (dayOfMonth >= blackFriday && dayOfMonth <= blackFriday + 3) weight *= 1.9;
	}
	return weight;
}

/** Day weights for one kind of buyer over a span of days, scaled to a yearly mean of 1. */
export interface DayWeights {
	first: DayNumber;
	last: DayNumber;
	/** Weight of day `first + i`. */
	weights: Float64Array;
	/** The largest weight, the bound for thinning a Poisson process. */
	max: number;
}

/** A trade's own calendar: how busy each day is, and its weekday curves (Sunday first). */
export interface TradeCalendar {
	season: (day: DayNumber, locale: DemoLocale) => number;
	consumerWeekday: readonly number[];
	businessWeekday: readonly number[];
}

/** The calendar of a shop, the demo's default. */
export const SHOP_CALENDAR: TradeCalendar = {
	season: seasonWeight,
	consumerWeekday: CONSUMER_WEEKDAY,
	businessWeekday: BUSINESS_WEEKDAY
};

/** Weights for consumers and business accounts over [first, last]. */
export function buildDayWeights(
	first: DayNumber,
	last: DayNumber,
	locale: DemoLocale,
	calendar: TradeCalendar = SHOP_CALENDAR
): { consumer: DayWeights; business: DayWeights } {
	// Normalise over a full year so a short window keeps its seasonal level (a November period
	// really is busier) instead of being scaled to average 1 itself.
	const referenceFirst = last - 364;
	const from = Math.min(first, referenceFirst);
	const season = new Float64Array(last - from + 1);
	for (let day = from; day <= last; day++) season[day - from] = calendar.season(day, locale);

	function forProfile(weekday: readonly number[]): DayWeights {
		let yearSum = 0;
		for (let day = referenceFirst; day <= last; day++) {
			yearSum += season[day - from] * weekday[weekdayOfDay(day)];
		}
		const scale = 365 / yearSum;
		const weights = new Float64Array(last - first + 1);
		let max = 0;
		for (let day = first; day <= last; day++) {
			const weight = season[day - from] * weekday[weekdayOfDay(day)] * scale;
			weights[day - first] = weight;
			if (weight > max) max = weight;
		}
		return { first, last, weights, max };
	}
	return {
		consumer: forProfile(calendar.consumerWeekday),
		business: forProfile(calendar.businessWeekday)
	};
}

/** Seconds since midnight of an order, or -1 when the channel's data has no time. */
export function orderSecond(random: Random, channel: ChannelKind, business: boolean): number {
	// Agents send spreadsheets of dates without times.
	if (channel === CHANNEL.agent) return -1;
	let hours: number;
	if (channel === CHANNEL.online) {
		// Online orders peak in the evening and run late; a few come at night.
		hours = random.chance(0.7) ? random.normal(20.5, 2.2) : 8 + random.next() * 15;
		hours = ((hours % 24) + 24) % 24;
	} else {
		// The shop is open 9:00–21:00; businesses order mornings and early afternoons.
		const peaks = business ? [10.5, 14.5, 16] : [11, 16, 19.5];
		const spread = business ? [1.2, 1.3, 1] : [1.2, 2, 1];
		const which = random.weighted([0, 1, 2], business ? [5, 4, 1] : [4, 4, 2]);
		hours = random.normal(peaks[which], spread[which]);
		if (hours < 9 || hours >= 21) hours = 9 + random.next() * 12;
	}
	return Math.min(86_399, Math.floor(hours * 3600));
}
