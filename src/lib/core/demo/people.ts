/**
 * Customer records of the demo: names, contacts, places, demographics, owners and, for business
 * accounts that buy on credit, their credit position.
 */

import type { Customer, DayNumber } from '../model';
import type { Random } from '../random';
import { weightedIndex } from './behaviour';
import { ageBandOf, CHANNEL, type ChannelKind, type LocaleLists } from './names';
import type { SubjectStats } from './orders';

/** The drawn facts a customer record is written from. */
export interface CustomerSeed {
	id: string;
	business: boolean;
	channel: ChannelKind;
	industry: number;
	incomeBand: number;
	createdDay: DayNumber;
}

/** An element near the front of a frequency-ordered list more often than one near the end. */
function frontLoaded<T>(random: Random, items: readonly T[]): T {
	return items[Math.floor(items.length * random.next() ** 2.2)];
}

function personName(random: Random, lists: LocaleLists, female: boolean): string {
	const surname = frontLoaded(random, lists.surnames);
	const givenList = female ? lists.femaleGiven : lists.maleGiven;
	let given = random.pick(givenList);
	if (lists.locale === 'zh') {
		// Many given names are two characters composed freely.
		if (given.length === 1 && random.chance(0.35)) given += random.pick(givenList).slice(-1);
		return surname + given;
	}
	return `${given} ${surname}`;
}

function companyName(random: Random, lists: LocaleLists, industry: number, city: string): string {
	const stem = random.pick(lists.companyStems);
	const suffix = random.pick(lists.industries[industry].suffixes);
	if (lists.locale === 'zh') return city + stem + suffix;
	return random.chance(0.3) ? `${city} ${stem} ${suffix}` : `${stem} ${suffix}`;
}

// Share of mobile numbers by second digit, in the order of '357896'.
const MOBILE_SECOND_DIGIT = [30, 25, 10, 25, 8, 2];

function phoneNumber(random: Random, lists: LocaleLists): string {
	if (lists.locale === 'zh') {
		const second = '357896'[weightedIndex(random, MOBILE_SECOND_DIGIT)];
		return `1${second}${String(random.int(0, 999_999_999)).padStart(9, '0')}`;
	}
	// The 07700 900xxx block is reserved by Ofcom for fiction; this stays in its style.
	return `+44 7700 9${String(random.int(0, 99_999)).padStart(5, '0')}`;
}

function ascii(text: string): string {
	return text.toLowerCase().replace(/[^a-z]/g, '');
}

function emailAddress(random: Random, lists: LocaleLists, name: string, business: boolean): string {
	const domain = random.pick(lists.emailDomains);
	if (business) {
		const box = random.pick(['sales', 'info', 'orders', 'accounts', 'office']);
		return lists.locale === 'zh'
			? `${box}${random.int(1, 99)}@${domain}`
			: `${box}@${ascii(name.split(' ')[0])}.${domain}`;
	}
	if (lists.locale === 'zh') return `${random.int(10_000, 3_999_999_999)}@${domain}`;
	const [first, ...rest] = name.split(' ');
	const tail = random.chance(0.4) ? String(random.int(1, 99)) : '';
	return `${ascii(first)}.${ascii(rest.join(''))}${tail}@${domain}`;
}

interface PlaceWeights {
	regions: number[];
	/** Per region, city weights: bigger (earlier) cities get more customers. */
	cities: number[][];
	/** Per region, the owners who cover it. */
	owners: string[][];
}

const PLACE_WEIGHTS = new WeakMap<LocaleLists, PlaceWeights>();

function placeWeights(lists: LocaleLists): PlaceWeights {
	let weights = PLACE_WEIGHTS.get(lists);
	if (!weights) {
		weights = {
			regions: lists.regions.map((region) => region.weight),
			cities: lists.regions.map((region) => region.cities.map((_, i) => 1 / (i + 1) ** 0.8)),
			owners: lists.regions.map((_, r) =>
				lists.owners.filter((owner) => owner.regions.includes(r)).map((owner) => owner.name)
			)
		};
		PLACE_WEIGHTS.set(lists, weights);
	}
	return weights;
}

function ownerFor(random: Random, lists: LocaleLists, region: number): string {
	const local = placeWeights(lists).owners[region];
	return random.chance(0.85) && local.length > 0
		? random.pick(local)
		: random.pick(lists.owners).name;
}

/** A customer record; `referenceYear` is the year ages are counted to. */
export function makeCustomer(
	random: Random,
	lists: LocaleLists,
	seed: CustomerSeed,
	referenceYear: number
): Customer {
	const places = placeWeights(lists);
	const regionIndex = weightedIndex(random, places.regions);
	const region = lists.regions[regionIndex];
	const city = region.cities[weightedIndex(random, places.cities[regionIndex])];
	const female = random.chance(0.55);
	const name = seed.business
		? companyName(random, lists, seed.industry, city)
		: personName(random, lists, female);
	const customer: Customer = { id: seed.id, name, phone: phoneNumber(random, lists) };
	const emailShare = seed.business ? 0.8 : lists.locale === 'zh' ? 0.35 : 0.65;
	if (random.chance(emailShare)) customer.email = emailAddress(random, lists, name, seed.business);
	customer.region = region.name;
	customer.city = city;
	if (seed.industry >= 0) customer.industry = lists.industries[seed.industry].name;
	customer.channel = lists.channels[seed.channel];
	if (!seed.business) {
		if (random.chance(0.97)) customer.gender = lists.genders[female ? 1 : 0];
		const meanAge =
			seed.channel === CHANNEL.online ? 32 : seed.channel === CHANNEL.offline ? 43 : 45;
		const age = Math.round(Math.min(80, Math.max(18, random.normal(meanAge, 11))));
		const known = random.next();
		// Some records have a birth year, some only the band a survey asked for, a few neither.
		if (known < 0.83) customer.birthYear = referenceYear - age;
		if (known < 0.95) customer.ageBand = ageBandOf(age);
		if (seed.incomeBand >= 0 && random.chance(0.65)) {
			customer.incomeBand = lists.incomeBands[seed.incomeBand];
		}
	}
	const ownerShare = seed.business
		? 0.95
		: seed.channel === CHANNEL.offline
			? 0.6
			: seed.channel === CHANNEL.agent
				? 0.8
				: 0.15;
	if (random.chance(ownerShare)) customer.owner = ownerFor(random, lists, regionIndex);
	customer.createdDay = seed.createdDay;
	return customer;
}

type CreditFields = Pick<
	Customer,
	'creditLimit' | 'balanceOwed' | 'overdueDays' | 'overdueCount' | 'riskGrade'
>;

/**
 * Credit position of a business account at `asOf`, from its purchases; undefined for accounts
 * that never bought or pay up front.
 */
export function creditFields(
	random: Random,
	lists: LocaleLists,
	stats: SubjectStats,
	asOf: DayNumber
): CreditFields | undefined {
	if (stats.okCount === 0 || random.chance(0.15)) return undefined;
	// Limits are round sums: 5,000 yuan or 500 pounds steps.
	const step = lists.locale === 'zh' ? 5000 : 500;
	const years = Math.max(0.25, (stats.lastDay - stats.firstDay + 30) / 365);
	const annual = stats.okAmount / years;
	const creditLimit =
		Math.min(100, Math.max(1, Math.round((annual * (0.15 + 0.2 * random.next())) / step))) * step;
	const recency = asOf - stats.lastDay;
	const cents = (value: number) => Math.round(value * 100) / 100;
	let balanceOwed = 0;
	let overdueDays = 0;
	let overdueCount = 0;
	if (recency <= 90) {
		if (random.chance(0.8))
			balanceOwed = cents(Math.max(0, stats.recentAmount) * (0.2 + 0.7 * random.next()));
		if (balanceOwed > 0 && random.chance(0.18)) overdueDays = random.int(1, 45);
		if (random.chance(0.4)) overdueCount = random.int(1, 4);
	} else if (recency <= 365) {
		if (random.chance(0.45)) balanceOwed = cents(creditLimit * (0.1 + 0.5 * random.next()));
		if (balanceOwed > 0 && random.chance(0.6)) overdueDays = Math.min(recency, random.int(30, 200));
		if (random.chance(0.8)) overdueCount = random.int(1, 6);
	} else {
		// Lost accounts sometimes leave a debt behind.
		if (random.chance(0.35)) balanceOwed = cents(creditLimit * (0.2 + 0.8 * random.next()));
		if (balanceOwed > 0 && random.chance(0.8))
			overdueDays = Math.min(recency, random.int(120, 500));
		overdueCount = random.int(2, 8);
	}
	if (overdueDays > 0) overdueCount = Math.max(1, overdueCount);
	const strain = balanceOwed > 0.9 * creditLimit ? 1.5 : 0;
	const score = overdueDays / 30 + 0.5 * overdueCount + strain + random.normal(0, 0.4);
	const riskGrade = score < 1.2 ? 'A' : score < 3 ? 'B' : 'C';
	return { creditLimit, balanceOwed, overdueDays, overdueCount, riskGrade };
}
