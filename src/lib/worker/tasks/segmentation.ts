/**
 * Segmentation in the worker: the engine's measures and schemes for the settings, as a small
 * view for the page; with `store`, the run is saved and the settings remembered.
 */

import {
	createRun,
	type AnyScheme,
	type SegmentationProgress,
	type SegmentSettingsInput
} from '$lib/core/segments';
import type { SegmentationResult } from '$lib/core/segments/run-all';
import type { SegmentationTotals } from '$lib/core/segments/totals';
import { SEGMENT_SETTINGS_KEY } from '$lib/core/setting-keys';
import { saveRun } from '$lib/db/runs';
import { writeSetting } from '$lib/db/settings';
import { segmentation } from '../engine/analysis';
import { snapshot } from '../engine/snapshot';

type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A scheme as the page sees it: everything but its per-customer arrays. */
export type SchemeView = OmitEach<AnyScheme, 'classIndex' | 'score'>;

export interface SegmentationView {
	analysisDay: number;
	defaultAnalysisDay: number;
	settings: SegmentationResult['settings'];
	totals: SegmentationTotals;
	schemes: SchemeView[];
	summaries: SegmentationResult['summaries'];
	primarySchemeId: string;
	/** Set when the run was stored. */
	runId?: string;
	dataVersion: number;
}

/** The scheme without its per-customer arrays (class index, scores): small enough to post. */
function withoutClassIndex(scheme: AnyScheme): SchemeView {
	return Object.fromEntries(
		Object.entries(scheme).filter(([, value]) => !ArrayBuffer.isView(value))
	) as SchemeView;
}

/**
 * Measures and every scheme for the stored data. With `store`, the run is saved (and the
 * settings remembered); without, it is a preview for live counts while editing.
 */
export async function segment(
	settingsInput: SegmentSettingsInput,
	analysisDay: number | undefined,
	store: boolean,
	onProgress?: (progress: SegmentationProgress) => void
): Promise<SegmentationView> {
	const snap = await snapshot();
	const computed = await segmentation(snap, settingsInput, analysisDay, onProgress);
	const { result, totals, measures } = computed;
	const view: SegmentationView = {
		analysisDay: computed.analysisDay,
		defaultAnalysisDay: computed.defaultAnalysisDay,
		settings: result.settings,
		totals,
		schemes: result.schemes.map(withoutClassIndex),
		summaries: result.summaries,
		primarySchemeId: result.primary?.schemeId ?? '',
		dataVersion: computed.dataVersion
	};
	if (store) {
		// Written meanwhile: a stored run holds only the customers stored now.
		if ((await snapshot()).dataVersion !== computed.dataVersion)
			return segment(settingsInput, analysisDay, store, onProgress);
		const run = createRun(
			{ ...result, analysisDay: computed.analysisDay, measures, totals },
			{ id: crypto.randomUUID(), createdAt: Date.now(), dataVersion: String(computed.dataVersion) }
		);
		await saveRun(run, result.summaries, totals);
		await writeSetting(SEGMENT_SETTINGS_KEY, settingsInput);
		view.runId = run.id;
	}
	return view;
}
