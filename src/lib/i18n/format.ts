/** Numbers, money, dates and sizes through `Intl`, for an interface locale. */

import { dateOfDay } from '../core/days';
import type { DayNumber } from '../core/model';
import { intlTag, type Locale } from './translate';

/** Shown for a number that could not be computed (never "NaN" or "∞" on a screen). */
export const NO_NUMBER = '—';

/** A whole or decimal number with grouping, e.g. 12,345 or 12,345.6. */
export function formatNumber(locale: Locale, value: number, maximumFractionDigits = 0): string {
	if (!Number.isFinite(value)) return NO_NUMBER;
	return new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits }).format(value);
}

/** An amount of money in the chosen currency. */
export function formatMoney(locale: Locale, currency: string, value: number): string {
	if (!Number.isFinite(value)) return NO_NUMBER;
	return new Intl.NumberFormat(intlTag(locale), { style: 'currency', currency }).format(value);
}

/** An amount of money without cents when it is whole (a rule's round limit: ¥3,000). */
export function formatMoneyWhole(locale: Locale, currency: string, value: number): string {
	if (!Number.isInteger(value)) return formatMoney(locale, currency, value);
	return new Intl.NumberFormat(intlTag(locale), {
		style: 'currency',
		currency,
		minimumFractionDigits: 0,
		maximumFractionDigits: 0
	}).format(value);
}

/** A calendar day (a day number), e.g. 2026年6月30日 or 30 Jun 2026. */
export function formatDay(locale: Locale, day: DayNumber): string {
	return new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'medium', timeZone: 'UTC' }).format(
		dateOfDay(day)
	);
}

/** An instant (epoch ms) with date and time in the user's time zone. */
export function formatInstant(locale: Locale, epochMs: number): string {
	return new Intl.DateTimeFormat(intlTag(locale), {
		dateStyle: 'medium',
		timeStyle: 'short'
	}).format(new Date(epochMs));
}

/** A byte count as kB / MB / GB. */
export function formatBytes(locale: Locale, bytes: number): string {
	const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
	let value = bytes;
	let unit = 0;
	while (value >= 1000 && unit < units.length - 1) {
		value /= 1000;
		unit++;
	}
	return new Intl.NumberFormat(intlTag(locale), {
		style: 'unit',
		unit: units[unit],
		unitDisplay: 'short',
		maximumFractionDigits: unit === 0 ? 0 : 1
	}).format(value);
}

/** Currencies offered in settings (ISO 4217). */
export const CURRENCIES = [
	'CNY',
	'HKD',
	'TWD',
	'USD',
	'EUR',
	'GBP',
	'JPY',
	'SGD',
	'AUD',
	'CAD'
] as const;

const REGION_CURRENCY: Record<string, string> = {
	CN: 'CNY',
	HK: 'HKD',
	MO: 'MOP',
	TW: 'TWD',
	SG: 'SGD',
	US: 'USD',
	GB: 'GBP',
	IE: 'EUR',
	DE: 'EUR',
	FR: 'EUR',
	ES: 'EUR',
	IT: 'EUR',
	NL: 'EUR',
	BE: 'EUR',
	AT: 'EUR',
	PT: 'EUR',
	FI: 'EUR',
	GR: 'EUR',
	JP: 'JPY',
	KR: 'KRW',
	AU: 'AUD',
	NZ: 'NZD',
	CA: 'CAD',
	IN: 'INR',
	CH: 'CHF',
	SE: 'SEK',
	NO: 'NOK',
	DK: 'DKK',
	PL: 'PLN',
	MY: 'MYR',
	TH: 'THB',
	ZA: 'ZAR'
};

/**
 * The default currency: CNY for a Chinese interface, otherwise the currency of the browser
 * locale's region (USD when the region is unknown).
 */
export function defaultCurrency(locale: Locale, browserLanguage: string): string {
	if (locale === 'zh') return 'CNY';
	try {
		const region = new Intl.Locale(browserLanguage).maximize().region ?? '';
		return REGION_CURRENCY[region] ?? 'USD';
	} catch {
		return 'USD';
	}
}
