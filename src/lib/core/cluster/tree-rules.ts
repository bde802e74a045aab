/**
 * Clusters as rules staff can apply: a shallow tree (see decision-tree.ts) fitted on the
 * original, unscaled features predicts each customer's k-means cluster, and every leaf becomes
 * one rule, an AND of bounds on features (sibling leaves of one cluster are merged first). A cluster keeps at most three rules (its largest
 * leaves); customers in the leaves it drops, and customers a missing value stops, match no rule.
 * Fidelity is the share of customers the rules put in the same cluster as k-means.
 */

import { fitDecisionTree, mergeSameLeaves, type TreeNode } from './decision-tree';

/** One bound: the ops the custom rules (core/segments/custom-rules.ts) read the same way. */
export interface TreeCondition {
	feature: string;
	op: '<' | '<=' | '>=';
	value: number;
}

export interface ClusterRule {
	/** All hold (AND); a missing value never satisfies a condition. */
	conditions: TreeCondition[];
	/** Customers the rule matches, and how many of them k-means put in the rule's cluster. */
	customers: number;
	agreeing: number;
}

export interface ClusterRules {
	cluster: number;
	/** Customers k-means put in the cluster. */
	size: number;
	/** Largest first; empty when no leaf of the tree predicts the cluster. */
	rules: ClusterRule[];
	/** Share (0–1) of the cluster's customers its rules match. */
	fidelity: number;
}

export interface ClustersAsRules {
	clusters: ClusterRules[];
	/** Share (0–1) of all customers the rules put in their k-means cluster. */
	fidelity: number;
	/** Customers no rule matches (they go to "others"). */
	unmatched: number;
	maxDepth: number;
	minLeafSize: number;
}

export interface RuleFeature {
	name: string;
	/** Original units; NaN where missing. */
	values: Float64Array;
}

export interface ClusterRuleOptions {
	/** Default 3. */
	maxDepth?: number;
	/** Default: 1 % of the customers, at least 5 (at most half of them). */
	minLeafSize?: number;
	/** Default 3. */
	maxRulesPerCluster?: number;
}

/** The default smallest leaf: 1 % of the customers, at least 5, so no rule names a handful. */
export function defaultMinLeafSize(customers: number): number {
	return Math.max(1, Math.min(Math.floor(customers / 2), Math.max(5, Math.ceil(customers / 100))));
}

/** Fits the tree on the features and reads at most `maxRulesPerCluster` rules per cluster. */
export function clusterRules(
	features: readonly RuleFeature[],
	labels: ArrayLike<number>,
	k: number,
	options: ClusterRuleOptions = {}
): ClustersAsRules {
	const maxDepth = options.maxDepth ?? 3;
	const minLeafSize = options.minLeafSize ?? defaultMinLeafSize(labels.length);
	const maxRules = options.maxRulesPerCluster ?? 3;
	const columns = features.map((feature) => feature.values);
	const tree = mergeSameLeaves(fitDecisionTree(columns, labels, k, { maxDepth, minLeafSize }));
	const integer = columns.map(wholeNumbers);
	const leaves = leafRules(tree, features, integer);
	const kept = Array.from({ length: k }, (_, cluster) =>
		leaves
			.filter((leaf) => leaf.cluster === cluster)
			.sort((a, b) => b.size - a.size)
			.slice(0, maxRules)
			.map((leaf) => leaf.conditions)
	);
	return scoreRules(features, labels, kept, { maxDepth, minLeafSize });
}

/** Counts, per rule and per cluster, what the rules match and how often they agree with k-means. */
export function scoreRules(
	features: readonly RuleFeature[],
	labels: ArrayLike<number>,
	rulesByCluster: readonly (readonly TreeCondition[][])[],
	tree: { maxDepth: number; minLeafSize: number }
): ClustersAsRules {
	const columnOf = new Map(features.map((feature) => [feature.name, feature.values]));
	const k = rulesByCluster.length;
	const sizes = new Array<number>(k).fill(0);
	for (let row = 0; row < labels.length; row++) sizes[labels[row]]++;
	let agreeingTotal = 0;
	let matchedTotal = 0;
	const clusters = rulesByCluster.map((rules, cluster): ClusterRules => {
		const scored = rules.map((conditions): ClusterRule => {
			let customers = 0;
			let agreeing = 0;
			for (let row = 0; row < labels.length; row++) {
				if (!conditions.every((condition) => holds(condition, columnOf, row))) continue;
				customers++;
				if (labels[row] === cluster) agreeing++;
			}
			return { conditions, customers, agreeing };
		});
		const agreeing = scored.reduce((sum, rule) => sum + rule.agreeing, 0);
		agreeingTotal += agreeing;
		matchedTotal += scored.reduce((sum, rule) => sum + rule.customers, 0);
		return {
			cluster,
			size: sizes[cluster],
			rules: scored,
			fidelity: sizes[cluster] > 0 ? agreeing / sizes[cluster] : 0
		};
	});
	return {
		clusters,
		fidelity: labels.length > 0 ? agreeingTotal / labels.length : 0,
		unmatched: labels.length - matchedTotal,
		...tree
	};
}

function holds(
	condition: TreeCondition,
	columnOf: ReadonlyMap<string, Float64Array>,
	row: number
): boolean {
	const value = columnOf.get(condition.feature)?.[row] ?? NaN;
	if (Number.isNaN(value)) return false;
	if (condition.op === '<') return value < condition.value;
	if (condition.op === '<=') return value <= condition.value;
	return value >= condition.value;
}

/** Whether every present value is a whole number (counts, days): bounds then read "≤ 45". */
function wholeNumbers(values: Float64Array): boolean {
	return values.every((value) => Number.isNaN(value) || Number.isInteger(value));
}

interface LeafRule {
	cluster: number;
	size: number;
	conditions: TreeCondition[];
}

/** Every leaf as a rule: the path's cuts merged into at most one lower and one upper bound. */
function leafRules(
	tree: TreeNode,
	features: readonly RuleFeature[],
	integer: readonly boolean[]
): LeafRule[] {
	const out: LeafRule[] = [];
	const walk = (node: TreeNode, bounds: Map<number, { low?: number; high?: number }>) => {
		if (node.kind === 'leaf') {
			out.push({
				cluster: node.prediction,
				size: node.size,
				conditions: [...bounds].flatMap(([feature, { low, high }]) =>
					boundConditions(features[feature].name, low, high, integer[feature])
				)
			});
			return;
		}
		// Any cut in (below, above] splits these customers the same way; the roundest reads best.
		const cut = roundCut(node.below, node.above);
		const before = bounds.get(node.feature) ?? {};
		const with_ = (bound: { low?: number; high?: number }) =>
			new Map(bounds).set(node.feature, { ...before, ...bound });
		walk(node.left, with_({ high: Math.min(before.high ?? Infinity, cut) }));
		walk(node.right, with_({ low: Math.max(before.low ?? -Infinity, cut) }));
	};
	walk(tree, new Map());
	return out;
}

/** `value ≥ low` and `value < high`; on whole numbers `< 46` reads `≤ 45`. */
function boundConditions(
	feature: string,
	low: number | undefined,
	high: number | undefined,
	integer: boolean
): TreeCondition[] {
	const conditions: TreeCondition[] = [];
	if (low !== undefined) conditions.push({ feature, op: '>=', value: low });
	if (high !== undefined) {
		conditions.push(
			integer && Number.isInteger(high)
				? { feature, op: '<=', value: high - 1 }
				: { feature, op: '<', value: high }
		);
	}
	return conditions;
}

/**
 * The roundest number in (below, above]: the first multiple of 10ⁿ, 5·10ⁿ⁻¹, 10ⁿ⁻¹, … above
 * `below` that is not above `above` (e.g. 3,000 between 2,980 and 3,050; 46 between 45 and 47).
 */
export function roundCut(below: number, above: number): number {
	if (!(below < above)) throw new RangeError('roundCut: below must be less than above');
	const magnitude = Math.max(Math.abs(below), Math.abs(above), 1e-12);
	let power = 10 ** Math.ceil(Math.log10(magnitude));
	for (let tries = 0; tries < 40; tries++) {
		for (const step of [power, power / 2]) {
			const cut = Number(((Math.floor(below / step) + 1) * step).toPrecision(12));
			if (cut > below && cut <= above) return cut;
		}
		power /= 10;
	}
	return above;
}
