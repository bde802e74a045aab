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
import type { ImportWriteSummary } from '$lib/db/import-write';
import { analysis, proxy } from '$lib/worker/client';
import type { ValidationView } from '$lib/worker/types';
import type { MessageKey } from '$lib/i18n/translate';
import { deviceStorage } from './device-storage.svelte';
import { downloadCsv } from './download';
import { locale } from './locale.svelte';

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
	/** A failure of a worker task (storage full, or an unexpected error), as the text to show. */
	failure = $state<string | null>(null);
	summary = $state.raw<ImportWriteSummary | null>(null);

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
		this.settings = { ...this.settings, ...(template.options as ImportSettings) };
		this.mapping = await analysis().importTemplateMapping(template, {
			columns: this.preview.columns
		});
		this.validation = null;
		this.phase = 'ready';
	}

	/** Save the current mapping for files with the same headers. */
	async saveTemplate(name: string): Promise<boolean> {
		if (!this.preview || !name.trim()) return false;
		const { mapping: _mapping, ...options } = $state.snapshot(this.settings) as ImportSettings;
		const result = await analysis().importSaveTemplate(
			name.trim(),
			{ headerSignature: this.preview.headerSignature, columns: this.preview.columns },
			$state.snapshot(this.mapping) as ColumnTarget[],
			JSON.parse(JSON.stringify(options)) as Record<string, string | number | boolean>
		);
		if (result.ok) this.templates = [result.value, ...this.templates];
		return result.ok;
	}

	/** Read and check the whole file in the worker; nothing is written. */
	async validate(): Promise<void> {
		if (!this.file) return;
		this.phase = 'validating';
		this.error = null;
		this.failure = null;
		this.progress = null;
		const onProgress = proxy((progress: ImportProgress) => {
			this.progress = progress;
		});
		const result = await analysis().importValidate(
			this.file,
			this.file.name,
			{
				...($state.snapshot(this.settings) as ImportSettings),
				mapping: $state.snapshot(this.mapping) as ColumnTarget[]
			},
			onProgress
		);
		this.progress = null;
		if (!result.ok) {
			this.failure = locale.t('common.error', { message: result.detail });
			this.phase = 'ready';
			return;
		}
		this.validation = result.value;
		if (!result.value.ok) {
			this.error = result.value.error;
			this.phase = 'ready';
			return;
		}
		this.phase = 'validated';
	}

	/** Stop the running check; nothing is saved. */
	cancel(): void {
		void analysis().importCancel();
	}

	/** Write the checked file, whole, in one transaction. */
	async commit(): Promise<void> {
		this.phase = 'committing';
		const result = await analysis().importCommit();
		if (!result.ok) {
			this.failure =
				result.code === 'common.error'
					? locale.t('common.error', { message: result.detail })
					: locale.t(result.code as MessageKey, { detail: result.detail });
			this.phase = 'validated';
			return;
		}
		this.summary = result.value;
		this.phase = 'done';
		await deviceStorage.requestPersistence();
	}

	/** The validation report as a CSV download. */
	async downloadReport(locale: 'zh' | 'en'): Promise<void> {
		const validation = this.validation;
		const report = validation?.report;
		if (!report) return;
		const csv = await analysis().importReportCsv(report, locale);
		downloadCsv(`${(this.file?.name ?? 'import').replace(/\.[^.]+$/, '')}-report.csv`, csv);
	}

	/** Back to choosing a file. */
	reset(): void {
		this.file = null;
		this.preview = null;
		this.validation = null;
		this.summary = null;
		this.error = null;
		this.failure = null;
		this.settings = {};
		this.mapping = [];
		this.phase = 'idle';
	}

	async #preview(resetMapping: boolean): Promise<void> {
		if (!this.file) return;
		this.phase = 'previewing';
		this.error = null;
		this.failure = null;
		this.validation = null;
		const result = await analysis().importPreview(
			this.file,
			this.file.name,
			$state.snapshot(this.settings) as ImportSettings
		);
		if (!result.ok) {
			this.failure = locale.t('common.error', { message: result.detail });
			this.phase = 'idle';
			return;
		}
		const view = result.value;
		if (!view.ok) {
			this.error = view.error;
			this.preview = null;
			this.phase = 'idle';
			return;
		}
		this.preview = view.preview;
		this.templates = view.templates;
		if (resetMapping) this.mapping = [...view.preview.mapping];
		this.phase = 'ready';
	}
}
