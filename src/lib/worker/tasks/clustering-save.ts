/**
 * Saving a clustering as a segmentation scheme: it is appended to the segmentation settings the
 * Segments screen uses, and a run is stored with it, so its classes are at once a scheme like
 * any other (primary segment, runs, explorer, strategies). Removing it takes it out of the
 * settings; stored runs keep it as history.
 */

import type { SegmentSettingsInput } from '$lib/core/segments';
import {
	clusteringId,
	saveClustering,
	type ClusterFeatureSpec
} from '$lib/core/segments/cluster-scheme';
import { readSetting, writeSetting } from '$lib/db/settings';
import { labFit } from './clustering-data';
import type {
	ClusterNames,
	RunSettings,
	SavedClusteringResult,
	SavedClusteringSummary
} from './clustering-types';
import { segment } from './segmentation';
import { SEGMENT_SETTINGS_KEY } from '$lib/core/setting-keys';

/** The segmentation settings as last saved (by the Segments screen or here). */
export async function savedInput(): Promise<SegmentSettingsInput> {
	return (await readSetting<SegmentSettingsInput>(SEGMENT_SETTINGS_KEY)) ?? {};
}

/** The clusterings saved as schemes, oldest first. */
export async function savedSummaries(): Promise<SavedClusteringSummary[]> {
	const input = await savedInput();
	return (input.clusterings ?? []).map((clustering) => ({
		id: clustering.id,
		name: clustering.name,
		k: clustering.k,
		createdAt: clustering.createdAt,
		features: [
			...clustering.transform.numeric.map((column) => column.name),
			...clustering.transform.categorical.map((column) => column.name)
		],
		isPrimary: input.primarySchemeId === `cluster:${clustering.id}`
	}));
}

/** Save the fit of k clusters under `name` with the given class names; store a run with it. */
export async function saveLabClustering(
	spec: ClusterFeatureSpec,
	k: number,
	run: RunSettings,
	name: string,
	names: ClusterNames,
	makePrimary: boolean
): Promise<SavedClusteringResult> {
	const { features, fit } = await labFit(spec, k, run);
	const input = await savedInput();
	const existing = input.clusterings ?? [];
	const id = clusteringId(
		name,
		existing.map((clustering) => clustering.id)
	);
	const saved = saveClustering(
		{ id, name: name.trim() || id, createdAt: Date.now() },
		features,
		fit,
		names
	);
	const schemeId = `cluster:${id}`;
	const next: SegmentSettingsInput = {
		...input,
		clusterings: [...existing, saved],
		...(makePrimary ? { primarySchemeId: schemeId } : {})
	};
	const view = await segment(next, undefined, true);
	const summary = view.summaries[schemeId] ?? [];
	return { schemeId, runId: view.runId, counts: summary.map((row) => row.customers) };
}

/** Take a saved clustering out of the settings (the primary segment falls back if it was it). */
export async function removeClustering(id: string): Promise<SavedClusteringSummary[]> {
	const input = await savedInput();
	const schemeId = `cluster:${id}`;
	const next: SegmentSettingsInput = {
		...input,
		clusterings: (input.clusterings ?? []).filter((clustering) => clustering.id !== id),
		primarySchemeId: input.primarySchemeId === schemeId ? undefined : input.primarySchemeId
	};
	await writeSetting(SEGMENT_SETTINGS_KEY, next);
	return savedSummaries();
}
