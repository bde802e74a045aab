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
import { writeAutoBackup } from '$lib/db/backup-folder';
import type { AutoBackupReason } from '$lib/core/backup-rotation';
import { announceWork, type TabWork } from '$lib/db/tab-work';
import { StaleVersionError } from '$lib/db/write-lock';
import { addDemoPeriod, loadDemo } from './tasks/demo';
import { recordAutomaticRun } from './tasks/auto-run';
import { cohorts } from './tasks/cohorts';
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
import type { ImportMode } from '$lib/db/import-write';
import { customerValue, fitValue, predictionStatus } from './tasks/value';
import type { ValueSettings } from './tasks/value-types';
import { segmentScorecard } from './tasks/strategies-scorecard';
import * as campaigns from './tasks/campaigns';
import type { TreatedListHeaders } from '$lib/core/campaigns/export';
import { migration, migrationMembers } from './tasks/monitor';
import * as clustering from './tasks/clustering';
import { clusterRulesOf, saveClusterRules } from './tasks/clustering-rules';
import { removeClustering, saveLabClustering } from './tasks/clustering-save';
import type { ClusterFeatureSpec, RunSettings } from './tasks/clustering-types';
import { explorerView } from './tasks/explorer';
import type { SegmentSource } from './engine/sources';
import * as directory from './tasks/explorer-directory';

export type Progress = (phase: string, done: number, total: number) => void;

/** A failure the page can translate: a code from an i18n catalogue plus a detail. */
export interface TaskFailure {
	ok: false;
	code: string;
	detail: string;
}
export type TaskResult<T> = { ok: true; value: T } | TaskFailure;

/** The browser refused to store more (Dexie wraps the DOMException; look through both). */
function isQuotaExceeded(error: unknown): boolean {
	const names = [error, (error as { inner?: unknown })?.inner].map(
		(candidate) => (candidate as { name?: string } | undefined)?.name ?? ''
	);
	return names.some((name) => name.includes('QuotaExceeded'));
}

async function guarded<T>(task: () => Promise<T>): Promise<TaskResult<T>> {
	try {
		return { ok: true, value: await task() };
	} catch (error) {
		if (error instanceof BackupError)
			return { ok: false, code: `backup.error.${error.code}`, detail: error.detail };
		if (error instanceof StaleVersionError)
			return { ok: false, code: 'team.staleVersion', detail: error.reason };
		if (isQuotaExceeded(error)) return { ok: false, code: 'storage.quotaExceeded', detail: '' };
		return {
			ok: false,
			code: 'common.error',
			detail: error instanceof Error ? error.message : String(error)
		};
	}
}

/**
 * After a write, before reporting it done: store the automatic run for the new data (so every
 * screen built on runs works at once), and keep the customer list's first screen (about 0.1 s at
 * 100,000 customers), so the list opens at once even right after an import. The write itself is
 * done by then: a failure of the automatic run is logged, not reported as a failed write.
 */
async function written<T>(work: TabWork, task: () => Promise<T>, restored = false): Promise<T> {
	return announceWork(work, async () => {
		const value = await task();
		await recordAutomaticRun(Date.now(), restored).catch((error: unknown) =>
			console.error('automatic run not stored', error)
		);
		await directory.keepFirstScreen();
		// After all data is gone there is nothing worth a backup (it would rotate good ones out).
		if (work !== 'delete') await autoBackup(work === 'import' ? 'import' : 'edit');
		return value;
	});
}

/** Write a backup into the chosen folder when due; a failure is logged, the write stands. */
async function autoBackup(reason: AutoBackupReason) {
	return writeAutoBackup(reason).catch((error: unknown) => {
		console.error('automatic backup not written', error);
		return 'failed' as const;
	});
}

/** Let go of a callback the page passed with comlink's proxy() (comlink #63). */
function release(callback: ((...args: never[]) => void) | undefined): void {
	(callback as unknown as Remote<Progress> | undefined)?.[releaseProxy]();
}

const api = {
	/** Replace the data with a freshly generated demo business (settings kept). */
	async loadDemo(options: DemoOptions, progress?: Progress) {
		const result = await guarded(() =>
			written('demo', () =>
				loadDemo(options, (done) => progress?.(done === 0 ? 'generate' : 'store', done, 2))
			)
		);
		release(progress);
		return result;
	},

	/** Add the demo business's next period (new customers, orders, interactions). */
	async addDemoPeriod(months: number, uplift?: number) {
		return guarded(() => written('demo', () => addDemoPeriod(months, uplift)));
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
		return guarded(() => written('restore', () => restoreBackupFile(file, passphrase), true));
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

	/** Fit the chosen model and Gamma-Gamma on the stored orders, score everyone, back-test. */
	async fitValue(settings: ValueSettings, compare = false) {
		return guarded(() => fitValue(settings, compare));
	},

	/** The model the predictions use and whether it can predict single customers. */
	async predictionStatus() {
		return guarded(() => predictionStatus());
	},

	/** One customer's predicted value and explained intention score (the saved value settings). */
	async customerValue(customerId: string) {
		return guarded(() => customerValue(customerId));
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

	/** Write the validated file, whole, in one transaction. */
	async importCommit(mode: ImportMode = 'add') {
		return guarded(() => written('import', () => imports.commit(mode)));
	},

	/** The validation report as CSV text. */
	async importReportCsv(report: ImportReport, locale: 'en' | 'zh') {
		return guarded(async () => imports.reportCsv(report, locale));
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
	async importTemplateMapping(template: ImportTemplate, preview: Pick<ImportPreview, 'columns'>) {
		return guarded(async () => imports.mappingOfTemplate(template, preview));
	},

	/** What the clustering lab can cluster, and the clusterings saved as schemes. */
	async clusterOptions() {
		return guarded(() => clustering.clusterOptions());
	},

	/** The clustering feature matrix's first rows and its transform. */
	async clusterFeatures(spec: ClusterFeatureSpec) {
		return guarded(() => clustering.clusterFeatures(spec));
	},

	/** The k comparison (k = 2..10) with a suggested k; progress per k. */
	async clusterChooseK(spec: ClusterFeatureSpec, run: RunSettings, progress?: Progress) {
		const result = await guarded(() => clustering.clusterChooseK(spec, run, progress));
		release(progress);
		return result;
	},

	/** One fit of k clusters: profiles and the 2-D view (points transferred). */
	async clusterFit(spec: ClusterFeatureSpec, k: number, run: RunSettings, progress?: Progress) {
		const result = await guarded(() => clustering.clusterFit(spec, k, run, progress));
		release(progress);
		if (!result.ok) return result;
		const { x, y, cluster } = result.value.projection;
		return transfer(result, [x.buffer, y.buffer, cluster.buffer]);
	},

	/** Agreement of the fit with re-fits on other seeds and bootstrap samples. */
	async clusterStability(
		spec: ClusterFeatureSpec,
		k: number,
		run: RunSettings,
		progress?: Progress
	) {
		const result = await guarded(() => clustering.clusterStability(spec, k, run, progress));
		release(progress);
		return result;
	},

	/** Save the fit as a segmentation scheme and store a run with it. */
	async clusterSave(...args: Parameters<typeof saveLabClustering>) {
		return guarded(() => saveLabClustering(...args));
	},

	/** The fit's clusters as rules (a shallow tree on the measures' own values) with fidelity. */
	async clusterRules(spec: ClusterFeatureSpec, k: number, run: RunSettings) {
		return guarded(() => clusterRulesOf(spec, k, run));
	},

	/** Save the fit's rules as an ordered custom rule set and store a run with it. */
	async clusterRulesSave(...args: Parameters<typeof saveClusterRules>) {
		return guarded(() => saveClusterRules(...args));
	},

	/** Take a saved clustering out of the segmentation settings. */
	async clusterRemove(id: string) {
		return guarded(() => removeClustering(id));
	},

	/** The split a campaign would get and both groups' starting figures. */
	async planCampaign(members: campaigns.CampaignMembers, holdoutShare: number, seed: number) {
		return guarded(() => campaigns.planCampaign(members, holdoutShare, seed));
	},

	/** Start (store) a campaign; its id. */
	async startCampaign(input: campaigns.CampaignInput) {
		return guarded(() => campaigns.startCampaign(input, Date.now()));
	},

	/** Every campaign with its measured result, newest first. */
	async campaigns() {
		return guarded(() => campaigns.campaignViews());
	},

	/** A campaign's treated list as CSV (null when it is gone). */
	async campaignTreatedCsv(id: string, headers: TreatedListHeaders) {
		return guarded(() => campaigns.treatedCsv(id, headers));
	},

	/** A campaign's hold-out members, not to be contacted (null when it is gone). */
	async campaignHoldout(id: string) {
		return guarded(() => campaigns.holdoutMembers(id));
	},

	/** The evaluation scorecard of a scheme in a stored run (the newest when runId is ''). */
	async scorecard(runId: string, schemeId: string) {
		return guarded(() => segmentScorecard(runId, schemeId));
	},

	/** Who moved between a scheme's segments from one stored run to another (counts, revenue). */
	async migration(beforeRunId: string, afterRunId: string, schemeId: string) {
		return guarded(() => migration(beforeRunId, afterRunId, schemeId));
	},

	/** The customers of one cell of the migration matrix. */
	async migrationMembers(
		beforeRunId: string,
		afterRunId: string,
		schemeId: string,
		row: number,
		column: number
	) {
		return guarded(() => migrationMembers(beforeRunId, afterRunId, schemeId, row, column));
	},

	/** Cohort retention: customers by month of first purchase, their purchases in each month since. */
	async cohorts() {
		return guarded(() => cohorts());
	},

	/** The segment explorer's figures for one scheme: cards, heat maps, profiles, cluster scatter. */
	async explorerView(source: SegmentSource, schemeId: string) {
		return guarded(() => explorerView(source, schemeId));
	},

	/** Search, filter and sort the customers; the rows from `start` come back at once. */
	async directoryQuery(
		query: directory.DirectoryQuery,
		fields: string[],
		start: number,
		count: number
	) {
		return guarded(() => directory.directoryQuery(query, fields, start, count));
	},

	/** More rows of an earlier query (null when it is no longer kept: query again). */
	async directoryRows(queryId: number, start: number, count: number, fields: string[]) {
		return guarded(async () => directory.directoryRows(queryId, start, count, fields));
	},

	/** Every row of an earlier query as CSV text (null when it is no longer kept). */
	async directoryCsv(queryId: number, fields: string[], header: string[], language: 'zh' | 'en') {
		return guarded(() => directory.directoryCsv(queryId, fields, header, language));
	},

	/** Keep the customer list's first screen for the stored data (after an edit by hand). */
	async keepFirstScreen() {
		return guarded(() => directory.keepFirstScreen());
	},

	/** The schemes and classes a segmentation source offers to filter by. */
	async directorySegments(source: SegmentSource) {
		return guarded(() => directory.directorySegments(source));
	},

	/** Write a backup into the chosen folder if one is due (after a hand edit, or now). */
	async autoBackup(reason: AutoBackupReason) {
		return guarded(() => autoBackup(reason));
	},

	/** Delete everything stored. */
	async deleteAll() {
		return guarded(() =>
			written('delete', async () => {
				await deleteEverything();
				return true;
			})
		);
	}
};

export type AnalysisApi = typeof api;

expose(api);
