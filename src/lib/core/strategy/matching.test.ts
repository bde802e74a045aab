import { describe, expect, it } from 'vitest';
import { LIFECYCLE_CLASSES } from '../segments/lifecycle';
import { PROSPECT_CLASS, type SegmentClass } from '../segments/classes';
import { RFM_CELL_CLASSES } from '../segments/rfm-cells';
import { RFM_EIGHT_CLASSES } from '../segments/rfm-eight';
import { RFM_NAMED_CLASSES } from '../segments/rfm-named';
import { VALUE_TIER_CLASSES } from '../segments/value-tiers';
import { byKeywords, templateFor } from './matching';

const named = (list: readonly SegmentClass[], schemeId: string) =>
	Object.fromEntries(
		list.map((segmentClass) => [segmentClass.id, templateFor(schemeId, segmentClass)])
	);

describe('templateFor', () => {
	it('maps the RFM named map as the brief says', () => {
		expect(named(RFM_NAMED_CLASSES, 'rfm-named')).toEqual({
			champions: 'top-value',
			loyal: 'loyal',
			'potential-loyalist': 'middle-value',
			promising: 'middle-value',
			'need-attention': 'middle-value',
			new: 'new',
			'about-to-sleep': 'at-risk',
			'at-risk': 'at-risk',
			'cant-lose': 'at-risk',
			hibernating: 'churned',
			prospect: 'prospects'
		});
		expect(templateFor('rfm-named', PROSPECT_CLASS)).toBe('prospects');
	});

	it('maps value tiers: 大客户 top, 重要 middle, 普通 and 小 low', () => {
		expect(named(VALUE_TIER_CLASSES, 'value-tier')).toEqual({
			key: 'top-value',
			major: 'middle-value',
			ordinary: 'low-value',
			small: 'low-value'
		});
	});

	it('gives every eight-class and lifecycle class a template', () => {
		for (const segmentClass of RFM_EIGHT_CLASSES)
			expect(templateFor('rfm-eight', segmentClass), segmentClass.id).not.toBeNull();
		expect(templateFor('rfm-eight', RFM_EIGHT_CLASSES[0])).toBe('top-value');
		expect(named(LIFECYCLE_CLASSES, 'lifecycle')).toEqual({
			prospect: 'prospects',
			churned: 'churned',
			lapsing: 'at-risk',
			new: 'new',
			loyal: 'loyal',
			active: 'middle-value'
		});
	});

	it('gives high credit risk its list and low risk none', () => {
		expect(templateFor('credit-risk', { id: 'high', en: 'High risk', zh: '高风险' })).toBe(
			'high-credit-risk'
		);
		expect(templateFor('credit-risk', { id: 'low', en: 'Low risk', zh: '低风险' })).toBeNull();
		expect(templateFor('loyalty', { id: 'high', en: 'High loyalty', zh: '高忠诚度' })).toBe(
			'loyal'
		);
	});

	it('reads RFM score cells by R, F and M', () => {
		const cell = (id: string) => RFM_CELL_CLASSES.find((c) => c.id === id)!;
		expect(templateFor('rfm-score', cell('555'))).toBe('top-value');
		expect(templateFor('rfm-score', cell('541'))).toBe('loyal');
		expect(templateFor('rfm-score', cell('513'))).toBe('new');
		expect(templateFor('rfm-score', cell('115'))).toBe('at-risk');
		expect(templateFor('rfm-score', cell('111'))).toBe('churned');
		expect(templateFor('rfm-score', cell('333'))).toBe('middle-value');
	});

	it('gives attributes no template and names cluster segments by their profile', () => {
		expect(templateFor('attribute:region', { id: 'east', en: 'East', zh: '华东' })).toBeNull();
		const cluster = (en: string, zh: string) => templateFor('cluster:k4', { id: 'c1', en, zh });
		expect(cluster('frequent big spenders', '高频高额')).toBe('top-value');
		expect(cluster('recent first-timers', '近期新客')).toBe('new');
		expect(cluster('dormant low spenders', '沉睡低值')).toBe('churned');
		expect(cluster('dormant big spenders', '沉睡高额')).toBe('at-risk');
		expect(cluster('long-standing customers', '老客户')).toBe('loyal');
		expect(cluster('occasional buyers', '低频客户')).toBe('low-value');
		expect(cluster('average customers', '一般客户')).toBe('middle-value');
	});

	it('matches custom rule classes by keywords, leaving unknown names without a template', () => {
		expect(templateFor('custom:rules1', { id: 'vip', en: 'VIP', zh: '贵宾' })).toBe('top-value');
		expect(templateFor('custom:rules1', { id: 'others', en: 'Others', zh: '其他' })).toBeNull();
		expect(byKeywords({ id: 'x', en: 'Overdue accounts', zh: '逾期账户' })).toBe(
			'high-credit-risk'
		);
	});
});
