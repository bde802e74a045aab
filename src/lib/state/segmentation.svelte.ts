/**
 * The Segments screen's state: the settings being edited, the live result (a preview computed
 * in the worker after each change) and saving a run.
 */

import { DEFAULT_PRIMARY_SCHEME, type SegmentSettingsInput } from '$lib/core/segments';
import { readSetting } from '$lib/db/settings';
import { analysis, proxy } from '$lib/worker/client';
import type { SegmentationView } from '$lib/worker/types';
import { SEGMENT_SETTINGS_KEY } from '$lib/worker/types';
import { WorkerTask } from './worker-task.svelte';

/** Wait this long after the last edit before recomputing (ms), so typing stays smooth. */
const PREVIEW_DELAY_MS = 200;

export class SegmentationState {
	/** The settings as edited; parts left out take the engine's defaults. */
	input = $state<SegmentSettingsInput>({});
	/** Undefined: the day after the last order in the data. */
	analysisDay = $state<number | undefined>(undefined);
	view = $state.raw<SegmentationView | null>(null);
	selectedSchemeId = $state(DEFAULT_PRIMARY_SCHEME);
	/** The preview or the run being computed; its failure in the interface language. */
	task = new WorkerTask();
	computing = $derived(this.task.loading);
	saving = $state(false);
	progress = $state<{ done: number; total: number } | null>(null);
	error = $derived(this.task.error);
	/** The id of the run saved last from this screen. */
	savedRunId = $state<string | null>(null);
	#timer: ReturnType<typeof setTimeout> | undefined;

	/** Start from the settings of the last run (if any) and compute. */
	async load(): Promise<void> {
		const saved = await readSetting<SegmentSettingsInput>(SEGMENT_SETTINGS_KEY);
		if (saved) this.input = saved;
		this.selectedSchemeId = this.input.primarySchemeId ?? DEFAULT_PRIMARY_SCHEME;
		await this.#compute(false);
	}

	/** Change part of the settings and recompute the live counts shortly after. */
	edit(change: (input: SegmentSettingsInput) => SegmentSettingsInput): void {
		this.input = change($state.snapshot(this.input) as SegmentSettingsInput);
		this.savedRunId = null;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.#compute(false), PREVIEW_DELAY_MS);
	}

	/** Start a new, empty rule set and select it. */
	addRuleSet(othersLabel: { en: string; zh: string }): void {
		const used = new Set((this.input.customRules ?? []).map((set) => set.id));
		let n = used.size + 1;
		while (used.has(`rules${n}`)) n++;
		const id = `rules${n}`;
		this.edit((input) => ({
			...input,
			customRules: [...(input.customRules ?? []), { id, rules: [], others: othersLabel }]
		}));
		this.selectedSchemeId = `custom:${id}`;
	}

	setAnalysisDay(day: number | undefined): void {
		this.analysisDay = day;
		this.edit((input) => input);
	}

	/** Compute and store a run with the current settings. */
	async saveRun(): Promise<void> {
		clearTimeout(this.#timer);
		this.saving = true;
		try {
			await this.#compute(true);
			this.savedRunId = this.view?.runId ?? null;
		} finally {
			this.saving = false;
		}
	}

	async #compute(store: boolean): Promise<void> {
		const view = await this.task.run((current) =>
			analysis().segment(
				$state.snapshot(this.input) as SegmentSettingsInput,
				this.analysisDay,
				store,
				proxy((progress: { done: number; total: number }) => {
					if (current() && this.task.loading) this.progress = { ...progress };
				})
			)
		);
		if (view) this.view = view;
		if (!this.task.loading) this.progress = null;
	}
}
