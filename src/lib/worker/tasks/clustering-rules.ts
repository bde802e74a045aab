/**
 * Clusters as rules in the worker: the rules of the lab's fit (read from the clustered
 * customers' own values), and saving them as an ordered custom rule set, which is appended to
 * the segmentation settings and stored with a run like any other scheme.
 */

import type { ClustersAsRules } from '$lib/core/cluster';
import { clusteringId, type ClusterFeatureSpec } from '$lib/core/segments/cluster-scheme';
import { clusteringRules, clusterRuleSet } from '$lib/core/segments/cluster-rule-set';
import { OTHERS_ID } from '$lib/core/segments/custom-rules';
import type { SegmentSettingsInput } from '$lib/core/segments';
import { labFit } from './clustering-data';
import { savedInput } from './clustering-save';
import type { ClusterNames, RunSettings, SavedRulesResult } from './clustering-types';
import { segment } from './segmentation';
import { translate } from '$lib/i18n/translate';

/** The rules of the fit of k clusters; null when no measure is among the features. */
export async function clusterRulesOf(
	spec: ClusterFeatureSpec,
	k: number,
	run: RunSettings
): Promise<ClustersAsRules | null> {
	if (spec.numeric.length === 0) return null;
	const { lab, fit } = await labFit(spec, k, run);
	return clusteringRules(lab.source, spec, lab.rows, fit.labels, k);
}

/** A name in both languages, numbered: "Loyal (2)", "忠诚（2）". */
function numbered(name: { zh: string; en: string }, n: number) {
	return {
		zh: translate('zh', 'clusterRules.ruleName', { cluster: name.zh, n }),
		en: translate('en', 'clusterRules.ruleName', { cluster: name.en, n })
	};
}

/**
 * Save the fit's rules as the custom rule set `name` (rules named after the clusters, then
 * "others"), store a run with it, and return its counts per rule and in "others".
 */
export async function saveClusterRules(
	spec: ClusterFeatureSpec,
	k: number,
	run: RunSettings,
	name: string,
	names: ClusterNames
): Promise<SavedRulesResult> {
	const rules = await clusterRulesOf(spec, k, run);
	if (!rules) throw new RangeError('clusterRules.noMeasures');
	const input = await savedInput();
	const existing = input.customRules ?? [];
	const id = clusteringId(
		name,
		existing.map((set) => set.id)
	);
	const others = { zh: translate('zh', 'rules.others'), en: translate('en', 'rules.others') };
	const set = clusterRuleSet(id, rules, names, others, numbered);
	const schemeId = `custom:${id}`;
	const next: SegmentSettingsInput = { ...input, customRules: [...existing, set] };
	const view = await segment(next, undefined, true);
	const summary = view.summaries[schemeId] ?? [];
	const count = (classId: string) => summary.find((row) => row.classId === classId)?.customers ?? 0;
	return {
		schemeId,
		name: id,
		counts: set.rules.map((rule) => count(rule.id)),
		others: count(OTHERS_ID)
	};
}
