/** The Customer value screen: model settings (kept on the device) and the last fit. */

import { listRuns } from '$lib/db/runs';
import { readSetting, writeSetting } from '$lib/db/settings';
import { analysis } from '$lib/worker/client';
import { storageFailures } from './storage-failure.svelte';
import {
	DEFAULT_VALUE_SETTINGS,
	type CustomerValue,
	type ValueSettings,
	type ValueView
} from '$lib/worker/types';

import { VALUE_SETTINGS_KEY } from '$lib/core/setting-keys';

export class ValueState {
	settings = $state<ValueSettings>({ ...DEFAULT_VALUE_SETTINGS });
	view = $state.raw<ValueView | null>(null);
	fitting = $state(false);
	error = $state<string | null>(null);

	/** Read the saved settings and fit. */
	async load(): Promise<void> {
		const saved = await readSetting<ValueSettings>(VALUE_SETTINGS_KEY);
		if (saved) this.settings = { ...DEFAULT_VALUE_SETTINGS, ...saved };
		await this.fit();
	}

	/** Fit with the current settings and remember them. */
	async fit(): Promise<void> {
		this.fitting = true;
		this.error = null;
		const settings = $state.snapshot(this.settings) as ValueSettings;
		try {
			// The fit runs even when the settings could not be kept (the alert says so).
			await storageFailures.write(() => writeSetting(VALUE_SETTINGS_KEY, settings));
			const result = await analysis().fitValue(settings);
			if (result.ok) this.view = result.value;
			else this.error = result.detail || result.code;
		} finally {
			this.fitting = false;
		}
	}
}

/** One customer's predicted value, with the settings the user chose on the value screen. */
export async function valueOfCustomer(customerId: string): Promise<CustomerValue | null> {
	// Read here too, so a live query re-runs when the value settings change.
	await readSetting<ValueSettings>(VALUE_SETTINGS_KEY);
	const result = await analysis().customerValue(customerId);
	return result.ok ? result.value : null;
}

/** A customer's segments in every stored run, newest first (empty without runs). */
export async function segmentsOfCustomer(customerId: string) {
	// Read in this context too, so a live query re-runs when a new run is stored.
	await listRuns();
	const result = await analysis().customerHistory(customerId);
	return result.ok ? result.value : [];
}
