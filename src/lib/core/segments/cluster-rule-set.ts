/**
 * A clustering's rules (cluster/tree-rules.ts) as an ordered custom rule set: one rule per tree
 * rule, named after its cluster, then an explicit "others". Only customers with a purchase are
 * clustered, so each rule also asks for at least one order unless it already bounds the orders
 * from below; customers without a purchase then fall to "others", as they match no cluster.
 */

import { clusterRules, type ClustersAsRules, type TreeCondition } from '../cluster/tree-rules';
import { clusterFeatureInput, type ClusterFeatureSpec } from './cluster-scheme';
import type { CustomRuleSet, RuleCondition, SegmentRule } from './custom-rules';
import type { FieldSource } from './fields';

type Name = { zh: string; en: string };

/**
 * The rules of a clustering of the customers at `rows` (positions in the measures) into k
 * clusters: the tree reads the numeric features' own values (missing stays missing, not the
 * median k-means used); text columns are left out.
 */
export function clusteringRules(
	source: FieldSource,
	spec: ClusterFeatureSpec,
	rows: ArrayLike<number>,
	labels: ArrayLike<number>,
	k: number
): ClustersAsRules {
	const numeric = clusterFeatureInput(source, { numeric: spec.numeric, categorical: [] }, rows);
	return clusterRules(
		numeric.numeric.map(({ name, values }) => ({ name, values })),
		labels,
		k
	);
}

/** Whether the conditions already leave out customers without an order (orders ≥ 1 or more). */
function boundsOrders(conditions: readonly TreeCondition[]): boolean {
	return conditions.some((c) => c.feature === 'orders' && c.op === '>=' && c.value >= 1);
}

/**
 * The rule set `id`: cluster by cluster, largest rule first; a cluster with several rules names
 * them "name (1)", "name (2)" (via `numbered`); a cluster without rules adds none.
 */
export function clusterRuleSet(
	id: string,
	rules: ClustersAsRules,
	names: readonly Name[],
	others: Name,
	numbered: (name: Name, n: number) => Name
): CustomRuleSet {
	if (names.length !== rules.clusters.length) {
		throw new RangeError('clusterRuleSet: one name per cluster');
	}
	const segmentRules = rules.clusters.flatMap(({ cluster, rules: clusterRules }) =>
		clusterRules.map((rule, n): SegmentRule => {
			const conditions: RuleCondition[] = rule.conditions.map(({ feature, op, value }) => ({
				field: feature,
				op,
				value
			}));
			if (!boundsOrders(rule.conditions))
				conditions.unshift({ field: 'orders', op: '>=', value: 1 });
			const name = clusterRules.length === 1 ? names[cluster] : numbered(names[cluster], n + 1);
			return { id: `c${cluster + 1}-${n + 1}`, zh: name.zh, en: name.en, conditions };
		})
	);
	return { id, rules: segmentRules, others: { ...others } };
}
