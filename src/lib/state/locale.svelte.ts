/** The interface language: from the browser at first, then the user's choice (kept on device). */

import { formatBytes, formatDay, formatInstant, formatMoney, formatNumber } from '$lib/i18n/format';
import { localeFromLanguages, translate, type Locale, type MessageKey } from '$lib/i18n/translate';

const STORAGE_KEY = 'kequn.locale';

function initialLocale(): Locale {
	if (typeof window === 'undefined') return 'zh';
	const saved = window.localStorage.getItem(STORAGE_KEY);
	if (saved === 'zh' || saved === 'en') return saved;
	return localeFromLanguages(navigator.languages ?? [navigator.language]);
}

class LocaleState {
	current = $state<Locale>(initialLocale());

	/** The message for `key` in the current language. */
	t = (key: MessageKey, params?: Record<string, string | number>): string =>
		translate(this.current, key, params);

	number = (value: number, fractionDigits = 0) => formatNumber(this.current, value, fractionDigits);
	money = (value: number, currency: string) => formatMoney(this.current, currency, value);
	day = (day: number) => formatDay(this.current, day);
	instant = (epochMs: number) => formatInstant(this.current, epochMs);
	bytes = (bytes: number) => formatBytes(this.current, bytes);

	/** Switch language and remember the choice on this device. */
	set(locale: Locale): void {
		this.current = locale;
		window.localStorage.setItem(STORAGE_KEY, locale);
	}

	toggle(): void {
		this.set(this.current === 'zh' ? 'en' : 'zh');
	}
}

export const locale = new LocaleState();
