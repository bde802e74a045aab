import { describe, it, expect } from 'vitest';
import { serialize } from 'node:v8';
import { dayFromParts, weekdayOfDay } from '../days';
import { ORDER_STATUS, type Customer, type OrderColumns, type StoreSnapshot } from '../model';
import { concatOrders } from '../order-columns';
import { validateSnapshot } from '../snapshot-validation';
import { generateDemo, generateNextPeriod, DEFAULT_END_DAY } from './index';
import { AGE_BANDS, listsFor } from './names';

const END = DEFAULT_END_DAY;
const FIRST = dayFromParts(2024, 7, 1);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

interface Summary {
	count: number;
	firstDay: number;
	lastDay: number;
}

/** Ok orders per customer id: count, first and last day. */
function summarise(orders: OrderColumns): Map<string, Summary> {
	const byId = new Map<string, Summary>();
	for (let i = 0; i < orders.day.length; i++) {
		if (orders.status[i] !== ORDER_STATUS.ok) continue;
		const id = orders.customerIds[orders.customer[i]];
		const day = orders.day[i];
		const entry = byId.get(id);
		if (!entry) byId.set(id, { count: 1, firstDay: day, lastDay: day });
		else {
			entry.count++;
			entry.firstDay = Math.min(entry.firstDay, day);
			entry.lastDay = Math.max(entry.lastDay, day);
		}
	}
	return byId;
}

function mean(values: readonly number[]): number {
	return values.reduce((sum, value) => sum + value, 0) / values.length;
}

const demo = generateDemo({ seed: 1 });
const summary = summarise(demo.orders);

describe('generateDemo', () => {
	it('is deterministic: the same options give byte-identical data', () => {
		const again = generateDemo({ seed: 1 });
		expect(again).toStrictEqual(demo);
		expect(serialize(again).equals(serialize(demo))).toBe(true);
	});

	it('gives different data for different seeds', () => {
		const other = generateDemo({ seed: 2 });
		expect(other.customers.map((c) => c.name)).not.toEqual(demo.customers.map((c) => c.name));
		expect(other.orders.amount).not.toEqual(demo.orders.amount);
		expect(other.interactions.map((i) => i.id)).not.toEqual(demo.interactions.map((i) => i.id));
	});

	it('is a valid store snapshot with empty settings and templates', () => {
		expect(validateSnapshot(demo)).toBeNull();
		expect(demo.settings).toEqual([]);
		expect(demo.importTemplates).toEqual([]);
	});

	it('has 2000 customers and a plausible number of orders', () => {
		expect(demo.customers).toHaveLength(2000);
		const n = demo.orders.day.length;
		expect(n).toBeGreaterThan(2000 * 4);
		expect(n).toBeLessThan(2000 * 20);
		for (const column of [
			demo.orders.customer,
			demo.orders.secondOfDay,
			demo.orders.amount,
			demo.orders.cost,
			demo.orders.quantity,
			demo.orders.status,
			demo.orders.orderId,
			demo.orders.product
		]) {
			expect(column).toHaveLength(n);
		}
	});

	it('gives unique, well-formed ids', () => {
		const customerIds = demo.customers.map((c) => c.id);
		expect(new Set(customerIds).size).toBe(customerIds.length);
		expect(customerIds[0]).toBe('C00001');
		expect(customerIds.at(-1)).toBe('C02000');
		for (const id of customerIds) expect(id).toMatch(/^C\d{5}$/);
		const orderIds = demo.orders.orderId;
		expect(new Set(orderIds).size).toBe(orderIds.length);
		expect(orderIds.every((id) => /^SO-20\d\d-\d{6}$/.test(id))).toBe(true);
		const interactionIds = demo.interactions.map((i) => i.id);
		expect(new Set(interactionIds).size).toBe(interactionIds.length);
		expect(interactionIds.every((id) => UUID.test(id))).toBe(true);
	});

	it('numbers customers in registration order', () => {
		const created = demo.customers.map((c) => c.createdDay ?? NaN);
		for (let i = 1; i < created.length; i++)
			expect(created[i]).toBeGreaterThanOrEqual(created[i - 1]);
	});

	it('refers only to existing customers, each listed once and used', () => {
		const known = new Set(demo.customers.map((c) => c.id));
		const { customerIds, customer } = demo.orders;
		expect(new Set(customerIds).size).toBe(customerIds.length);
		expect(customerIds.every((id) => known.has(id))).toBe(true);
		const used = new Set<number>();
		for (const index of customer) used.add(index);
		expect(used.size).toBe(customerIds.length);
		expect(Math.max(...used)).toBeLessThan(customerIds.length);
		expect(demo.interactions.every((i) => known.has(i.customerId))).toBe(true);
	});

	it('sorts orders by day, then customer', () => {
		const { day, customer, customerIds } = demo.orders;
		let unsorted = 0;
		for (let i = 1; i < day.length; i++) {
			if (day[i] < day[i - 1]) unsorted++;
			else if (day[i] === day[i - 1] && customerIds[customer[i]] < customerIds[customer[i - 1]]) {
				unsorted++;
			}
		}
		expect(unsorted).toBe(0);
	});

	it('keeps dates inside the history and registrations before first orders', () => {
		const { day } = demo.orders;
		expect(Math.min(...day)).toBeGreaterThanOrEqual(FIRST);
		expect(Math.max(...day)).toBeLessThanOrEqual(END);
		const interactionDays = demo.interactions.map((i) => i.day);
		expect(Math.min(...interactionDays)).toBeGreaterThanOrEqual(FIRST);
		expect(Math.max(...interactionDays)).toBeLessThanOrEqual(END);
		const late = demo.customers.filter(
			(c) => !((c.createdDay ?? NaN) <= (summary.get(c.id)?.firstDay ?? END))
		);
		expect(late).toEqual([]);
	});

	it('has shop-hour times, costs with 20–45% margin and some unknowns', () => {
		const { secondOfDay, amount, cost, quantity, status, product } = demo.orders;
		const n = amount.length;
		let timed = 0;
		let shopHours = 0;
		let unknownCost = 0;
		let unknownQuantity = 0;
		let minMargin = 1;
		let maxMargin = 0;
		let minQuantity = Infinity;
		for (let i = 0; i < n; i++) {
			if (secondOfDay[i] >= 0) timed++;
			if (secondOfDay[i] >= 8 * 3600 && secondOfDay[i] < 22 * 3600) shopHours++;
			if (Number.isNaN(cost[i])) unknownCost++;
			else if (status[i] !== ORDER_STATUS.returned) {
				const margin = 1 - cost[i] / amount[i];
				minMargin = Math.min(minMargin, margin);
				maxMargin = Math.max(maxMargin, margin);
			}
			if (Number.isNaN(quantity[i])) unknownQuantity++;
			else minQuantity = Math.min(minQuantity, Math.abs(quantity[i]));
		}
		expect(Math.min(...secondOfDay)).toBe(-1);
		expect(Math.max(...secondOfDay)).toBeLessThan(86_400);
		// Costs are rounded to cents, so margins can stray a hair outside 20–45%.
		expect(minMargin).toBeGreaterThan(0.19);
		expect(maxMargin).toBeLessThan(0.46);
		expect(minQuantity).toBeGreaterThanOrEqual(1);
		expect(timed / n).toBeGreaterThan(0.7);
		expect(shopHours / timed).toBeGreaterThan(0.8);
		expect(unknownCost).toBeGreaterThan(0);
		expect(unknownCost / n).toBeLessThan(0.4);
		expect(unknownQuantity).toBeGreaterThan(0);
		expect(unknownQuantity / n).toBeLessThan(0.2);
		const categories = new Set(product);
		expect(categories.size).toBeGreaterThanOrEqual(8);
	});

	it('has a few returns (negative) and cancellations', () => {
		const { status, amount } = demo.orders;
		let returned = 0;
		let cancelled = 0;
		for (let i = 0; i < status.length; i++) {
			if (status[i] === ORDER_STATUS.returned) {
				returned++;
				expect(amount[i]).toBeLessThan(0);
			} else {
				expect(amount[i]).toBeGreaterThan(0);
				if (status[i] === ORDER_STATUS.cancelled) cancelled++;
			}
		}
		expect(returned / status.length).toBeGreaterThan(0.005);
		expect(returned / status.length).toBeLessThan(0.05);
		expect(cancelled / status.length).toBeGreaterThan(0.005);
		expect(cancelled / status.length).toBeLessThan(0.05);
	});

	it('shows every lifecycle class in effect', () => {
		const entries = demo.customers.map((c) => summary.get(c.id));
		const prospects = entries.filter((e) => e === undefined).length;
		const bought = entries.filter((e): e is Summary => e !== undefined);
		const newOnes = bought.filter((e) => END - e.firstDay < 90 && END - e.lastDay < 90);
		const lapsing = bought.filter((e) => END - e.lastDay >= 120 && END - e.lastDay <= 300);
		const lost = bought.filter((e) => END - e.lastDay > 365);
		const loyal = bought.filter((e) => e.count >= 5 && e.lastDay - e.firstDay >= 365);
		const oneTime = bought.filter((e) => e.count === 1);
		const frequent = bought.filter((e) => e.count >= 20 && END - e.lastDay < 60);
		expect(prospects / 2000).toBeGreaterThan(0.015);
		expect(prospects / 2000).toBeLessThan(0.05);
		expect(newOnes.length).toBeGreaterThan(100);
		expect(lapsing.length).toBeGreaterThan(150);
		expect(lost.length).toBeGreaterThan(150);
		expect(loyal.length).toBeGreaterThan(200);
		expect(oneTime.length).toBeGreaterThan(150);
		expect(frequent.length).toBeGreaterThan(50);
	});

	it('concentrates revenue in a minority of customers', () => {
		const spend = new Map<string, number>();
		const { amount, status, customer, customerIds } = demo.orders;
		for (let i = 0; i < amount.length; i++) {
			if (status[i] === ORDER_STATUS.cancelled) continue;
			const id = customerIds[customer[i]];
			spend.set(id, (spend.get(id) ?? 0) + amount[i]);
		}
		const sorted = [...spend.values()].sort((a, b) => b - a);
		const total = sorted.reduce((sum, value) => sum + value, 0);
		const top = sorted.slice(0, Math.round(sorted.length * 0.2)).reduce((s, v) => s + v, 0);
		expect(top / total).toBeGreaterThan(0.6);
		expect(top / total).toBeLessThan(0.95);
	});

	it('has Chinese customer records with plausible fields', () => {
		const lists = listsFor('zh');
		const cities = new Map(lists.regions.map((r) => [r.name, new Set(r.cities)]));
		const endYear = 2026;
		for (const c of demo.customers) {
			expect(c.name).toMatch(/^[\u4e00-\u9fff]{2,}$/);
			expect(c.phone).toMatch(/^1[3-9]\d{9}$/);
			expect(cities.get(c.region ?? '')?.has(c.city ?? '')).toBe(true);
			expect(lists.channels).toContain(c.channel);
			if (c.gender !== undefined) expect(lists.genders).toContain(c.gender);
			if (c.ageBand !== undefined) expect(AGE_BANDS).toContain(c.ageBand);
			if (c.birthYear !== undefined) {
				const age = endYear - c.birthYear;
				expect(age).toBeGreaterThanOrEqual(18);
				expect(c.ageBand).toBe(
					age < 25 ? '18-24' : age < 35 ? '25-34' : age < 45 ? '35-44' : age < 55 ? '45-54' : '55+'
				);
			}
			if (c.incomeBand !== undefined) expect(lists.incomeBands).toContain(c.incomeBand);
			if (c.email !== undefined) expect(c.email).toMatch(/^[a-z0-9.]+@example\.(com|net|org)$/);
		}
		const share = (test: (c: Customer) => boolean) => demo.customers.filter(test).length / 2000;
		expect(share((c) => c.email !== undefined)).toBeGreaterThan(0.2);
		expect(share((c) => c.industry !== undefined)).toBeGreaterThan(0.1);
		expect(share((c) => c.gender !== undefined)).toBeGreaterThan(0.5);
		expect(share((c) => c.owner !== undefined)).toBeGreaterThan(0.3);
		expect(new Set(demo.customers.map((c) => c.region)).size).toBe(7);
		expect(new Set(demo.customers.map((c) => c.channel)).size).toBe(3);
		expect(new Set(demo.customers.map((c) => c.ageBand)).size).toBe(6); // five bands + unknown
	});

	it('gives credit fields to some business accounts, some of them overdue', () => {
		const credit = demo.customers.filter((c) => c.creditLimit !== undefined);
		expect(credit.length).toBeGreaterThan(100);
		expect(credit.length).toBeLessThan(1000);
		for (const c of credit) {
			expect(c.creditLimit).toBeGreaterThan(0);
			expect(c.balanceOwed).toBeGreaterThanOrEqual(0);
			expect(c.overdueDays).toBeGreaterThanOrEqual(0);
			expect(c.overdueCount).toBeGreaterThanOrEqual(c.overdueDays! > 0 ? 1 : 0);
			expect(c.industry).toBeDefined();
		}
		expect(credit.filter((c) => c.overdueDays! > 0).length).toBeGreaterThan(10);
		expect(new Set(credit.map((c) => c.riskGrade))).toEqual(new Set(['A', 'B', 'C']));
		const withoutCredit = demo.customers.filter((c) => c.creditLimit === undefined);
		expect(withoutCredit.every((c) => c.riskGrade === undefined)).toBe(true);
	});

	it('has interactions of every kind for a good share of customers', () => {
		const { interactions } = demo;
		expect(new Set(interactions.map((i) => i.kind)).size).toBe(6);
		expect(new Set(interactions.map((i) => i.customerId)).size).toBeGreaterThan(2000 * 0.4);
		for (const interaction of interactions) {
			expect(interaction.note).toMatch(/[\u4e00-\u9fff]/);
			if (interaction.kind === 'feedback' || interaction.kind === 'survey') {
				expect(interaction.satisfaction).toBeGreaterThanOrEqual(1);
				expect(interaction.satisfaction).toBeLessThanOrEqual(5);
				expect(Number.isInteger(interaction.satisfaction)).toBe(true);
			} else {
				expect(interaction.satisfaction).toBeUndefined();
			}
		}
		for (let i = 1; i < interactions.length; i++) {
			expect(interactions[i].day).toBeGreaterThanOrEqual(interactions[i - 1].day);
		}
	});

	it('has lower satisfaction among lapsing and complaining customers', () => {
		const scores = new Map<string, number[]>();
		const complained = new Set<string>();
		for (const i of demo.interactions) {
			if (i.kind === 'complaint') complained.add(i.customerId);
			if (i.satisfaction === undefined) continue;
			scores.set(i.customerId, [...(scores.get(i.customerId) ?? []), i.satisfaction]);
		}
		const group = (test: (id: string, s: Summary) => boolean) =>
			mean(
				[...scores]
					.filter(([id]) => summary.has(id) && test(id, summary.get(id)!))
					.flatMap(([, values]) => values)
			);
		const active = group((id, s) => END - s.lastDay < 60 && s.count >= 5 && !complained.has(id));
		const lapsed = group((_, s) => END - s.lastDay > 120);
		const complainers = group((id) => complained.has(id));
		expect(active).toBeGreaterThan(lapsed + 0.5);
		expect(active).toBeGreaterThan(complainers + 0.3);
	});

	it('follows the season: Double 11 and pre-Spring-Festival peaks, weekends for shoppers', () => {
		const perDay = (from: number, to: number) => {
			let n = 0;
			for (const day of demo.orders.day) if (day >= from && day <= to) n++;
			return n / (to - from + 1);
		};
		const october = perDay(dayFromParts(2025, 10, 8), dayFromParts(2025, 10, 31));
		const double11 = perDay(dayFromParts(2025, 11, 1), dayFromParts(2025, 11, 11));
		const preFestival = perDay(dayFromParts(2026, 1, 22), dayFromParts(2026, 2, 12));
		const festival = perDay(dayFromParts(2026, 2, 15), dayFromParts(2026, 2, 23));
		expect(double11).toBeGreaterThan(october * 1.3);
		expect(preFestival).toBeGreaterThan(festival * 2);
	});

	it('honours the size, end day, history length and locale options', () => {
		const endDay = dayFromParts(2025, 12, 31);
		const small = generateDemo({ seed: 5, customers: 300, endDay, months: 12, locale: 'en' });
		expect(validateSnapshot(small)).toBeNull();
		expect(small.customers).toHaveLength(300);
		const { day } = small.orders;
		expect(day[0]).toBeGreaterThanOrEqual(dayFromParts(2025, 1, 1));
		expect(day[day.length - 1]).toBeLessThanOrEqual(endDay);
		const lists = listsFor('en');
		for (const c of small.customers) {
			expect(c.name).toMatch(/^[A-Za-z' &é-]+$/);
			expect(c.phone).toMatch(/^\+44 7700 9\d{5}$/);
			expect(lists.channels).toContain(c.channel);
		}
		expect(small.interactions.every((i) => /^[\x20-\x7e’£&é]+$/.test(i.note))).toBe(true);
		expect(new Set(small.orders.product)).toContain('Tea & coffee');
		const empty = generateDemo({ seed: 1, customers: 0 });
		expect(empty.customers).toEqual([]);
		expect(empty.orders.day).toHaveLength(0);
		expect(validateSnapshot(empty)).toBeNull();
		expect(() => generateDemo({ seed: 1, customers: -1 })).toThrow(RangeError);
		expect(() => generateDemo({ seed: 1, months: 0 })).toThrow(RangeError);
	});

	it('peaks before Christmas for the English shop, with consumers shopping at weekends', () => {
		const shop = generateDemo({ seed: 9, customers: 1500, locale: 'en' });
		const perDay = (from: number, to: number) => {
			let n = 0;
			for (const day of shop.orders.day) if (day >= from && day <= to) n++;
			return n / (to - from + 1);
		};
		const august = perDay(dayFromParts(2025, 8, 1), dayFromParts(2025, 8, 31));
		const advent = perDay(dayFromParts(2025, 12, 1), dayFromParts(2025, 12, 23));
		expect(advent).toBeGreaterThan(august * 1.5);
		const consumers = new Set(
			shop.customers.filter((c) => c.industry === undefined).map((c) => c.id)
		);
		const weekday = [0, 0, 0, 0, 0, 0, 0];
		const { day, customer, customerIds } = shop.orders;
		for (let i = 0; i < day.length; i++) {
			if (consumers.has(customerIds[customer[i]])) weekday[weekdayOfDay(day[i])]++;
		}
		expect(weekday[6]).toBeGreaterThan(weekday[2]);
	});
});

/** A base history with the next period's records appended. */
function merged(base: StoreSnapshot, next: ReturnType<typeof generateNextPeriod>): StoreSnapshot {
	return {
		...base,
		customers: [...base.customers, ...next.customers],
		orders: concatOrders([base.orders, next.orders]),
		interactions: [...base.interactions, ...next.interactions]
	};
}

describe('generateNextPeriod', () => {
	const base = generateDemo({ seed: 4 });
	const frozen = structuredClone(base);
	const baseSummary = summarise(base.orders);
	const baseLast = base.orders.day[base.orders.day.length - 1];
	const next = generateNextPeriod(base, { seed: 1 });

	it('does not modify the base', () => {
		expect(base).toStrictEqual(frozen);
	});

	it('is deterministic and seed-dependent', () => {
		expect(generateNextPeriod(base, { seed: 1 })).toStrictEqual(next);
		expect(generateNextPeriod(base, { seed: 2 }).orders.amount).not.toEqual(next.orders.amount);
	});

	it('returns only new records: new customers, and orders and interactions after the base', () => {
		const baseIds = new Set(base.customers.map((c) => c.id));
		expect(next.customers.length).toBe(Math.round(2000 * 0.08));
		expect(next.customers.every((c) => !baseIds.has(c.id))).toBe(true);
		expect(next.customers[0].id).toBe('C02001');
		const { day } = next.orders;
		expect(day.length).toBeGreaterThan(1000);
		expect(day[0]).toBeGreaterThan(baseLast);
		// Three months after 2026-06-30.
		expect(day[day.length - 1]).toBeLessThanOrEqual(dayFromParts(2026, 9, 30));
		expect(next.interactions.length).toBeGreaterThan(100);
		expect(next.interactions.every((i) => i.day > baseLast)).toBe(true);
		const baseOrderIds = new Set(base.orders.orderId);
		expect(next.orders.orderId.some((id) => baseOrderIds.has(id))).toBe(false);
		const baseInteractionIds = new Set(base.interactions.map((i) => i.id));
		expect(next.interactions.some((i) => baseInteractionIds.has(i.id))).toBe(false);
		for (const c of next.customers) {
			expect(c.createdDay).toBeGreaterThan(baseLast);
		}
	});

	it('forms a valid store together with the base', () => {
		expect(validateSnapshot(merged(base, next))).toBeNull();
	});

	it('continues the business: most buyers are existing, some stop, some lapsed ones return', () => {
		const nextSummary = summarise(next.orders);
		const newIds = new Set(next.customers.map((c) => c.id));
		let existing = 0;
		let returned = 0;
		for (const [id] of nextSummary) {
			if (newIds.has(id)) continue;
			existing++;
			const before = baseSummary.get(id);
			if (before && baseLast - before.lastDay > 180) returned++;
		}
		expect(existing).toBeGreaterThan(nextSummary.size * 0.6);
		expect(returned).toBeGreaterThan(0);
		const recentBuyers = [...baseSummary].filter(([, s]) => baseLast - s.lastDay < 30);
		const stopped = recentBuyers.filter(([id]) => !nextSummary.has(id));
		expect(stopped.length).toBeGreaterThan(0);
		expect(stopped.length).toBeLessThan(recentBuyers.length * 0.5);
		expect([...newIds].filter((id) => nextSummary.has(id)).length).toBeGreaterThan(
			newIds.size * 0.5
		);
	});

	it('chains: a further period after the merged store keeps ids apart', () => {
		const whole = merged(base, next);
		const later = generateNextPeriod(whole, { seed: 1, months: 2, newCustomers: 50 });
		expect(validateSnapshot(merged(whole, later))).toBeNull();
		expect(later.customers).toHaveLength(50);
		expect(later.customers[0].id).toBe(`C0${2001 + next.customers.length}`);
		expect(later.orders.day[0]).toBeGreaterThan(next.orders.day[next.orders.day.length - 1]);
	});

	it('follows the locale of the base', () => {
		const english = generateDemo({ seed: 6, customers: 200, locale: 'en' });
		const more = generateNextPeriod(english, { seed: 6, newCustomers: 20 });
		expect(more.customers.every((c) => /^[A-Za-z' &é-]+$/.test(c.name))).toBe(true);
		expect(more.customers.every((c) => ['online', 'offline', 'agent'].includes(c.channel!))).toBe(
			true
		);
	});
});
