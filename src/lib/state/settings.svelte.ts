/** User settings kept in the store (currency) with their defaults. */

import { readSetting, writeSetting } from '$lib/db/settings';
import { defaultCurrency } from '$lib/i18n/format';
import { locale } from './locale.svelte';
import { storageFailures } from './storage-failure.svelte';

const CURRENCY_SETTING = 'currency';

class SettingsState {
	#savedCurrency = $state<string | undefined>(undefined);

	/** The currency amounts are shown in: the user's choice, else the locale's default. */
	currency = $derived(
		this.#savedCurrency ??
			defaultCurrency(locale.current, typeof navigator === 'undefined' ? 'en' : navigator.language)
	);

	/** Read the saved settings (call once from the root layout's onMount). */
	async load(): Promise<void> {
		this.#savedCurrency = await readSetting<string>(CURRENCY_SETTING);
	}

	async setCurrency(currency: string): Promise<void> {
		this.#savedCurrency = currency;
		await storageFailures.write(() => writeSetting(CURRENCY_SETTING, currency));
	}
}

export const settings = new SettingsState();
