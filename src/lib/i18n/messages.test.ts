import { describe, expect, it } from 'vitest';
import { en } from './messages/en';
import { zh } from './messages/zh';
import { localeFromLanguages, translate } from './translate';

describe('message tables', () => {
	it('have the same keys in Chinese and English', () => {
		expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
	});

	it('have no empty text', () => {
		for (const table of [zh, en]) {
			for (const [key, text] of Object.entries(table)) expect(text.trim(), key).not.toBe('');
		}
	});

	it('use the same placeholders in both languages', () => {
		const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const key of Object.keys(en) as (keyof typeof en)[]) {
			expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
		}
	});

	it('Chinese texts are written in Chinese (no English-only sentences left)', () => {
		// Texts with words in them (placeholders aside) must contain Chinese; a model's name
		// (BG/NBD, MBG/NBD, Pareto/NBD) is a proper name, the same in both languages.
		const properName = (key: string) => key === 'lang.switch' || key.startsWith('pred.model.');
		const latinOnly = Object.entries(zh).filter(([key, text]) => {
			const words = text.replace(/\{\w+\}/g, '');
			return /[A-Za-z]{2,}/.test(words) && !/[\u4e00-\u9fff]/.test(words) && !properName(key);
		});
		expect(latinOnly).toEqual([]);
	});
});

describe('translate', () => {
	it('fills placeholders', () => {
		expect(translate('en', 'customers.count', { count: '1,234' })).toBe('1,234 customers');
		expect(translate('zh', 'customers.count', { count: '1,234' })).toBe('共 1,234 位客户');
	});

	it('picks the interface language from the browser list', () => {
		expect(localeFromLanguages(['zh-CN', 'en'])).toBe('zh');
		expect(localeFromLanguages(['zh-TW'])).toBe('zh');
		expect(localeFromLanguages(['en-GB', 'zh-CN'])).toBe('en');
		expect(localeFromLanguages(['de-DE', 'zh-CN'])).toBe('zh');
		expect(localeFromLanguages(['fr-FR'])).toBe('en');
	});
});
