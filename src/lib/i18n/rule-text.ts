/**
 * Clusters' rules in words: "orders ≥ 6 and last order ≤ 45 days ago", money in the user's
 * currency. Fields the registry does not know (a CLI table's columns) keep their own name and
 * plain numbers.
 */

import type { TreeCondition } from '../core/cluster/tree-rules';
import { fieldKind, fieldLabelKey } from '../core/fields';
import { fieldLabel } from './field-label';
import { formatMoneyWhole, formatNumber } from './format';
import { hasMessage, translate, type Locale } from './translate';

const OP_SIGNS: Record<TreeCondition['op'], string> = { '<': '<', '<=': '≤', '>=': '≥' };

/**
 * A field's name inside a sentence: a registered label loses its capital ("Net value" → "net
 * value", but "R score" stays); a table's own column name stays as written.
 */
function nameInSentence(field: string, locale: Locale): string {
	const label = fieldLabel(field, locale);
	if (locale !== 'en' || !fieldLabelKey(field) || !/^[A-Z][a-z]/.test(label)) return label;
	return label.charAt(0).toLowerCase() + label.slice(1);
}

/** One bound in words, e.g. "net value ≥ ¥3,000" or "最近一次购买在 ≤ 45 天前". */
export function conditionText(locale: Locale, condition: TreeCondition, currency: string): string {
	const { feature, op, value } = condition;
	const amount =
		fieldKind(feature) === 'money'
			? formatMoneyWhole(locale, currency, value)
			: formatNumber(locale, value, Number.isInteger(value) ? 0 : 2);
	const phrase = `clusterRules.condition.${feature}`;
	const params = {
		field: nameInSentence(feature, locale),
		op: OP_SIGNS[op],
		value: amount
	};
	return translate(locale, hasMessage(phrase) ? phrase : 'clusterRules.condition', params);
}

/** A rule's conditions joined by "and" / "且". */
export function ruleText(
	locale: Locale,
	conditions: readonly TreeCondition[],
	currency: string
): string {
	return conditions
		.map((condition) => conditionText(locale, condition, currency))
		.join(translate(locale, 'clusterRules.and'));
}
