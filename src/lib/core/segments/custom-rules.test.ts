import { describe, expect, it } from 'vitest';
import type { Customer } from '../model';
import type { CustomRuleSet, SegmentRule } from './custom-rules';
import { customRulesScheme, ruleSetProblems } from './custom-rules';
import type { FieldSource } from './fields';
import { lifecycleScheme } from './lifecycle';
import { alignRecords } from './measures';
import { rfmScores } from './rfm-scores';
import { measuresOf, type Row } from './testing/build';

const rows: Row[] = [
	['A', 90, 500],
	['A', 95, 700],
	['B', 50, 80],
	['C', 99, 20]
];
const customers: Customer[] = [
	{ id: 'A', name: 'Alice', region: 'north', email: 'alice@SHOP.com' },
	{ id: 'B', name: 'Bob', region: 'south' },
	{ id: 'C', name: 'Cai', region: 'east' },
	{ id: 'D', name: 'Dan' }
];
const measures = measuresOf(rows, 100, customers);
const source: FieldSource = {
	measures,
	records: alignRecords(measures.customerIds, customers),
	scores: rfmScores(measures)
};

const set = (rules: SegmentRule[]): CustomRuleSet => ({
	id: 'test',
	rules,
	others: { en: 'Others', zh: '其他' }
});
const rule = (id: string, conditions: SegmentRule['conditions']): SegmentRule => ({
	id,
	en: id,
	zh: id,
	conditions
});
const classIds = (ruleSet: CustomRuleSet, from = source) => {
	const scheme = customRulesScheme(from, ruleSet);
	return Array.from(scheme.classIndex, (k) => scheme.classes[k].id);
};

describe('custom rules', () => {
	it('evaluates every operator; a missing value never matches', () => {
		const one = (condition: SegmentRule['conditions'][number]) =>
			classIds(set([rule('hit', [condition])]));
		// Customers A (2 orders, 1200), B (1, 80), C (1, 20), D (no orders, no region).
		expect(one({ field: 'netValue', op: '>', value: 80 })).toEqual([
			'hit',
			'others',
			'others',
			'others'
		]);
		expect(one({ field: 'netValue', op: '>=', value: 80 })).toEqual([
			'hit',
			'hit',
			'others',
			'others'
		]);
		expect(one({ field: 'orders', op: '<', value: 2 })).toEqual(['others', 'hit', 'hit', 'hit']);
		expect(one({ field: 'orders', op: '<=', value: 0 })).toEqual([
			'others',
			'others',
			'others',
			'hit'
		]);
		expect(one({ field: 'region', op: '=', value: 'south' })).toEqual([
			'others',
			'hit',
			'others',
			'others'
		]);
		expect(one({ field: 'region', op: '!=', value: 'south' })).toEqual([
			'hit',
			'others',
			'hit',
			'others'
		]);
		expect(one({ field: 'recencyDays', op: 'between', min: 1, max: 5 })).toEqual([
			'hit',
			'others',
			'hit',
			'others'
		]);
		expect(one({ field: 'region', op: 'in', values: ['east', 'north'] })).toEqual([
			'hit',
			'others',
			'hit',
			'others'
		]);
		expect(one({ field: 'email', op: 'contains', value: '@shop' })).toEqual([
			'hit',
			'others',
			'others',
			'others'
		]);
		expect(one({ field: 'orders', op: '=', value: '2' })).toEqual([
			'hit',
			'others',
			'others',
			'others'
		]);
		expect(one({ field: 'rScore', op: '>=', value: 1 })).toEqual(['hit', 'hit', 'hit', 'others']);
		expect(one({ field: 'id', op: 'in', values: ['D'] })).toEqual([
			'others',
			'others',
			'others',
			'hit'
		]);
	});

	it('ANDs the conditions of a rule and lets the first matching rule win', () => {
		const ruleSet = set([
			rule('big-north', [
				{ field: 'netValue', op: '>', value: 100 },
				{ field: 'region', op: '=', value: 'north' }
			]),
			rule('buyer', [{ field: 'orders', op: '>=', value: 1 }]),
			rule('north', [{ field: 'region', op: '=', value: 'north' }]),
			rule('nobody', [{ field: 'netValue', op: '>', value: 1e9 }])
		]);
		const scheme = customRulesScheme(source, ruleSet);
		expect(Array.from(scheme.classIndex, (k) => scheme.classes[k].id)).toEqual([
			'big-north',
			'buyer',
			'buyer',
			'others'
		]);
		expect(scheme.matches).toEqual([1, 3, 1, 0]);
		expect(scheme.wins).toEqual([1, 2, 0, 0]);
		expect(scheme.overlaps).toEqual([
			{ first: 'big-north', second: 'buyer', customers: 1 },
			{ first: 'big-north', second: 'north', customers: 1 },
			{ first: 'buyer', second: 'north', customers: 1 }
		]);
		expect(scheme.neverMatching).toEqual(['nobody']);
		expect(scheme.shadowed).toEqual(['north']);
	});

	it('matches everyone with a rule without conditions, nobody on an unknown field', () => {
		const scheme = customRulesScheme(
			source,
			set([rule('ghost', [{ field: 'shoeSize', op: '>', value: 1 }]), rule('all', [])])
		);
		expect(Array.from(scheme.classIndex, (k) => scheme.classes[k].id)).toEqual([
			'all',
			'all',
			'all',
			'all'
		]);
		expect(scheme.unknownFields).toEqual(['shoeSize']);
		expect(scheme.neverMatching).toEqual(['ghost']);
	});

	it('reads the class of an earlier scheme', () => {
		const lifecycle = lifecycleScheme(measures);
		const withSchemes = { ...source, schemes: [lifecycle] };
		expect(
			classIds(
				set([rule('fresh', [{ field: 'segment:lifecycle', op: '=', value: 'new' }])]),
				withSchemes
			)
		).toEqual(['fresh', 'fresh', 'fresh', 'others']);
	});

	it('refuses duplicate, empty and reserved rule ids', () => {
		const bad = set([rule('a', []), rule('a', []), rule('', []), rule('others', [])]);
		expect(ruleSetProblems(bad)).toHaveLength(3);
		expect(() => customRulesScheme(source, bad)).toThrow(RangeError);
	});

	it('widens the class index past 255 rules', () => {
		const many = set(
			Array.from({ length: 300 }, (_, k) => rule(`r${k}`, [{ field: 'orders', op: '=', value: k }]))
		);
		const scheme = customRulesScheme(source, many);
		expect(scheme.classIndex).toBeInstanceOf(Uint16Array);
		expect(Array.from(scheme.classIndex, (k) => scheme.classes[k].id)).toEqual([
			'r2',
			'r1',
			'r1',
			'r0'
		]);
		expect(scheme.neverMatching).toHaveLength(297);
	});
});
