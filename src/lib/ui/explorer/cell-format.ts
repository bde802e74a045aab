/** Showing list cells and naming fields in the interface language. */

import { fieldKind } from '$lib/core/fields';
import type { Locale } from '$lib/i18n/translate';
import { formatDay } from '$lib/i18n/format';
import { intlTag } from '$lib/i18n/translate';
import { fieldLabel, schemeLabel } from '$lib/ui/segments/labels';
import type { Cell } from '$lib/worker/types';

/** Whether a field is an amount of money or a day (for sorting, widths and the filter). */
export const isMoney = (field: string) => fieldKind(field) === 'money';
export const isDayField = (field: string) => fieldKind(field) === 'day';

/** A field's name: a segment by its scheme's name, else the field's label. */
export function fieldName(field: string, locale: Locale): string {
	if (field.startsWith('segment:')) return schemeLabel(field.slice('segment:'.length), locale);
	return fieldLabel(field, locale);
}

const formats = new Map<string, Intl.NumberFormat>();

/** One cached number format (creating one per cell costs more than drawing the row). */
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `${locale}|${JSON.stringify(options)}`;
	let format = formats.get(key);
	if (!format) formats.set(key, (format = new Intl.NumberFormat(intlTag(locale), options)));
	return format;
}

/** A cell as text: money in the currency, days as dates, shares as percentages. */
export function formatCell(field: string, value: Cell, locale: Locale, currency: string): string {
	if (value === null) return '';
	if (typeof value === 'string') return value;
	const kind = fieldKind(field);
	if (kind === 'money') return numberFormat(locale, { style: 'currency', currency }).format(value);
	if (kind === 'day') return formatDay(locale, value);
	if (kind === 'share')
		return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);
	return numberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}
