import { describe, expect, it } from 'vitest';
import { campaignResult } from '../campaigns/result';
import { splitMembers } from '../campaigns/split';
import type { Campaign } from '../campaigns/model';
import { ORDER_STATUS } from '../model';
import { concatOrders } from '../order-columns';
import { generateDemo, generateNextPeriod, generateNextPeriodWithCampaigns } from './index';

const base = generateDemo({ seed: 11, customers: 800 });
const lastDay = Math.max(...base.orders.day);
const ids = base.customers.map((customer) => customer.id);
const split = splitMembers(
	ids.map((id) => ({ id, stratum: '' })),
	0.5,
	3
);
const window = { startDay: lastDay + 1, windowDays: 60 };
const plain = generateNextPeriod(base, { seed: 1 });

/** Order rows as comparable text, without the order numbers (renumbered when rows are added). */
function rowTexts(orders: typeof plain.orders): string[] {
	return Array.from(orders.day, (day, r) =>
		[orders.customerIds[orders.customer[r]], day, orders.amount[r], orders.status[r]].join('|')
	).sort();
}

describe('a campaign simulated in the next period', () => {
	it('changes nothing without campaigns', () => {
		const { history, effects } = generateNextPeriodWithCampaigns(base, { seed: 1 }, []);
		expect(history).toStrictEqual(plain);
		expect(effects.size).toBe(0);
	});

	const uplift = 0.3;
	const { history, effects } = generateNextPeriodWithCampaigns(base, { seed: 1 }, [
		{ id: 'k', treated: split.treated, uplift, ...window }
	]);
	const effect = effects.get('k')!;

	it('only adds one purchase in the window for treated members who had none', () => {
		expect(history.customers).toStrictEqual(plain.customers);
		expect(history.interactions).toStrictEqual(plain.interactions);
		const before = rowTexts(plain.orders);
		const after = rowTexts(history.orders);
		const remaining = new Map<string, number>();
		for (const text of before) remaining.set(text, (remaining.get(text) ?? 0) + 1);
		const added = after.filter((text) => {
			const left = remaining.get(text) ?? 0;
			if (left === 0) return true;
			remaining.set(text, left - 1);
			return false;
		});
		expect(added).toHaveLength(effect.addedBuyers);
		const treated = new Set(split.treated);
		const windowLast = window.startDay + window.windowDays - 1;
		const plainBuyers = new Set(
			Array.from(plain.orders.day, (day, r) =>
				day <= windowLast && plain.orders.status[r] === ORDER_STATUS.ok
					? plain.orders.customerIds[plain.orders.customer[r]]
					: ''
			)
		);
		const addedIds = added.map((text) => text.split('|')[0]);
		expect(new Set(addedIds).size).toBe(addedIds.length);
		for (const text of added) {
			const [id, day, , status] = text.split('|');
			expect(treated.has(id)).toBe(true);
			expect(plainBuyers.has(id)).toBe(false);
			expect(Number(day)).toBeGreaterThanOrEqual(window.startDay);
			expect(Number(day)).toBeLessThanOrEqual(windowLast);
			expect(Number(status)).toBe(ORDER_STATUS.ok);
		}
		// Added buyers ~ Binomial(treated non-buyers, 0.3): within 4 standard deviations.
		const candidates = split.treated.filter((id) => !plainBuyers.has(id)).length;
		const sd = Math.sqrt(candidates * uplift * (1 - uplift));
		expect(Math.abs(effect.addedBuyers - candidates * uplift)).toBeLessThan(4 * sd);
		expect(effect.effect).toBeCloseTo(effect.addedBuyers / split.treated.length, 12);
	});

	it('is what the measured lift estimates: its 95 % interval holds the effect in about 95 % of splits', () => {
		// Over 20 random splits the interval should miss the simulated effect about once;
		// 16 or fewer hits of 20 has a chance of about 1.6 % at 95 % coverage.
		let hits = 0;
		for (let seed = 100; seed < 120; seed++) {
			const groups = splitMembers(
				ids.map((id) => ({ id, stratum: '' })),
				0.5,
				seed
			);
			const simulated = generateNextPeriodWithCampaigns(base, { seed: 1 }, [
				{ id: 'k', treated: groups.treated, uplift, ...window }
			]);
			const campaign = { id: 'k', ...groups, ...window } as Campaign;
			const orders = concatOrders([base.orders, simulated.history.orders]);
			const last = Math.max(...simulated.history.orders.day);
			const { share } = campaignResult(campaign, orders, last);
			const { effect: truth } = simulated.effects.get('k')!;
			if (share.low <= truth && truth <= share.high) hits++;
		}
		expect(hits).toBeGreaterThanOrEqual(17);
	}, 60_000);
});
