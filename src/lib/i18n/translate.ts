/** Message lookup with `{name}` placeholders. Pure, so core-side tests and the UI share it. */

import { en, type MessageKey } from './messages/en';
import { zh } from './messages/zh';

export type Locale = 'zh' | 'en';
export const LOCALES: readonly Locale[] = ['zh', 'en'];
export type { MessageKey };

const TABLES: Record<Locale, Record<MessageKey, string>> = { zh, en };

/** The message for `key` in `locale`, with `{name}` replaced from `params`. */
export function translate(
	locale: Locale,
	key: MessageKey,
	params: Record<string, string | number> = {}
): string {
	// A key built from data that has no message shows as itself rather than breaking the screen.
	const template = TABLES[locale][key] ?? key;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}

/** Whether a message key exists (for keys built from data, such as field names). */
export function hasMessage(key: string): key is MessageKey {
	return key in en;
}

/** The interface locale suggested by the browser's language list: Chinese if it comes first. */
export function localeFromLanguages(languages: readonly string[]): Locale {
	for (const language of languages) {
		const lower = language.toLowerCase();
		if (lower.startsWith('zh')) return 'zh';
		if (lower.startsWith('en')) return 'en';
	}
	return 'en';
}

/** The BCP 47 tag used with `Intl` for an interface locale. */
export function intlTag(locale: Locale): string {
	return locale === 'zh' ? 'zh-CN' : 'en';
}
