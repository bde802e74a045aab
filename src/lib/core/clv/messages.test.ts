import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/translate';
import { CLV_MESSAGES } from './messages';

describe('CLV messages', () => {
	it('have the same codes, all non-empty, in Chinese and English', () => {
		expect(Object.keys(CLV_MESSAGES.zh).sort()).toEqual(Object.keys(CLV_MESSAGES.en).sort());
		for (const table of Object.values(CLV_MESSAGES)) {
			for (const text of Object.values(table)) expect(text.length).toBeGreaterThan(0);
		}
	});

	it('use the same placeholders in both languages', () => {
		const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
		for (const code of Object.keys(CLV_MESSAGES.en) as (keyof typeof CLV_MESSAGES.en)[]) {
			expect(placeholders(CLV_MESSAGES.zh[code])).toEqual(placeholders(CLV_MESSAGES.en[code]));
		}
	});

	it('put the time unit into words', () => {
		const params = { expected: 0.5, average: 1.2, horizon: 1, unit: 'day' };
		expect(translate('en', 'clv.intention.purchasesBelow', params)).toBe(
			'Expected 0.5 purchases in the next 1 day, below the average of 1.2.'
		);
		expect(translate('zh', 'clv.intention.purchasesBelow', { ...params, horizon: 30 })).toBe(
			'未来 30 天内预计购买 0.5 次，低于平均的 1.2 次。'
		);
		expect(translate('en', 'clv.fit.at-bound')).toContain('limit');
	});
});
