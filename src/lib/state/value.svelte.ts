/** The Customer value screen: model settings (kept on the device) and the last fit. */

import { listRuns } from '$lib/db/runs';
import { readSetting, writeSetting } from '$lib/db/settings';
import { analysis } from '$lib/worker/client';
import { storageFailures } from './storage-failure.svelte';
import {
	DEFAULT_VALUE_SETTINGS,
	type CustomerValue,
	type PredictionStatus,
	type ValueSettings,
	type ValueView
} from '$lib/worker/types';

import { VALUE_SETTINGS_KEY } from '$lib/core/setting-keys';
import { WorkerTask } from './worker-task.svelte';

export class ValueState {
	settings = $state<ValueSettings>({ ...DEFAULT_VALUE_SETTINGS });
	view = $state.raw<ValueView | null>(null);
	/** The fit: running, failed (translated) or cancelled; `cancel()` stops it. */
	task = new WorkerTask();
	fitting = $derived(this.task.loading);
	error = $derived(this.task.error);

	/** Read the saved settings and fit. */
	async load(): Promise<void> {
		const saved = await readSetting<ValueSettings>(VALUE_SETTINGS_KEY);
		if (saved) this.settings = { ...DEFAULT_VALUE_SETTINGS, ...saved };
		await this.fit();
	}

	/** Fit with the current settings and remember them; `compare`: back-test all three models. */
	async fit(compare = this.view?.holdout !== undefined): Promise<void> {
		const settings = $state.snapshot(this.settings) as ValueSettings;
		// The fit runs even when the settings could not be kept (the alert says so).
		await storageFailures.write(() => writeSetting(VALUE_SETTINGS_KEY, settings));
		const view = await this.task.run(() => analysis().fitValue(settings, compare));
		if (view) this.view = view;
	}

	/** Stop the fit under way (the last figures stay). */
	cancel(): void {
		this.task.cancel();
	}
}

/** One customer's predicted value, with the settings the user chose on the value screen. */
export async function valueOfCustomer(customerId: string): Promise<CustomerValue | null> {
	// Read here too, so a live query re-runs when the value settings change.
	await readSetting<ValueSettings>(VALUE_SETTINGS_KEY);
	const result = await analysis().customerValue(customerId);
	return result.ok ? result.value : null;
}

/** Whether the saved settings' fit can predict single customers (null on failure). */
export async function predictionStatusNow(): Promise<PredictionStatus | null> {
	// Read here too, so a live query re-runs when the value settings change.
	await readSetting<ValueSettings>(VALUE_SETTINGS_KEY);
	const result = await analysis().predictionStatus();
	return result.ok ? result.value : null;
}

/** A customer's segments in every stored run, newest first (empty without runs). */
export async function segmentsOfCustomer(customerId: string) {
	// Read in this context too, so a live query re-runs when a new run is stored.
	await listRuns();
	const result = await analysis().customerHistory(customerId);
	return result.ok ? result.value : [];
}
