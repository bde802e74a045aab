/**
 * The Clustering lab's state: the feature choice, the matrix preview, the k comparison, the fit
 * of the chosen k with its stability, and saving it as a segmentation scheme. All computing runs
 * in the worker; results of an outdated choice are dropped.
 */

import { analysis, proxy, type TaskResult } from '$lib/worker/client';
import {
	DEFAULT_RUN_SETTINGS,
	type ClusterFeatureSpec,
	type ClusterFitView,
	type ClusterNames,
	type ClusterOptionsView,
	type ClustersAsRules,
	type FeaturePreviewView,
	type KChoiceView,
	type RunSettings,
	type SavedClusteringResult,
	type SavedRulesResult,
	type StabilityView
} from '$lib/worker/types';
import { WorkerTask, type Message } from './worker-task.svelte';

/** Wait this long after the last change of features before rebuilding the preview (ms). */
const PREVIEW_DELAY_MS = 250;

/** Measures chosen at first: the classic R, F and M. */
const STARTING_MEASURES = ['recencyDays', 'orders', 'netValue'];

export interface NumericChoice {
	field: string;
	on: boolean;
	log: boolean;
}

export interface CategoryChoice {
	field: string;
	on: boolean;
	/** Value of a level's 0/1 column: below 1, text columns weigh less than one measure. */
	weight: number;
}

export type LabStep =
	'options' | 'preview' | 'sweep' | 'fit' | 'rules' | 'stability' | 'save' | 'saveRules';

export class ClusteringState {
	options = $state.raw<ClusterOptionsView | null>(null);
	numeric = $state<NumericChoice[]>([]);
	categorical = $state<CategoryChoice[]>([]);
	run = $state<RunSettings>({ ...DEFAULT_RUN_SETTINGS });
	preview = $state.raw<FeaturePreviewView | null>(null);
	choice = $state.raw<KChoiceView | null>(null);
	k = $state<number | null>(null);
	fit = $state.raw<ClusterFitView | null>(null);
	stability = $state.raw<StabilityView | null>(null);
	saved = $state.raw<SavedClusteringResult | null>(null);
	/** The fit's clusters as rules (null until found, or without a measure among the features). */
	rules = $state.raw<ClustersAsRules | null>(null);
	rulesSaved = $state.raw<SavedRulesResult | null>(null);
	/** Steps under way (several can be: the preview while a fit runs). */
	working = $state<LabStep[]>([]);
	progress = $state<{ phase: string; done: number; total: number } | null>(null);
	/** Every worker call of the lab: failures, cancelling the comparison, fit or stability. */
	task = new WorkerTask();
	/** The last failure as a message key and its parameters. */
	error = $derived<Message | null>(this.task.failure);
	/** Long work (the comparison, a fit, its stability) is under way and can be cancelled. */
	cancellable = $derived(
		this.working.some((step) => step === 'sweep' || step === 'fit' || step === 'stability')
	);
	/** Wall time of the last comparison and fit as the page saw them (ms). */
	sweepWallMs = $state<number | null>(null);
	fitWallMs = $state<number | null>(null);

	/** The features as the worker takes them: the chosen ones only. */
	spec = $derived<ClusterFeatureSpec>({
		numeric: this.numeric.filter((choice) => choice.on).map(({ field, log }) => ({ field, log })),
		categorical: this.categorical
			.filter((choice) => choice.on)
			.map(({ field, weight }) => ({ field, weight }))
	});
	hasFeatures = $derived(this.spec.numeric.length + this.spec.categorical.length > 0);

	#timer: ReturnType<typeof setTimeout> | undefined;

	/** What can be clustered; start with recency, frequency and spend. */
	async load(): Promise<void> {
		const options = await this.#call('options', () => analysis().clusterOptions());
		if (!options) return;
		this.options = options;
		this.numeric = options.numeric.map((option) => ({
			field: option.field,
			on: STARTING_MEASURES.includes(option.field),
			log: option.logByDefault
		}));
		this.categorical = options.categorical.map((option) => ({
			field: option.field,
			on: false,
			weight: 1
		}));
		if (this.hasFeatures) await this.#refreshPreview();
	}

	/** Change the feature choice: earlier results no longer apply, the preview is rebuilt. */
	editNumeric(field: string, change: Partial<Omit<NumericChoice, 'field'>>): void {
		this.numeric = this.numeric.map((c) => (c.field === field ? { ...c, ...change } : c));
		this.#changed();
	}

	editCategory(field: string, change: Partial<Omit<CategoryChoice, 'field'>>): void {
		this.categorical = this.categorical.map((c) => (c.field === field ? { ...c, ...change } : c));
		this.#changed();
	}

	/** Change restarts or seed (whole numbers; restarts at least 1). */
	editRun(change: Partial<RunSettings>): void {
		const next = { ...this.run, ...change };
		this.run = {
			restarts: Math.max(1, Math.min(50, Math.round(next.restarts) || 1)),
			seed: Math.max(0, Math.round(next.seed) || 0)
		};
		this.#changed(false);
	}

	/** Compare k = 2..10, then fit the suggested k. */
	async compare(): Promise<void> {
		const spec = this.#spec();
		const started = performance.now();
		const choice = await this.#call('sweep', (current) =>
			analysis().clusterChooseK(spec, this.#run(), this.#progress(current))
		);
		if (!choice) return;
		this.sweepWallMs = performance.now() - started;
		this.choice = choice;
		await this.chooseK(choice.suggestedK);
	}

	/** Fit k clusters on all clustered customers, read them as rules, then check their stability. */
	async chooseK(k: number): Promise<void> {
		this.task.replace();
		this.k = k;
		this.#clearFit();
		const spec = this.#spec();
		const run = this.#run();
		const started = performance.now();
		const fit = await this.#call('fit', (current) =>
			analysis().clusterFit(spec, k, run, this.#progress(current))
		);
		if (!fit) return;
		this.fitWallMs = performance.now() - started;
		this.fit = fit;
		const rules = await this.#call('rules', () => analysis().clusterRules(spec, k, run));
		if (rules) this.rules = rules;
		const stability = await this.#call('stability', (current) =>
			analysis().clusterStability(spec, k, run, this.#progress(current))
		);
		if (stability) this.stability = stability;
	}

	/** Save the current fit as a scheme named `name` and store a run with it. */
	async save(name: string, names: ClusterNames, makePrimary: boolean): Promise<void> {
		if (!this.fit) return;
		const k = this.fit.k;
		const result = await this.#call('save', () =>
			analysis().clusterSave(this.#spec(), k, this.#run(), name, names, makePrimary)
		);
		if (!result) return;
		this.saved = result;
		await this.#reloadSaved();
	}

	/** Save the current fit's rules as an ordered custom rule set named `name`. */
	async saveRules(name: string, names: ClusterNames): Promise<void> {
		if (!this.fit) return;
		const k = this.fit.k;
		const result = await this.#call('saveRules', () =>
			analysis().clusterRulesSave(this.#spec(), k, this.#run(), name, names)
		);
		if (result) this.rulesSaved = result;
	}

	/** Take a saved clustering out of the segmentation schemes. */
	async remove(id: string): Promise<void> {
		const saved = await this.#call('save', () => analysis().clusterRemove(id));
		if (saved && this.options) this.options = { ...this.options, saved };
	}

	isWorking(step: LabStep): boolean {
		return this.working.includes(step);
	}

	async #reloadSaved(): Promise<void> {
		const options = await this.#call('options', () => analysis().clusterOptions());
		if (options) this.options = options;
	}

	/** Stop the comparison, fit or stability under way (the worker restarts on the next call). */
	cancel(): void {
		this.task.cancel();
	}

	#changed(rebuildPreview = true): void {
		this.task.replace();
		this.choice = null;
		this.fit = null;
		this.#clearFit();
		this.k = null;
		this.progress = null;
		if (!rebuildPreview) return;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.#refreshPreview(), PREVIEW_DELAY_MS);
	}

	/** Results that belong to one fit. */
	#clearFit(): void {
		this.saved = null;
		this.stability = null;
		this.rules = null;
		this.rulesSaved = null;
	}

	async #refreshPreview(): Promise<void> {
		if (!this.hasFeatures) {
			this.preview = null;
			return;
		}
		const preview = await this.#call('preview', () => analysis().clusterFeatures(this.#spec()));
		if (preview) this.preview = preview;
	}

	#spec(): ClusterFeatureSpec {
		return $state.snapshot(this.spec) as ClusterFeatureSpec;
	}

	#run(): RunSettings {
		return $state.snapshot(this.run) as RunSettings;
	}

	#progress(current: () => boolean) {
		return proxy((phase: string, done: number, total: number) => {
			// A report can arrive after its step ended (a cancel stops the worker mid-message).
			if (current() && this.working.length > 0) this.progress = { phase, done, total };
		});
	}

	/**
	 * Runs a worker call as a step of the current choice (an answer for an older choice is
	 * dropped); a failure becomes the error shown.
	 */
	async #call<T>(
		step: LabStep,
		call: (current: () => boolean) => Promise<TaskResult<T>>
	): Promise<T | undefined> {
		this.working = [...this.working, step];
		try {
			// Options and saving do not depend on the feature choice: their answers always count.
			const always = step === 'options' || step === 'save' || step === 'saveRules';
			return await this.task.run(call, { replace: false, always });
		} finally {
			const at = this.working.indexOf(step);
			this.working = this.working.filter((_, i) => i !== at);
			if (this.working.length === 0) this.progress = null;
		}
	}
}
