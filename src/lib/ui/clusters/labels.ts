/** Display names of the clustering lab's features, matrix columns and suggested cluster names. */

import type { ClusterProfile, FeatureColumn } from '$lib/core/cluster';
import { fieldKind } from '$lib/core/fields';
import { translate, type Locale } from '$lib/i18n/translate';
import { fieldLabel } from '$lib/ui/segments/labels';
import type { ClusterNames } from '$lib/worker/types';

/** Whether a field is an amount of money. */
export const isMoney = (field: string): boolean => fieldKind(field) === 'money';

/** A measure's or customer column's name ('orders' → 订单数 / Orders). */
export const featureLabel = fieldLabel;

/** A text value for display; a missing one is named as such. */
export function levelLabel(level: string, locale: Locale): string {
	return level === '' ? translate(locale, 'clusters.level.blank') : level;
}

/** A matrix column: the measure, or 'column = value' for a one-hot column. */
export function columnLabel(column: FeatureColumn, locale: Locale): string {
	const feature = featureLabel(column.feature, locale);
	return column.kind === 'category'
		? `${feature} = ${levelLabel(column.level ?? '', locale)}`
		: feature;
}

/** The suggested name of one cluster in one language, with measure names in that language. */
function nameIn(profile: ClusterProfile, locale: Locale): string {
	const { name } = profile;
	if (name.basis !== 'other-measure') return locale === 'zh' ? name.zh : name.en;
	// The core names other measures by their field id; say it in words of the language.
	const part = name.parts[0];
	const higher = part.direction === 'higher';
	const level = profile.differences[0]?.level;
	if (level !== undefined) {
		// A one-hot column is named 'field=level'.
		const field = part.feature.slice(0, part.feature.length - level.length - 1);
		return translate(locale, higher ? 'clusters.name.mostly' : 'clusters.name.few', {
			field: featureLabel(field, locale),
			value: levelLabel(level, locale)
		});
	}
	return translate(locale, higher ? 'clusters.name.high' : 'clusters.name.low', {
		measure: featureLabel(part.feature, locale)
	});
}

/** Suggested names of all clusters in both languages; repeated names get " 2", " 3"… */
export function clusterNames(profiles: readonly ClusterProfile[]): ClusterNames {
	const seen = new Map<string, number>();
	return profiles.map((profile) => {
		const zh = nameIn(profile, 'zh');
		// A class label, like the other schemes' classes: capitalised.
		const lower = nameIn(profile, 'en');
		const en = lower.charAt(0).toUpperCase() + lower.slice(1);
		const count = (seen.get(en) ?? 0) + 1;
		seen.set(en, count);
		return count === 1 ? { zh, en } : { zh: `${zh} ${count}`, en: `${en} ${count}` };
	});
}
