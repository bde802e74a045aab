/**
 * The guided path's state: the step the learner is at and the demo chosen (trade and size),
 * kept on this device so the path resumes where it was left; loading and resetting the demo.
 */

import { DEMO_SIZES, DEMO_TRADES, isDemoTrade, type DemoTrade } from '$lib/core/demo/choices';
import { clampStep, LEARN_STEPS } from '$lib/core/explanations/learn-steps';
import type { DemoState } from '$lib/worker/types';
import { dataActions } from './data-actions.svelte';
import { LiveQuery } from './live-query.svelte';
import { DEMO_SETTING, readSetting, storeMeta } from './store-queries';

const STORAGE_KEY = 'kequn.learn';

interface Saved {
	step: number;
	trade: DemoTrade;
	customers: number;
}

const DEFAULTS: Saved = { step: 0, trade: DEMO_TRADES[0], customers: DEMO_SIZES[0] };

function readSaved(): Saved {
	if (typeof window === 'undefined') return DEFAULTS;
	try {
		const saved = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<Saved>;
		return {
			step: clampStep(Number(saved.step ?? 0)),
			trade: isDemoTrade(saved.trade) ? saved.trade : DEFAULTS.trade,
			customers: (DEMO_SIZES as readonly number[]).includes(Number(saved.customers))
				? Number(saved.customers)
				: DEFAULTS.customers
		};
	} catch {
		return DEFAULTS;
	}
}

class LearnState {
	#saved = readSaved();
	/** Position in LEARN_STEPS. */
	step = $state(this.#saved.step);
	trade = $state<DemoTrade>(this.#saved.trade);
	customers = $state(this.#saved.customers);

	readonly total = LEARN_STEPS.length;
	current = $derived(LEARN_STEPS[this.step]);

	#save(): void {
		const saved: Saved = { step: this.step, trade: this.trade, customers: this.customers };
		window.localStorage.setItem(STORAGE_KEY, JSON.stringify(saved));
	}

	/** Go to a step (kept within the path) and remember it. */
	go(index: number): void {
		this.step = clampStep(index);
		this.#save();
	}

	/** Choose the demo to load (takes effect on the next load or reset). */
	choose(trade: DemoTrade, customers: number): void {
		this.trade = trade;
		this.customers = customers;
		this.#save();
	}

	/** Load the chosen demo (replacing the data, runs and scheme settings). */
	async loadDemo(): Promise<boolean> {
		return dataActions.loadDemo({ trade: this.trade, customers: this.customers });
	}

	/** Back to a clean demo: the chosen demo reloaded (the step stays where it is). */
	async reset(): Promise<boolean> {
		return this.loadDemo();
	}
}

export const learn = new LearnState();

/** What is stored now: how many customers, and which demo (if the data is a demo). */
export class StoredDemo {
	#meta = new LiveQuery(storeMeta);
	#demo = new LiveQuery(() => readSetting<DemoState>(DEMO_SETTING));

	loading = $derived(this.#meta.loading || this.#demo.loading);
	customers = $derived(this.#meta.current?.customers ?? 0);
	/** The loaded demo; undefined when the data is not a demo (or there is none). */
	demo = $derived(this.customers > 0 ? this.#demo.current : undefined);
	/** Data the user would lose by loading a demo: stored, and not a demo. */
	ownData = $derived(this.customers > 0 && !this.#demo.current);
}
