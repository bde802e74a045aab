import { describe, expect, it } from 'vitest';
import type { Interaction } from '../model';
import {
	intentionScore,
	intentionScoreValue,
	summarizeInteractions,
	type IntentionInput
} from './intention';
import { translate } from '../../i18n/translate';

const base: IntentionInput = {
	probabilityAlive: 0.8,
	expectedPurchases: 2,
	averageExpectedPurchases: 1,
	frequency: 3,
	horizon: 52,
	unit: 'week'
};

describe('intentionScore', () => {
	it('follows the documented formula', () => {
		// 50 + 50·(0.8 − 0.5) + 50·(2/3 − 0.5) = 50 + 15 + 8.33 = 73.3
		expect(intentionScore(base).score).toBe(73);
		const average = { ...base, probabilityAlive: 0.5, expectedPurchases: 1 };
		expect(intentionScore(average).score).toBe(50);
	});

	it('rises with P(alive) and with expected purchases', () => {
		let previous = -1;
		for (const probabilityAlive of [0, 0.2, 0.5, 0.8, 1]) {
			const score = intentionScoreValue({ ...base, probabilityAlive });
			expect(score).toBeGreaterThan(previous);
			previous = score;
		}
		previous = -1;
		for (const expectedPurchases of [0, 0.5, 1, 3, 10]) {
			const score = intentionScoreValue({ ...base, expectedPurchases });
			expect(score).toBeGreaterThan(previous);
			previous = score;
		}
	});

	it('stays within 0–100 at the extremes', () => {
		const best = { ...base, probabilityAlive: 1, expectedPurchases: 1e9 };
		const worst = { ...base, probabilityAlive: 0, expectedPurchases: 0 };
		expect(intentionScoreValue({ ...best, interactions: { satisfaction: 5, complaints: 0 } })).toBe(
			100
		);
		expect(
			intentionScoreValue({ ...worst, interactions: { satisfaction: 1, complaints: 9 } })
		).toBe(0);
	});

	it('explains what raised and what lowered the score, largest first', () => {
		const explained = intentionScore({
			...base,
			probabilityAlive: 0.3,
			interactions: { satisfaction: 4.5, complaints: 2 }
		});
		const byFactor = Object.fromEntries(explained.factors.map((f) => [f.factor, f]));
		expect(byFactor.activity.contribution).toBeCloseTo(-10, 10);
		expect(byFactor.activity.code).toBe('intention.inactive');
		expect(byFactor.activity.params).toEqual({ percent: 30 });
		expect(byFactor.purchases.contribution).toBeCloseTo(50 * (2 / 3 - 0.5), 10);
		expect(byFactor.purchases.code).toBe('intention.purchasesAbove');
		expect(byFactor.satisfaction.contribution).toBeCloseTo(7.5, 10);
		expect(byFactor.complaints).toMatchObject({ contribution: -10, code: 'intention.complaints' });
		const sizes = explained.factors.map((f) => Math.abs(f.contribution));
		expect(sizes).toEqual([...sizes].sort((u, v) => v - u));
		const total = explained.factors.reduce((sum, f) => sum + f.contribution, 50);
		expect(explained.score).toBe(Math.round(total));
		expect(translate('en', `clv.${byFactor.purchases.code}`, byFactor.purchases.params)).toBe(
			'Expected 2 purchases in the next 52 weeks, above the average of 1.'
		);
		expect(translate('zh', `clv.${byFactor.activity.code}`, byFactor.activity.params)).toBe(
			'很可能已不再购买（活跃概率 30%）。'
		);
	});

	it('says that a customer without repeat purchases is active by construction', () => {
		const newcomer = intentionScore({ ...base, frequency: 0, probabilityAlive: 1 });
		const activity = newcomer.factors.find((f) => f.factor === 'activity');
		expect(activity?.code).toBe('intention.noRepeat');
		expect(activity?.contribution).toBe(25);
	});

	it('leaves out interaction factors that were not recorded', () => {
		const factors = intentionScore(base).factors.map((f) => f.factor);
		expect(factors.sort()).toEqual(['activity', 'purchases']);
	});
});

describe('summarizeInteractions', () => {
	const interaction = (
		customerId: string,
		day: number,
		kind: Interaction['kind'],
		satisfaction?: number
	): Interaction => ({ id: `${customerId}-${day}`, customerId, day, kind, note: '', satisfaction });

	it('averages satisfaction and counts complaints inside the window', () => {
		const recent = summarizeInteractions(
			[
				interaction('A', 100, 'survey', 4),
				interaction('A', 95, 'complaint', 2),
				interaction('A', 5, 'complaint', 1),
				interaction('A', 101, 'visit'),
				interaction('B', 60, 'call')
			],
			100,
			30
		);
		expect(recent.get('A')).toEqual({ satisfaction: 3, complaints: 1 });
		expect(recent.has('B')).toBe(false);
	});
});

describe('intention score without a usable model', () => {
	it('leaves out P(alive) and expected purchases and keeps the interactions', () => {
		const degenerate = { ...base, probabilityAlive: 1, expectedPurchases: 9, modelUsable: false };
		expect(intentionScoreValue(degenerate)).toBe(50);
		const unhappy = {
			...degenerate,
			interactions: { satisfaction: 2, complaints: 2 }
		};
		// 50 + 5·(2 − 3) − 5·2 = 35
		expect(intentionScoreValue(unhappy)).toBe(35);
		const explained = intentionScore(unhappy);
		expect(explained.score).toBe(35);
		const model = explained.factors.filter(
			(f) => f.factor === 'activity' || f.factor === 'purchases'
		);
		expect(model.map((f) => [f.code, f.contribution])).toEqual([
			['intention.modelUnavailable', 0],
			['intention.modelUnavailable', 0]
		]);
		expect(translate('en', 'clv.intention.modelUnavailable')).toContain('cannot');
		// The same customer with a usable model scores on the model's figures.
		expect(intentionScoreValue({ ...unhappy, modelUsable: true })).toBeGreaterThan(35);
	});
});
