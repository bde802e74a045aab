/** English texts of clusters as rules (the clustering lab's rules panel; merged into en.ts). */
export const clusterRulesEn = {
	'clusterRules.title': 'Step 7 · Clusters as rules',
	'clusterRules.intro':
		'Staff at a till cannot apply a cluster centre, but they can apply a rule. A shallow decision tree (at most {depth} levels, at least {minLeaf} customers per leaf) reads each customer’s cluster back from the original values of the measures (money in {currency}, days, counts); every cluster keeps at most three of its rules. Fidelity is the share of customers the rules put in the same cluster as k-means.',
	'clusterRules.working': 'Fitting the decision tree…',
	'clusterRules.noMeasures':
		'Rules are read from measures: choose at least one measure among the features (text columns are not used in rules).',
	'clusterRules.textLeftOut': 'Text columns are not used in the rules.',
	'clusterRules.overall':
		'Overall fidelity {share}: the rules put {agreeing} of {total} customers in their k-means cluster; {unmatched} match no rule and go to “Others”.',
	'clusterRules.fidelity': 'Fidelity {share}',
	'clusterRules.clusterSize': '{size} customers in the cluster',
	'clusterRules.ruleCount': '{customers} customers match, {agreeing} of them in this cluster',
	'clusterRules.none':
		'No leaf of the tree stands for this cluster, so it has no rule: its customers fall to other rules or to “Others”.',
	'clusterRules.and': ' and ',
	'clusterRules.condition': '{field} {op} {value}',
	'clusterRules.condition.orders': 'orders {op} {value}',
	'clusterRules.condition.recencyDays': 'last order {op} {value} days ago',
	'clusterRules.condition.tenureDays': 'first order {op} {value} days ago',
	'clusterRules.condition.medianGapDays': 'median gap between orders {op} {value} days',
	'clusterRules.save.intro':
		'Save the rules above as an ordered custom rule set, one rule each, then “Others” for everyone no rule matches. Only customers with an order were clustered, so each saved rule also asks for orders ≥ 1 (customers without an order go to “Others”). You can edit the rules on the Segments screen afterwards.',
	'clusterRules.save.name': 'Rule set name',
	'clusterRules.save.defaultName': 'Rules of {k} clusters',
	'clusterRules.save.button': 'Save as custom rules',
	'clusterRules.save.saving': 'Saving the rule set…',
	'clusterRules.save.done':
		'Saved as the rule set “{name}”: {counts} customers per rule, then {others} in “Others”.',
	'clusterRules.save.open': 'Open it on the Segments screen',
	'clusterRules.ruleName': '{cluster} ({n})'
};
