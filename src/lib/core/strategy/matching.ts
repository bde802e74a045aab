/**
 * Which seed checklist a segment gets. The fixed schemes map class by class (tables below); an
 * RFM score cell goes by its R, F and M scores; cluster segments and custom-rule classes, whose
 * names the cluster namer or the user chose, go by keywords in their names (see `byKeywords`).
 * Attribute classes (region, channel…) say nothing about what to do: no template.
 */

import type { SegmentClass } from '../segments/classes';
import type { TemplateId } from './templates';

const BY_SCHEME: Record<string, Record<string, TemplateId | null>> = {
	'rfm-named': {
		champions: 'top-value',
		loyal: 'loyal',
		'potential-loyalist': 'middle-value',
		promising: 'middle-value',
		'need-attention': 'middle-value',
		new: 'new',
		'about-to-sleep': 'at-risk',
		'at-risk': 'at-risk',
		'cant-lose': 'at-risk',
		hibernating: 'churned'
	},
	// R↑ = recent, F↑ = frequent, M↑ = big spending (see segments/rfm-eight.ts).
	'rfm-eight': {
		'important-value': 'top-value', // R↑F↑M↑: the best customers
		'important-development': 'middle-value', // R↑F↓M↑: spend well, grow their frequency
		'important-retention': 'at-risk', // R↓F↑M↑: valuable but fading: keep them
		'important-win-back': 'at-risk', // R↓F↓M↑: valuable and gone quiet: win back
		'general-value': 'middle-value', // R↑F↑M↓: frequent, small baskets: sell more per order
		'general-development': 'new', // R↑F↓M↓: recent first or second purchases
		'general-retention': 'low-value', // R↓F↑M↓: small and fading: keep the cost low
		'general-win-back': 'churned' // R↓F↓M↓: small and gone
	},
	'value-tier': {
		key: 'top-value',
		major: 'middle-value',
		ordinary: 'low-value',
		small: 'low-value'
	},
	lifecycle: {
		prospect: 'prospects',
		churned: 'churned',
		lapsing: 'at-risk',
		new: 'new',
		loyal: 'loyal',
		active: 'middle-value'
	},
	loyalty: { high: 'loyal', general: 'middle-value', low: 'at-risk' },
	'credit-risk': { low: null, general: null, high: 'high-credit-risk', 'no-credit-data': null }
};

/** An RFM cell ('543' = R5 F4 M3) by its recency and frequency scores, as the named map does. */
function byRfmCell(classId: string): TemplateId | null {
	const match = /^([1-5])([1-5])([1-5])$/.exec(classId);
	if (!match) return null;
	const [r, f, m] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (r >= 4 && f >= 4) return m >= 4 ? 'top-value' : 'loyal';
	if (r >= 4 && f === 1) return 'new';
	if (r <= 2 && f <= 2) return m >= 4 ? 'at-risk' : 'churned';
	if (r <= 2) return 'at-risk';
	return 'middle-value';
}

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
	const table = BY_SCHEME[schemeId];
	if (table) return table[segmentClass.id] ?? null;
	if (schemeId === 'rfm-score') return byRfmCell(segmentClass.id);
	if (schemeId.startsWith('attribute:')) return null;
	// A cluster is named from how its centre differs from the average ('高频高额 frequent big
	// spenders'); one that differs on nothing named is an average, middle-value group.
	if (schemeId.startsWith('cluster:')) return byKeywords(segmentClass) ?? 'middle-value';
	// Custom rule sets: the user's own class names; their "others" bucket gets no template.
	return byKeywords(segmentClass);
}
