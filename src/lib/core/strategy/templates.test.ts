import { describe, expect, it } from 'vitest';
import {
	itemText,
	seedItems,
	STRATEGY_TEMPLATES,
	TEMPLATE_IDS,
	templateActionOf
} from './templates';

describe('strategy templates', () => {
	it('has every template of the brief in both languages', () => {
		expect(Object.keys(STRATEGY_TEMPLATES).sort()).toEqual([...TEMPLATE_IDS].sort());
		for (const template of Object.values(STRATEGY_TEMPLATES)) {
			expect(template.actions.length, template.id).toBeGreaterThanOrEqual(3);
			for (const action of template.actions) {
				expect(action.en.trim()).not.toBe('');
				expect(action.zh).toMatch(/[\u4e00-\u9fff]/);
			}
		}
	});

	it('seeds open items that remember their template action', () => {
		const items = seedItems('new', 'zh');
		expect(items.map((item) => item.text)).toEqual([
			'发送欢迎系列消息',
			'提供第二次购买的激励',
			'了解客户偏好'
		]);
		expect(items.every((item) => !item.done)).toBe(true);
		expect(templateActionOf(items[1])?.en).toBe('Give an incentive for the second purchase');
		expect(templateActionOf({ id: 'user-1' })).toBeUndefined();
	});

	it('shows an untouched seeded item in the interface language, an edited one as written', () => {
		const [first] = seedItems('churned', 'zh');
		expect(itemText(first, 'en')).toBe('Try a low-cost reactivation');
		expect(itemText({ ...first, text: '打电话给老板' }, 'en')).toBe('打电话给老板');
		expect(itemText({ id: 'x', text: 'Own words' }, 'zh')).toBe('Own words');
	});
});
