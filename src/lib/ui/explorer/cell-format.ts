/** Showing list cells and naming fields in the interface language. */

import type { FieldKind } from '$lib/core/field-kind';
import { hasMessage, translate, type Locale } from '$lib/i18n/translate';
import { formatDay } from '$lib/i18n/format';
import { intlTag } from '$lib/i18n/translate';
import { fieldLabel, schemeLabel } from '$lib/ui/segments/labels';
import type { Cell } from '$lib/worker/types';

/** Fields holding amounts of money. */
const MONEY = new Set([
	'netValue',
	'grossValue',
	'averageOrderValue',
	'profit',
	'returnValue',
	'clv',
	'creditLimit',
	'balanceOwed'
]);
/** Fields holding day numbers. */
const DAYS = new Set(['firstDay', 'lastDay', 'createdDay']);
/** Fields holding a share 0–1. */
const SHARES = new Set(['probabilityAlive']);

/** Whether a field is a number (for sorting largest first and the filter's conditions). */
export const isMoney = (field: string) => MONEY.has(field);
export const isDayField = (field: string) => DAYS.has(field);

/** How a list field's numbers are written in exports (until the field registry says it). */
export function listFieldKind(field: string): FieldKind | undefined {
	if (MONEY.has(field)) return 'money';
	if (DAYS.has(field)) return 'day';
	if (SHARES.has(field)) return 'share';
	return undefined;
}

/** A field's name: measures and predicted value by their measure label, else the field label. */
export function fieldName(field: string, locale: Locale): string {
	if (field.startsWith('segment:')) return schemeLabel(field.slice('segment:'.length), locale);
	const key = `measure.${field}`;
	return hasMessage(key) ? translate(locale, key) : fieldLabel(field, locale);
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
	if (MONEY.has(field)) return numberFormat(locale, { style: 'currency', currency }).format(value);
	if (DAYS.has(field)) return formatDay(locale, value);
	if (SHARES.has(field))
		return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);
	return numberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}
