import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { dayFromParts, partsFromDay } from '../days';
import type { StoreSnapshot } from '../model';
import { runAllSchemes, type SegmentationResult } from '../segments';
import { validateSnapshot } from '../snapshot-validation';
import { concatOrders } from '../order-columns';
import {
	BANK_FIELDS,
	B2B_FIELDS,
	DEMO_TRADES,
	RETAIL_FIELDS,
	TRAVEL_FIELDS,
	generateDemo,
	generateNextPeriod,
	type DemoLocale,
	type DemoTrade
} from './index';

/** Class sizes of a scheme, by class id. */
function sizes(result: SegmentationResult, schemeId: string): Record<string, number> {
	const scheme = result.schemes.find((s) => s.schemeId === schemeId);
	if (!scheme) throw new Error(`no scheme ${schemeId}`);
	const counts: Record<string, number> = {};
	for (const segmentClass of scheme.classes) counts[segmentClass.id] = 0;
	for (const index of scheme.classIndex) counts[scheme.classes[index].id]++;
	return counts;
}

function segmentAll(demo: StoreSnapshot, customFields: string[] = []): SegmentationResult {
	return runAllSchemes(
		{ orders: demo.orders, customers: demo.customers, interactions: demo.interactions },
		{
			attributes: [
				...['region', 'industry', 'channel', 'gender', 'age', 'riskGrade'].map((field) => ({
					field
				})),
				...customFields.map((field) => ({ field: `custom:${field}` }))
			]
		}
	);
}

describe('the default (mixed) trade', () => {
	it('keeps producing the same data as before trades existed', () => {
		const demo = generateDemo({ seed: 20_260_630, customers: 300 });
		const { day, amount, cost, orderId, product, customer, customerIds } = demo.orders;
		const hash = createHash('sha256');
		hash.update(JSON.stringify(demo.customers));
		hash.update(JSON.stringify(demo.interactions));
		hash.update(JSON.stringify([customerIds, orderId, product]));
		for (const column of [day, amount, cost, customer]) hash.update(new Uint8Array(column.buffer));
		// The digest of the generator's output before trades were added (commit 6ab87a0).
		expect(hash.digest('hex')).toBe(
			'68058e26cd9c7940a0ecee657dfb072aa6301ddba44231b18256b4574349db5b'
		);
		expect(generateDemo({ seed: 20_260_630, customers: 300, trade: 'mixed' })).toStrictEqual(demo);
	});
});

const CASES = DEMO_TRADES.filter((trade) => trade !== 'mixed').flatMap((trade) =>
	(['zh', 'en'] as const).map((locale): [DemoTrade, DemoLocale] => [trade, locale])
);

describe.each(CASES)('the %s demo in %s', (trade, locale) => {
	const options = { seed: 11, customers: 1500, trade, locale };
	const demo = generateDemo(options);
	const customFields = [...new Set(demo.customers.flatMap((c) => Object.keys(c.custom ?? {})))];
	const result = segmentAll(demo, customFields);

	it('is deterministic for a seed and differs between seeds', () => {
		expect(generateDemo(options)).toStrictEqual(demo);
		const other = generateDemo({ ...options, seed: 12 });
		expect(other.orders.amount).not.toEqual(demo.orders.amount);
	});

	it('is a valid store snapshot of the size asked for', () => {
		expect(validateSnapshot(demo)).toBeNull();
		expect(demo.customers).toHaveLength(1500);
	});

	it('puts every customer in exactly one class of every scheme', () => {
		for (const scheme of result.schemes) {
			const total = Object.values(sizes(result, scheme.schemeId)).reduce((a, b) => a + b, 0);
			expect(total, scheme.schemeId).toBe(1500);
			const summed = result.summaries[scheme.schemeId].reduce((a, s) => a + s.customers, 0);
			expect(summed, scheme.schemeId).toBe(1500);
		}
	});

	it('has buyers in every lifecycle stage and every value tier', () => {
		const lifecycle = sizes(result, 'lifecycle');
		for (const stage of ['prospect', 'churned', 'lapsing', 'new', 'loyal', 'active']) {
			expect(lifecycle[stage], stage).toBeGreaterThan(10);
		}
		const tiers = sizes(result, 'value-tier');
		for (const tier of ['key', 'major', 'ordinary', 'small'])
			expect(tiers[tier]).toBeGreaterThan(0);
	});

	it('continues into a next period with the same trade', () => {
		const next = generateNextPeriod(demo, { seed: 3, trade });
		expect(next.customers.length).toBe(120);
		const merged = {
			...demo,
			customers: [...demo.customers, ...next.customers],
			orders: concatOrders([demo.orders, next.orders]),
			interactions: [...demo.interactions, ...next.interactions]
		};
		expect(validateSnapshot(merged)).toBeNull();
		expect(Object.keys(next.customers[0].custom ?? {}).sort()).toEqual(
			Object.keys(demo.customers[0].custom ?? {}).sort()
		);
	});
});

describe('trade properties', () => {
	it('retail: consumers with age band, gender, city tier and channel; lapsing and churned buyers', () => {
		const demo = generateDemo({ seed: 3, customers: 2000, trade: 'retail' });
		const { cityTier, membership } = RETAIL_FIELDS.zh;
		expect(demo.customers.every((c) => c.industry === undefined)).toBe(true);
		expect(demo.customers.every((c) => c.creditLimit === undefined)).toBe(true);
		const share = (test: (c: (typeof demo.customers)[number]) => boolean) =>
			demo.customers.filter(test).length / demo.customers.length;
		expect(share((c) => c.ageBand !== undefined)).toBeGreaterThan(0.9);
		expect(share((c) => c.gender !== undefined)).toBeGreaterThan(0.9);
		expect(new Set(demo.customers.map((c) => c.channel))).toEqual(
			new Set(['线上商城', '门店', '社群团购'])
		);
		expect(new Set(demo.customers.map((c) => c.custom?.[cityTier]))).toEqual(
			new Set(['一线', '新一线', '二线', '三线及以下'])
		);
		expect(new Set(demo.customers.map((c) => c.custom?.[membership])).size).toBe(4);
		const lifecycle = sizes(segmentAll(demo), 'lifecycle');
		expect(lifecycle.lapsing).toBeGreaterThan(200);
		expect(lifecycle.churned).toBeGreaterThan(200);
	});

	it('b2b: accounts with industry, region and owner; overdue accounts in all three risk classes', () => {
		for (const locale of ['zh', 'en'] as const) {
			const demo = generateDemo({ seed: 3, customers: 1000, trade: 'b2b', locale });
			expect(demo.customers.every((c) => c.industry !== undefined && c.region !== undefined)).toBe(
				true
			);
			expect(demo.customers.filter((c) => c.owner).length).toBeGreaterThan(900);
			expect(demo.customers.filter((c) => (c.overdueDays ?? 0) > 0).length).toBeGreaterThan(50);
			const risk = sizes(segmentAll(demo), 'credit-risk');
			expect(risk.low).toBeGreaterThan(50);
			expect(risk.general).toBeGreaterThan(50);
			expect(risk.high).toBeGreaterThan(50);
			const terms = B2B_FIELDS[locale];
			expect(new Set(demo.customers.map((c) => c.custom?.[terms.terms]))).toEqual(
				new Set(terms.values)
			);
		}
	});

	it('bank: products held as custom fields, balances, risk grades and some overdue loans', () => {
		const demo = generateDemo({ seed: 3, customers: 1500, trade: 'bank' });
		const names = BANK_FIELDS.zh;
		const buyers = demo.customers.filter((c) => Number(c.custom?.[names.productCount]) > 0);
		expect(buyers.length).toBeGreaterThan(1200);
		for (const c of buyers.slice(0, 200)) {
			expect(Number(c.custom?.[names.assets])).toBeGreaterThan(0);
			for (const flag of names.flags)
				expect([names.yes, names.no]).toContain(c.custom?.[flag.column]);
		}
		expect(new Set(demo.customers.map((c) => c.riskGrade)).size).toBe(6); // five grades + none
		expect(new Set(demo.customers.map((c) => c.custom?.[names.kind])).size).toBe(4);
		expect(new Set(demo.customers.map((c) => c.custom?.[names.tier])).size).toBe(4);
		expect(new Set(demo.customers.map((c) => c.region))).toEqual(
			new Set(['西湖区', '拱墅区', '上城区', '滨江区', '余杭区', '萧山区'])
		);
		const risk = sizes(segmentAll(demo), 'credit-risk');
		for (const level of ['low', 'general', 'high']) expect(risk[level]).toBeGreaterThan(10);
		// Retirees are old.
		const retirees = demo.customers.filter((c) => c.custom?.[names.kind] === '退休客户');
		expect(
			retirees.filter((c) => c.birthYear !== undefined).every((c) => 2026 - c.birthYear! >= 60)
		).toBe(true);
	});

	it('travel: traveller types, and bookings follow the season', () => {
		const demo = generateDemo({ seed: 3, customers: 3000, trade: 'travel', locale: 'en' });
		const kinds = new Set(demo.customers.map((c) => c.custom?.[TRAVEL_FIELDS.en.kind]));
		expect(kinds).toEqual(
			new Set(['Family', 'Business traveller', 'Backpacker', 'Silver traveller'])
		);
		const perMonth = new Array(12).fill(0);
		for (const day of demo.orders.day) {
			if (day >= dayFromParts(2025, 7, 1)) perMonth[partsFromDay(day).month - 1]++;
		}
		// The January booking rush is far busier than the weeks before Christmas.
		expect(perMonth[0]).toBeGreaterThan(perMonth[11] * 2);
		const backpackers = demo.customers.filter(
			(c) => c.custom?.[TRAVEL_FIELDS.en.kind] === 'Backpacker' && c.birthYear !== undefined
		);
		expect(backpackers.every((c) => 2026 - c.birthYear! <= 34)).toBe(true);
	});
});
