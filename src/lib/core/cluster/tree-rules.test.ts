import { describe, expect, it } from 'vitest';
import { buildFeatures } from './features';
import { fitKMeans } from './kmeans';
import { readMallCustomers } from './testing/data-sets';
import { clusterRules, roundCut, type TreeCondition } from './tree-rules';

const text = (conditions: TreeCondition[]) =>
	conditions.map((c) => `${c.feature} ${c.op} ${c.value}`).join(' and ');

describe('clusters as rules', () => {
	it('puts each cut at the roundest number between the two customers it separates', () => {
		expect(roundCut(2980, 3050)).toBe(3000);
		expect(roundCut(45, 47)).toBe(46);
		expect(roundCut(5, 6)).toBe(6);
		expect(roundCut(0.12, 0.31)).toBe(0.2);
		expect(roundCut(-5, -2)).toBe(-4);
		expect(roundCut(4, 7)).toBe(5);
	});

	it('reads the hand-worked tree as one rule per leaf, whole numbers as ≤ and ≥', () => {
		// The tree of decision-tree.test.ts: x < 5.5 (y < 5 → 0 | → 1) | → 2. The cut on x falls
		// between 4 and 7, the roundest there is 5; on y between 2 and 8, again 5.
		const features = [
			{ name: 'x', values: Float64Array.from([1, 3, 2, 4, 7, 8, 9]) },
			{ name: 'y', values: Float64Array.from([1, 2, 8, 9, 3, 7, 4]) }
		];
		const rules = clusterRules(features, [0, 0, 1, 1, 2, 2, 2], 3, { minLeafSize: 1 });
		expect(
			rules.clusters.map((cluster) => cluster.rules.map((rule) => text(rule.conditions)))
		).toEqual([['x <= 4 and y <= 4'], ['x <= 4 and y >= 5'], ['x >= 5']]);
		expect(rules.clusters.map((cluster) => cluster.rules[0].customers)).toEqual([2, 2, 3]);
		expect(rules.fidelity).toBe(1);
		expect(rules.unmatched).toBe(0);
	});

	it('reports a cluster no leaf predicts with no rules and its customers as unmatched', () => {
		// Leaves of at least 3: x < 5.5 → (A, B, C, D: classes tie 2–2, predicts 0) | (E, F, G → 2).
		const features = [
			{ name: 'x', values: Float64Array.from([1, 3, 2, 4, 7, 8, 9]) },
			{ name: 'y', values: Float64Array.from([1, 2, 8, 9, 3, 7, 4]) }
		];
		const rules = clusterRules(features, [0, 0, 1, 1, 2, 2, 2], 3, { minLeafSize: 3 });
		expect(rules.clusters[1].rules).toEqual([]);
		expect(rules.clusters.map((cluster) => cluster.fidelity)).toEqual([1, 0, 1]);
		// 5 of 7 land in their own cluster (C and D are matched by cluster 0's rule, wrongly).
		expect(rules.fidelity).toBeCloseTo(5 / 7, 12);
		expect(rules.clusters[0].rules[0]).toMatchObject({ customers: 4, agreeing: 2 });
	});

	it('keeps at most the given number of rules per cluster, the largest leaves', () => {
		// Class 0 at both ends of x: two leaves predict it; with one rule allowed the larger stays.
		const x = Float64Array.from([1, 2, 3, 10, 11, 12, 20, 21]);
		const labels = [0, 0, 0, 1, 1, 1, 0, 0];
		const both = clusterRules([{ name: 'x', values: x }], labels, 2, { minLeafSize: 1 });
		expect(both.clusters[0].rules.map((rule) => text(rule.conditions))).toEqual([
			'x <= 9',
			'x >= 20'
		]);
		const one = clusterRules([{ name: 'x', values: x }], labels, 2, {
			minLeafSize: 1,
			maxRulesPerCluster: 1
		});
		expect(one.clusters[0].rules.map((rule) => text(rule.conditions))).toEqual(['x <= 9']);
		expect(one.unmatched).toBe(2);
		expect(one.fidelity).toBeCloseTo(6 / 8, 12);
	});

	it('matches no rule for a customer whose value the rule needs is missing', () => {
		// Classes 0 0 1 1 1 1. z (1, 2, –, 8, 9, 10) splits them perfectly where present: z < 5
		// costs 0 + 1 for the dropped row. w (1, 5, 2, 3, 4, 6) at best: w < 1.5 leaves
		// {0} | {1,1,1,0,1}, 5·(1 − 17/25) = 1.6 (2.5, 2.667, 2.5 and 2.4 at the other cuts).
		// So z it is, cut at the roundest number in (2, 8], 5: z ≤ 4 | z ≥ 5.
		const z = Float64Array.from([1, 2, NaN, 8, 9, 10]);
		const w = Float64Array.from([1, 5, 2, 3, 4, 6]);
		const rules = clusterRules(
			[
				{ name: 'z', values: z },
				{ name: 'w', values: w }
			],
			[0, 0, 1, 1, 1, 1],
			2,
			{ minLeafSize: 1, maxDepth: 1 }
		);
		expect(rules.clusters.map((c) => c.rules.map((rule) => text(rule.conditions)))).toEqual([
			['z <= 4'],
			['z >= 5']
		]);
		expect(rules.unmatched).toBe(1);
		expect(rules.fidelity).toBeCloseTo(5 / 6, 12);
		expect(rules.clusters[1].fidelity).toBeCloseTo(3 / 4, 12);
	});

	it('describes the five Mall Customers clusters with rules at least 95 % faithful', () => {
		// k-means on standardised income and spending score; the tree reads the raw k$ and score.
		const mall = readMallCustomers();
		const numeric = [
			{ name: 'AnnualIncome', values: mall.annualIncome },
			{ name: 'SpendingScore', values: mall.spendingScore }
		];
		const fit = fitKMeans(buildFeatures({ numeric }).matrix, 5, { restarts: 10, seed: 0 });
		const rules = clusterRules(numeric, fit.labels, 5);
		expect(rules.minLeafSize).toBe(5);
		expect(rules.fidelity).toBeGreaterThanOrEqual(0.95);
		for (const cluster of rules.clusters) {
			expect(cluster.rules.length).toBeGreaterThan(0);
			expect(cluster.rules.length).toBeLessThanOrEqual(3);
		}
		// The rules are the customers' own values: an independent count of the first rule's matches.
		const first = rules.clusters[0].rules[0];
		const matched = mall.annualIncome.filter((_, row) =>
			first.conditions.every((c) => {
				const value = (c.feature === 'AnnualIncome' ? mall.annualIncome : mall.spendingScore)[row];
				return c.op === '<' ? value < c.value : c.op === '<=' ? value <= c.value : value >= c.value;
			})
		).length;
		expect(first.customers).toBe(matched);
	});
});
