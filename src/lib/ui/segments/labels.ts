/** Display names of schemes and classes in the interface language. */

import type { SegmentClass } from '$lib/core/segments/classes';
import type { Locale, MessageKey } from '$lib/i18n/translate';
import { hasMessage, translate } from '$lib/i18n/translate';

/** A class's label: the engine gives every class its Chinese and English name. */
export function classLabel(segmentClass: SegmentClass, locale: Locale): string {
	return locale === 'zh' ? segmentClass.zh : segmentClass.en;
}

const FIXED: Record<string, MessageKey> = {
	'rfm-score': 'scheme.rfm-score',
	'rfm-named': 'scheme.rfm-named',
	'rfm-eight': 'scheme.rfm-eight',
	'value-tier': 'scheme.value-tier',
	lifecycle: 'scheme.lifecycle',
	loyalty: 'scheme.loyalty',
	'credit-risk': 'scheme.credit-risk'
};

/** A field's label ('region' → 地区 / Region; custom columns by their own header). */
export function fieldLabel(field: string, locale: Locale): string {
	if (field.startsWith('custom:')) return field.slice('custom:'.length);
	const key = `field.${field}`;
	return hasMessage(key) ? translate(locale, key) : field;
}

/** A scheme's name: 'rfm-named' → RFM 细分; 'attribute:region' → 特征：地区. */
export function schemeLabel(schemeId: string, locale: Locale): string {
	if (FIXED[schemeId]) return translate(locale, FIXED[schemeId]);
	if (schemeId.startsWith('attribute:'))
		return translate(locale, 'scheme.attribute', {
			field: fieldLabel(schemeId.slice('attribute:'.length), locale)
		});
	if (schemeId.startsWith('cluster:'))
		return translate(locale, 'scheme.cluster', { name: schemeId.slice('cluster:'.length) });
	if (schemeId.startsWith('custom:'))
		return translate(locale, 'scheme.custom', {
			name: schemeId.slice('custom:'.length).replace(/^rules(\d+)$/, '$1')
		});
	return schemeId;
}
