/**
 * The import screen's state: the chosen file, the settings the user changed (everything else
 * is detected), the column mapping, the validation report and the final write. Parsing runs in
 * the worker; nothing is written before the user confirms the report.
 */

import type {
	ColumnTarget,
	FileError,
	ImportPreview,
	ImportProgress,
	ImportSettings
} from '$lib/core/import';
import { mappingErrors } from '$lib/core/import/plan';
import type { ImportTemplate } from '$lib/core/model';
import type { ImportMode, ImportWriteSummary } from '$lib/db/import-write';
import { analysis, proxy } from '$lib/worker/client';
import type { ValidationView } from '$lib/worker/types';
import { deviceStorage } from './device-storage.svelte';
import { downloadCsv } from './download';
import { settings as appSettings } from './settings.svelte';
import { WorkerTask } from './worker-task.svelte';

export type ImportPhase =
	'idle' | 'previewing' | 'ready' | 'validating' | 'validated' | 'committing' | 'done';

/** Settings that change how the file is read: changing one reads the start of the file again. */
export type ReadingSetting = Pick<
	ImportSettings,
	'encoding' | 'delimiter' | 'hasHeader' | 'sheet' | 'format' | 'quoteChar'
>;

export class ImporterState {
	file = $state.raw<File | null>(null);
	phase = $state<ImportPhase>('idle');
	/** What the user chose; anything absent is detected. */
	settings = $state<ImportSettings>({});
	preview = $state.raw<ImportPreview | null>(null);
	templates = $state.raw<ImportTemplate[]>([]);
	mapping = $state<ColumnTarget[]>([]);
	validation = $state.raw<ValidationView | null>(null);
	progress = $state<ImportProgress | null>(null);
	error = $state.raw<FileError | null>(null);
	/** Every worker call of the import: running, failed (storage full, a bug), cancelled. */
	task = new WorkerTask();
	/** A failure of a worker task (storage full, or an unexpected error), as the text to show. */
	failure = $derived(this.task.error);
	summary = $state.raw<ImportWriteSummary | null>(null);
	/** The currency guessed from the file (symbols, headers, country), if any. */
	guessedCurrency = $state<string | undefined>(undefined);
	/** The currency the user confirms for the file; stored with the data on commit. */
	currency = $state('');

	/** Problems the current mapping would cause (no customer id, date or amount column). */
	mappingProblems = $derived(
		this.preview
			? mappingErrors(this.mapping, this.settings.kind ?? this.preview.detected.kind)
			: []
	);

	/** Start over with a new file: read its start and guess settings and mapping. */
	async choose(file: File): Promise<void> {
		this.file = file;
		this.settings = {};
		await this.#preview(true);
	}

	/** Change how the file is read (encoding, delimiter, header row, sheet) and read it again. */
	async changeReading(change: ReadingSetting): Promise<void> {
		this.settings = { ...this.settings, ...change };
		delete this.settings.mapping;
		await this.#preview(true);
	}

	/** Change how values are understood (dates, numbers, kind, returns): no re-read needed. */
	changeValues(change: Omit<ImportSettings, keyof ReadingSetting | 'mapping'>): void {
		this.settings = { ...this.settings, ...change };
		this.validation = null;
		if (this.phase === 'validated') this.phase = 'ready';
	}

	/** Map one column (by index) to a field. */
	mapColumn(index: number, target: ColumnTarget): void {
		const next = [...this.mapping];
		next[index] = target;
		this.mapping = next;
		this.validation = null;
		if (this.phase === 'validated') this.phase = 'ready';
	}

	/** Use a saved template's mapping and options. */
	async applyTemplate(template: ImportTemplate): Promise<void> {
		if (!this.preview) return;
		const columns = this.preview.columns;
		const mapping = await this.task.run(() =>
			analysis().importTemplateMapping(template, { columns })
		);
		if (!mapping) return;
		this.settings = { ...this.settings, ...(template.options as ImportSettings) };
		this.mapping = mapping;
		this.validation = null;
		this.phase = 'ready';
	}

	/** Save the current mapping for files with the same headers. */
	async saveTemplate(name: string): Promise<boolean> {
		if (!this.preview || !name.trim()) return false;
		const { mapping: _mapping, ...options } = $state.snapshot(this.settings) as ImportSettings;
		const preview = this.preview;
		const template = await this.task.run(
			() =>
				analysis().importSaveTemplate(
					name.trim(),
					{ headerSignature: preview.headerSignature, columns: preview.columns },
					$state.snapshot(this.mapping) as ColumnTarget[],
					JSON.parse(JSON.stringify(options)) as Record<string, string | number | boolean>
				),
			{ always: true }
		);
		if (template) this.templates = [template, ...this.templates];
		return template !== undefined;
	}

	/** Read and check the whole file in the worker; nothing is written. */
	async validate(): Promise<void> {
		if (!this.file) return;
		const file = this.file;
		this.phase = 'validating';
		this.error = null;
		this.progress = null;
		const settings: ImportSettings = {
			...($state.snapshot(this.settings) as ImportSettings),
			mapping: $state.snapshot(this.mapping) as ColumnTarget[]
		};
		const validation = await this.task.run((current) =>
			analysis().importValidate(
				file,
				file.name,
				settings,
				proxy((progress: ImportProgress) => {
					if (current()) this.progress = progress;
				})
			)
		);
		this.progress = null;
		if (this.task.cancelled) this.error = { code: 'cancelled', detail: '' };
		if (!validation) {
			this.phase = 'ready';
			return;
		}
		this.validation = validation;
		if (!validation.ok) {
			this.error = validation.error;
			this.phase = 'ready';
			return;
		}
		this.phase = 'validated';
	}

	/** Stop the running check at once (the worker is stopped and restarts); nothing is saved. */
	cancel(): void {
		this.task.cancel();
	}

	/**
	 * Whether to ask "add or replace?" before writing: the file's dates lie far from the stored
	 * data's, or it shares no customer with it.
	 */
	mustAsk = $derived(this.validation?.ok === true && this.validation.fit.reasons.length > 0);

	/** Write the checked file, whole, in one transaction: added to the stored data or replacing it. */
	async commit(mode: ImportMode = 'add'): Promise<void> {
		this.phase = 'committing';
		const summary = await this.task.run(() => analysis().importCommit(mode), { always: true });
		if (!summary) {
			this.phase = 'validated';
			return;
		}
		if (this.currency) await appSettings.setCurrency(this.currency);
		this.summary = summary;
		this.phase = 'done';
		await deviceStorage.requestPersistence();
	}

	/** The validation report as a CSV download. */
	async downloadReport(locale: 'zh' | 'en'): Promise<void> {
		const validation = this.validation;
		const report = validation?.report;
		if (!report) return;
		const csv = await this.task.run(() => analysis().importReportCsv(report, locale), {
			always: true
		});
		if (csv !== undefined)
			downloadCsv(`${(this.file?.name ?? 'import').replace(/\.[^.]+$/, '')}-report.csv`, csv);
	}

	/** Back to choosing a file. */
	reset(): void {
		this.file = null;
		this.preview = null;
		this.validation = null;
		this.summary = null;
		this.error = null;
		this.task.clear();
		this.settings = {};
		this.mapping = [];
		this.phase = 'idle';
	}

	async #preview(resetMapping: boolean): Promise<void> {
		if (!this.file) return;
		const file = this.file;
		this.phase = 'previewing';
		this.error = null;
		this.validation = null;
		const settings = $state.snapshot(this.settings) as ImportSettings;
		const view = await this.task.run(() => analysis().importPreview(file, file.name, settings));
		if (!view) {
			// A newer preview is under way: it sets the phase.
			if (!this.task.loading) this.phase = 'idle';
			return;
		}
		if (!view.ok) {
			this.error = view.error;
			this.preview = null;
			this.phase = 'idle';
			return;
		}
		this.preview = view.preview;
		this.templates = view.templates;
		if (resetMapping) {
			this.guessedCurrency = view.currency;
			this.currency = view.currency ?? appSettings.currency;
		}
		if (resetMapping) this.mapping = [...view.preview.mapping];
		this.phase = 'ready';
	}
}
