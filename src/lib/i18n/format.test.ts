import { describe, expect, it } from 'vitest';
import { dayFromParts } from '$lib/core/days';
import { defaultCurrency, formatDay, formatMoney, formatNumber } from './format';

describe('formatting through Intl', () => {
	it('formats numbers and money per locale', () => {
		expect(formatNumber('en', 1234567)).toBe('1,234,567');
		expect(formatMoney('en', 'USD', 1234.5)).toBe('$1,234.50');
		expect(formatMoney('zh', 'CNY', 1234.5)).toBe('¥1,234.50');
		expect(formatMoney('en', 'USD', NaN)).toBe('—');
		expect(formatNumber('zh', Infinity)).toBe('—');
	});

	it('formats a calendar day without shifting it by the time zone', () => {
		const day = dayFromParts(2024, 3, 5);
		expect(formatDay('zh', day)).toBe('2024年3月5日');
		expect(formatDay('en', day)).toBe('Mar 5, 2024');
	});

	it('defaults the currency to CNY in Chinese, else from the browser region', () => {
		expect(defaultCurrency('zh', 'en-US')).toBe('CNY');
		expect(defaultCurrency('en', 'en-GB')).toBe('GBP');
		expect(defaultCurrency('en', 'de-DE')).toBe('EUR');
		expect(defaultCurrency('en', 'en')).toBe('USD');
		expect(defaultCurrency('en', 'zh-CN')).toBe('CNY');
	});
});
