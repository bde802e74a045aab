/**
 * What the user does to the data as a whole: load the demo, back up, restore, delete all.
 * Each runs in the worker; this class holds the one status line the screens show.
 */

import type { DemoTrade } from '$lib/core/demo';
import type { MessageKey } from '$lib/i18n/translate';
import { analysis, proxy, type TaskResult } from '$lib/worker/client';
import { deviceStorage } from './device-storage.svelte';
import { download } from './download';
import { locale } from './locale.svelte';
import { failureMessage } from './worker-task.svelte';

export type StatusTone = 'working' | 'done' | 'error';

export interface BackupPreview {
	file: Uint8Array;
	passphrase?: string;
	createdAt: string;
	customers: number;
	orders: number;
}

/** Customers of the default demo business (the mixed trade), loaded when no size is chosen. */
export const DEFAULT_DEMO_CUSTOMERS = 2_000;

/** The seed of the demo business loaded from the home screen (same seed, same business). */
export const DEMO_SEED = 20_260_630;

class DataActions {
	busy = $state(false);
	status = $state<{ tone: StatusTone; text: string } | null>(null);
	progress = $state<{ done: number; total: number } | null>(null);

	#say(tone: StatusTone, key: MessageKey, params?: Record<string, string | number>) {
		this.status = { tone, text: locale.t(key, params) };
	}

	#fail(result: TaskResult<unknown>) {
		if (result.ok) return;
		const { key, params } = failureMessage(result);
		this.#say('error', key, params);
	}

	async #run<T>(working: MessageKey, task: () => Promise<TaskResult<T>>): Promise<T | undefined> {
		this.busy = true;
		this.progress = null;
		this.#say('working', working);
		try {
			const result = await task();
			if (result.ok) return result.value;
			this.#fail(result);
			return undefined;
		} catch (error) {
			this.#say('error', 'common.error', { message: String(error) });
			return undefined;
		} finally {
			this.busy = false;
			this.progress = null;
		}
	}

	/**
	 * Replace everything with a demo business in the interface's language: the mixed business
	 * of 2,000 customers, or the trade and size chosen.
	 */
	async loadDemo(choice: { trade?: DemoTrade; customers?: number } = {}): Promise<boolean> {
		const onProgress = proxy((_phase: string, done: number, total: number) => {
			this.progress = { done, total };
		});
		const counts = await this.#run('home.loadingDemo', () =>
			analysis().loadDemo(
				{ seed: DEMO_SEED, locale: locale.current, customers: DEFAULT_DEMO_CUSTOMERS, ...choice },
				onProgress
			)
		);
		if (!counts) return false;
		this.#say('done', 'home.demoLoaded', {
			customers: locale.number(counts.customers),
			orders: locale.number(counts.orders)
		});
		await deviceStorage.requestPersistence();
		return true;
	}

	/** The last restore attempt needs a passphrase (an encrypted backup). */
	needsPassphrase = $state(false);

	/** While the demo's next period is being added (its buttons say so and wait). */
	addingPeriod = $state(false);

	/**
	 * Add the next three months of the loaded demo business; with an `uplift` (0–1), started
	 * campaigns get that simulated effect on their treated members.
	 */
	async addDemoPeriod(uplift?: number): Promise<void> {
		if (this.busy) return; // a second click while the first runs adds nothing twice
		this.addingPeriod = true;
		const counts = await this.#run('home.demoNextWorking', () =>
			analysis().addDemoPeriod(3, uplift)
		).finally(() => (this.addingPeriod = false));
		if (!counts) return;
		this.#say('done', 'home.demoNextDone', {
			customers: locale.number(counts.customers),
			orders: locale.number(counts.orders)
		});
	}

	/** Make a backup file (encrypted when a passphrase is given) and download it. */
	async downloadBackup(passphrase?: string): Promise<void> {
		const file = await this.#run('settings.backup.working', () =>
			analysis().createBackup(passphrase || undefined)
		);
		if (!file) return;
		const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
		const name = `kequn-backup-${stamp}.kequn`;
		download(name, file as Uint8Array<ArrayBuffer>, 'application/octet-stream');
		this.#say('done', 'settings.backup.done', { file: name });
	}

	/** Read and check a backup file whole, writing nothing; null when it cannot be restored. */
	async previewRestore(file: Uint8Array, passphrase?: string): Promise<BackupPreview | null> {
		let needsPassphrase = false;
		const summary = await this.#run('settings.restore.working', async () => {
			const result = await analysis().inspectBackup(file, passphrase || undefined);
			needsPassphrase = !result.ok && result.code === 'backup.error.passphrase-needed';
			return result;
		});
		this.needsPassphrase = needsPassphrase;
		if (!summary) return null;
		this.status = null;
		return { file, passphrase, ...summary };
	}

	/** Replace everything with a checked backup. */
	async restore(preview: BackupPreview): Promise<void> {
		const summary = await this.#run('settings.restore.working', () =>
			analysis().restoreBackup(preview.file, preview.passphrase)
		);
		if (!summary) return;
		this.#say('done', 'settings.restore.done', {
			customers: locale.number(summary.customers),
			orders: locale.number(summary.orders)
		});
	}

	/** Delete everything stored by the app. */
	async deleteAll(): Promise<void> {
		const result = await this.#run('common.loading', () => analysis().deleteAll());
		if (result === undefined) return;
		this.#say('done', 'settings.delete.done');
	}
}

export const dataActions = new DataActions();
