/**
 * The one message lookup: every translated text — the app's tables, the importer's problems,
 * errors and field names, the CLV explanations — goes through `translate` (screens call it as
 * `locale.t`). Pure, so the core, the CLI and tests share it. `{name}` placeholders.
 */

import { CLV_MESSAGES, type ClvMessageCode } from '../core/clv/messages';
import type { FieldKey } from '../core/import/fields';
import { IMPORT_MESSAGES } from '../core/import/messages';
import type { FileErrorCode, ProblemCode } from '../core/import/problems';
import { en, type MessageKey as AppMessageKey } from './messages/en';
import { zh } from './messages/zh';

export type Locale = 'zh' | 'en';

/** Keys of the importer's catalogue (core/import/messages.ts), kept beside its codes. */
export type ImportMessageKey =
	| `import.problem.${ProblemCode}`
	| `import.error.${FileErrorCode}`
	| `import.field.${FieldKey | 'custom' | 'ignore'}`;
/** Keys of the CLV explanations (core/clv/messages.ts). */
export type ClvMessageKey = `clv.${ClvMessageCode}`;
export type MessageKey = AppMessageKey | ImportMessageKey | ClvMessageKey;

function prefixed(prefix: string, texts: Record<string, string>): Record<string, string> {
	return Object.fromEntries(Object.entries(texts).map(([key, text]) => [prefix + key, text]));
}

const TABLES: Record<Locale, Record<string, string>> = {
	zh: { ...IMPORT_MESSAGES.zh, ...prefixed('clv.', CLV_MESSAGES.zh), ...zh },
	en: { ...IMPORT_MESSAGES.en, ...prefixed('clv.', CLV_MESSAGES.en), ...en }
};

/** A `unit` parameter of 'day' or 'week' in words: singular when the `horizon` is 1. */
const UNIT_WORDS: Record<Locale, Record<string, [string, string]>> = {
	en: { day: ['day', 'days'], week: ['week', 'weeks'] },
	zh: { day: ['天', '天'], week: ['周', '周'] }
};

/** The message for `key` in `locale`, with `{name}` replaced from `params`. */
export function translate(
	locale: Locale,
	key: MessageKey,
	params: Record<string, string | number> = {}
): string {
	// A key built from data that has no message shows as itself rather than breaking the screen.
	const template = TABLES[locale][key] ?? key;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
		if (!(name in params)) return whole;
		const words = name === 'unit' ? UNIT_WORDS[locale][String(params.unit)] : undefined;
		if (words) return params.horizon === 1 ? words[0] : words[1];
		return String(params[name]);
	});
}

/** Whether a message key exists (for keys built from data, such as field names). */
export function hasMessage(key: string): key is MessageKey {
	return key in TABLES.en;
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
