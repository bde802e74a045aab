/** Money in few characters for dense tables (¥541万, $5.41M); the full amount goes in the title. */

import { intlTag } from '$lib/i18n/translate';
import { locale } from '$lib/state/locale.svelte';

/** A compact amount in the interface language, e.g. ¥541万 or $5.41M. */
export function compactMoney(value: number, currency: string): string {
	return new Intl.NumberFormat(intlTag(locale.current), {
		style: 'currency',
		currency,
		notation: 'compact',
		maximumSignificantDigits: 3
	}).format(value);
}
