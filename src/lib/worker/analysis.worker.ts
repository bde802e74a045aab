/**
 * The analysis worker: everything heavy (generating, parsing, computing, bulk reads and writes)
 * runs here so the page stays responsive. A thin layer over core and db, exposed with comlink.
 */

import { expose, releaseProxy, transfer, type Remote } from 'comlink';
import type { DemoOptions } from '$lib/core/demo';
import {
	BackupError,
	createBackupFile,
	inspectBackupFile,
	restoreBackupFile
} from '$lib/db/backup';
import { deleteEverything } from '$lib/db/store';
import { addDemoPeriod, loadDemo } from './tasks/demo';
import type { SegmentationProgress, SegmentSettingsInput } from '$lib/core/segments';
import { segment } from './tasks/segmentation';
import { dashboard } from './tasks/dashboard';
import { customerHistory } from './tasks/customer-history';
import * as imports from './tasks/import';
import type {
	ColumnTarget,
	ImportPreview,
	ImportProgress,
	ImportReport,
	ImportSettings
} from '$lib/core/import';
import type { ImportTemplate } from '$lib/core/model';
import { customerValue, fitValue } from './tasks/value';
import type { ValueSettings } from './tasks/value-types';

export type Progress = (phase: string, done: number, total: number) => void;

/** A failure the page can translate: a code from an i18n catalogue plus a detail. */
export interface TaskFailure {
	ok: false;
	code: string;
	detail: string;
}
export type TaskResult<T> = { ok: true; value: T } | TaskFailure;

async function guarded<T>(task: () => Promise<T>): Promise<TaskResult<T>> {
	try {
		return { ok: true, value: await task() };
	} catch (error) {
		if (error instanceof BackupError)
			return { ok: false, code: `backup.error.${error.code}`, detail: error.detail };
		return {
			ok: false,
			code: 'common.error',
			detail: error instanceof Error ? error.message : String(error)
		};
	}
}

/** Let go of a callback the page passed with comlink's proxy() (comlink #63). */
function release(callback: ((...args: never[]) => void) | undefined): void {
	(callback as unknown as Remote<Progress> | undefined)?.[releaseProxy]();
}

const api = {
	/** Replace the data with a freshly generated demo business (settings kept). */
	async loadDemo(options: DemoOptions, progress?: Progress) {
		const result = await guarded(() =>
			loadDemo(options, (done) => progress?.(done === 0 ? 'generate' : 'store', done, 2))
		);
		release(progress);
		return result;
	},

	/** Add the demo business's next period (new customers, orders, interactions). */
	async addDemoPeriod(months: number) {
		return guarded(() => addDemoPeriod(months));
	},

	/** The backup file's bytes (transferred, not copied). */
	async createBackup(passphrase?: string) {
		return guarded(async () => {
			const file = await createBackupFile(new Date(), passphrase);
			return transfer(file, [file.buffer]);
		});
	},

	/** Check a backup file whole and summarise it, writing nothing. */
	async inspectBackup(file: Uint8Array, passphrase?: string) {
		return guarded(() => inspectBackupFile(file, passphrase));
	},

	/** Replace everything with a backup's content (checked first; one transaction). */
	async restoreBackup(file: Uint8Array, passphrase?: string) {
		return guarded(() => restoreBackupFile(file, passphrase));
	},

	/**
	 * Measures and every segmentation scheme on the stored data; `store` saves the run.
	 * Measures are cached per data version, so previews while editing settings are quick.
	 */
	async segment(
		settings: SegmentSettingsInput,
		analysisDay: number | undefined,
		store: boolean,
		progress?: (progress: SegmentationProgress) => void
	) {
		const result = await guarded(() => segment(settings, analysisDay, store, progress));
		release(progress);
		return result;
	},

	/** The home dashboard's figures. */
	async dashboard() {
		return guarded(() => dashboard());
	},

	/** Fit BG/NBD and Gamma-Gamma on the stored orders, score everyone, back-test. */
	async fitValue(settings: ValueSettings) {
		return guarded(() => fitValue(settings));
	},

	/** One customer's predicted value and explained purchase-intention score. */
	async customerValue(customerId: string, settings?: ValueSettings) {
		return guarded(() => customerValue(customerId, settings));
	},

	/** A customer's segment in every scheme of every stored run. */
	async customerHistory(customerId: string) {
		return guarded(() => customerHistory(customerId));
	},

	/** The start of a file to import: detected settings, guessed mapping, first rows. */
	async importPreview(file: Blob, name: string, settings: ImportSettings) {
		return guarded(() => imports.preview(file, name, settings));
	},

	/** Parse and check a whole file, writing nothing; progress as bytes and rows. */
	async importValidate(
		file: Blob,
		name: string,
		settings: ImportSettings,
		progress?: (progress: ImportProgress) => void
	) {
		const result = await guarded(() => imports.validate(file, name, settings, progress));
		release(progress);
		return result;
	},

	/** Stop the running validation. */
	importCancel() {
		imports.cancel();
	},

	/** Write the validated file, whole, in one transaction. */
	async importCommit() {
		return guarded(() => imports.commit());
	},

	/** The validation report as CSV text. */
	importReportCsv(report: ImportReport, locale: 'en' | 'zh') {
		return imports.reportCsv(report, locale);
	},

	/** Save a column mapping as a named template. */
	async importSaveTemplate(
		name: string,
		preview: Pick<ImportPreview, 'headerSignature' | 'columns'>,
		mapping: ColumnTarget[],
		options: Record<string, string | number | boolean>
	) {
		return guarded(() => imports.rememberMapping(name, preview, mapping, options));
	},

	/** The mapping a saved template gives for a file's columns. */
	importTemplateMapping(template: ImportTemplate, preview: Pick<ImportPreview, 'columns'>) {
		return imports.mappingOfTemplate(template, preview);
	},

	/** Delete everything stored. */
	async deleteAll() {
		return guarded(async () => {
			await deleteEverything();
			return true;
		});
	}
};

export type AnalysisApi = typeof api;

expose(api);
