/** A field's name in the interface language, for lists, rules and clustering features. */

import { fieldLabelKey } from '../core/fields';
import { translate, type Locale } from './translate';

/** A field's label ('region' → 地区, 'netValue' → 净值; custom columns by their own header). */
export function fieldLabel(field: string, locale: Locale): string {
	if (field.startsWith('custom:')) return field.slice('custom:'.length);
	const key = fieldLabelKey(field);
	return key ? translate(locale, key) : field;
}
