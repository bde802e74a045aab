/**
 * Which seed checklist a segment gets. A registered scheme says it per class (`templateOf` of
 * its entry); cluster segments and custom-rule classes, whose names the cluster namer or the
 * user chose, go by keywords in their names (see `byKeywords`).
 * Attribute classes (region, channel…) say nothing about what to do: no template.
 */

import type { SegmentClass } from '../segments/classes';
import { schemeEntry } from '../segments/registry';
import type { TemplateId } from './templates';

/** [template, words]: the first rule with a word in the class's id or names wins. */
const KEYWORD_RULES: [TemplateId, RegExp][] = [
	['prospects', /prospect|lead|潜在|线索/],
	['high-credit-risk', /credit|overdue|debt|信用|逾期|欠款/],
	['churned', /churn|lost|hibernat|gone|已流失|流失客户/],
	// Dormant and small: not worth a costly win-back (e.g. the cluster name 沉睡低值).
	['churned', /(dormant|sleep|lapsed|沉睡).*(low|small|occasional|低|小)/],
	['at-risk', /risk|lapsing|sleep|dormant|win-back|fading|沉睡|挽留|流失|风险/],
	['new', /\bnew\b|first-time|recent first|新客|新客户|首次/],
	[
		'top-value',
		/champion|vip|\bkey\b|\btop\b|big spend|big-spend|冠军|大客户|高价值|高额|重要价值/
	],
	['loyal', /loyal|long-standing|忠诚|老客/],
	['low-value', /\blow\b|small|occasional|小客户|低值|低频|低价值/]
];

/** A template by keywords in the class's id and names, or null when no word matches. */
export function byKeywords(segmentClass: SegmentClass): TemplateId | null {
	const words = `${segmentClass.id} ${segmentClass.en} ${segmentClass.zh}`.toLowerCase();
	for (const [templateId, pattern] of KEYWORD_RULES) if (pattern.test(words)) return templateId;
	return null;
}

/** The seed template of a segment, or null where the scheme implies no action. */
export function templateFor(schemeId: string, segmentClass: SegmentClass): TemplateId | null {
	if (segmentClass.id === 'prospect') return 'prospects';
	if (segmentClass.id === 'no-data') return null;
	const registered = schemeEntry(schemeId);
	if (registered) return registered.templateOf(segmentClass.id);
	if (schemeId.startsWith('attribute:')) return null;
	// A cluster is named from how its centre differs from the average ('高频高额 frequent big
	// spenders'); one that differs on nothing named is an average, middle-value group.
	if (schemeId.startsWith('cluster:')) return byKeywords(segmentClass) ?? 'middle-value';
	// Custom rule sets: the user's own class names; their "others" bucket gets no template.
	return byKeywords(segmentClass);
}
