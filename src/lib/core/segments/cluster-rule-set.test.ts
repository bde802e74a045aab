import { describe, expect, it } from 'vitest';
import { fitKMeans } from '../cluster';
import { generateDemo } from '../demo';
import { clusteringRules, clusterRuleSet } from './cluster-rule-set';
import { buildClusterFeatures, type ClusterFeatureSpec } from './cluster-scheme';
import { customRulesScheme, ruleSetProblems } from './custom-rules';
import type { FieldSource } from './fields';
import { alignRecords } from './measures';
import { runAllSchemes } from './run-all';

const SPEC: ClusterFeatureSpec = {
	numeric: [
		{ field: 'recencyDays', log: false },
		{ field: 'orders', log: true },
		{ field: 'netValue', log: true }
	],
	categorical: [{ field: 'channel', weight: 1 }]
};

const numbered = (name: { zh: string; en: string }, n: number) => ({
	zh: `${name.zh}（${n}）`,
	en: `${name.en} (${n})`
});

describe('a clustering’s rules as a custom rule set', () => {
	const demo = generateDemo({ seed: 5, customers: 600 });
	const { measures } = runAllSchemes(demo);
	const source: FieldSource = {
		measures,
		records: alignRecords(measures.customerIds, demo.customers)
	};
	const { features, rows } = buildClusterFeatures(source, SPEC);
	const k = 4;
	const fit = fitKMeans(features.matrix, k, { seed: 2, orderByColumn: 2 });
	const rules = clusteringRules(source, SPEC, rows, fit.labels, k);
	const names = Array.from({ length: k }, (_, c) => ({ zh: `群${c + 1}`, en: `Group ${c + 1}` }));
	const set = clusterRuleSet('lab', rules, names, { zh: '其他', en: 'Others' }, numbered);

	it('reads only the measures, in their own units', () => {
		const fields = new Set(
			rules.clusters.flatMap((c) => c.rules.flatMap((r) => r.conditions.map((x) => x.feature)))
		);
		expect(
			[...fields].every((field) => ['recencyDays', 'orders', 'netValue'].includes(field))
		).toBe(true);
		expect(rules.fidelity).toBeGreaterThan(0.5);
	});

	it('has one valid rule per tree rule, each asking for an order, then “others”', () => {
		expect(ruleSetProblems(set)).toEqual([]);
		expect(set.rules).toHaveLength(rules.clusters.reduce((sum, c) => sum + c.rules.length, 0));
		for (const rule of set.rules) {
			expect(
				rule.conditions.some((c) => c.field === 'orders' && c.op === '>=' && Number(c.value) >= 1)
			).toBe(true);
		}
		expect(set.others).toEqual({ zh: '其他', en: 'Others' });
	});

	it('classifies every customer as the rules counted them, prospects in “others”', () => {
		// The custom-rules engine runs on all customers, the tree's own count on the clustered
		// ones: each rule takes exactly the customers the tree rule matched.
		const scheme = customRulesScheme(source, set);
		const counted = rules.clusters.flatMap((c) => c.rules.map((rule) => rule.customers));
		expect(scheme.wins).toEqual(counted);
		expect(scheme.overlaps).toEqual([]);
		const prospects = measures.customerIds.length - rows.length;
		const others = scheme.classIndex.filter((index) => index === set.rules.length).length;
		expect(others).toBe(rules.unmatched + prospects);
	});

	it('names several rules of one cluster by number', () => {
		const twice = {
			...rules,
			clusters: rules.clusters.map((c, i) =>
				i === 0 ? { ...c, rules: [c.rules[0], c.rules[0]] } : c
			)
		};
		const named = clusterRuleSet('x', twice, names, { zh: '其他', en: 'Others' }, numbered);
		expect(named.rules.slice(0, 2).map((rule) => [rule.id, rule.en])).toEqual([
			['c1-1', 'Group 1 (1)'],
			['c1-2', 'Group 1 (2)']
		]);
	});

	it('counts the same in both engines when a measure has gaps (one-order customers’ median gap)', () => {
		// medianGapDays is missing for customers with one order: the tree drops them from any
		// split on it and the custom rules never match a missing value, so the counts agree.
		const spec: ClusterFeatureSpec = {
			numeric: [...SPEC.numeric, { field: 'medianGapDays', log: false }],
			categorical: []
		};
		const built = buildClusterFeatures(source, spec);
		const gapFit = fitKMeans(built.features.matrix, 3, { seed: 4, orderByColumn: 2 });
		const gapRules = clusteringRules(source, spec, built.rows, gapFit.labels, 3);
		expect(built.features.missing[3]).toBeGreaterThan(0);
		const used = gapRules.clusters.flatMap((c) => c.rules.flatMap((r) => r.conditions));
		expect(used.some((condition) => condition.feature === 'medianGapDays')).toBe(true);
		const gapSet = clusterRuleSet('gaps', gapRules, names.slice(0, 3), names[3], numbered);
		const scheme = customRulesScheme(source, gapSet);
		expect(scheme.wins).toEqual(
			gapRules.clusters.flatMap((c) => c.rules.map((rule) => rule.customers))
		);
	});
});
