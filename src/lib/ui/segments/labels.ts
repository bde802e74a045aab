/** Display names of schemes and classes in the interface language. */

import type { SegmentClass } from '$lib/core/segments/classes';
import { schemeEntry } from '$lib/core/segments/registry';
import type { Locale } from '$lib/i18n/translate';
import { translate } from '$lib/i18n/translate';
import { fieldLabel } from '$lib/i18n/field-label';

export { fieldLabel };

/** A class's label: the engine gives every class its Chinese and English name. */
export function classLabel(segmentClass: SegmentClass, locale: Locale): string {
	return locale === 'zh' ? segmentClass.zh : segmentClass.en;
}

/** A scheme's name: a registered one by its entry's name; 'attribute:region' → 特征：地区. */
export function schemeLabel(schemeId: string, locale: Locale): string {
	const registered = schemeEntry(schemeId);
	if (registered) return translate(locale, registered.nameKey);
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
