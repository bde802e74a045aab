import { describe, expect, it } from 'vitest';
import { conditionText, ruleText } from './rule-text';

describe('rules in words', () => {
	it('says recency and orders in business words, money in the currency, in both languages', () => {
		const conditions = [
			{ feature: 'orders', op: '>=', value: 6 },
			{ feature: 'recencyDays', op: '<=', value: 45 },
			{ feature: 'netValue', op: '>=', value: 3000 }
		] as const;
		expect(ruleText('en', [...conditions], 'CNY')).toBe(
			'orders ≥ 6 and last order ≤ 45 days ago and net value ≥ CN¥3,000'
		);
		expect(ruleText('zh', [...conditions], 'CNY')).toBe(
			'订单数 ≥ 6 且 距最近一次购买 ≤ 45 天 且 净消费额 ≥ ¥3,000'
		);
	});

	it('keeps cents that matter, acronyms, and a table column’s own name', () => {
		expect(conditionText('en', { feature: 'averageOrderValue', op: '<', value: 12.5 }, 'USD')).toBe(
			'average order value < $12.50'
		);
		expect(conditionText('en', { feature: 'rScore', op: '>=', value: 4 }, 'USD')).toBe(
			'R score ≥ 4'
		);
		expect(conditionText('zh', { feature: 'AnnualIncome', op: '<=', value: 39 }, 'CNY')).toBe(
			'AnnualIncome ≤ 39'
		);
		expect(conditionText('en', { feature: 'AnnualIncome', op: '>=', value: 70 }, 'USD')).toBe(
			'AnnualIncome ≥ 70'
		);
	});
});
