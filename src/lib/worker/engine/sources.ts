/**
 * Where the explorer, the customer list and exports take segments from: the preview the
 * Segments screen shows (its settings and analysis day), the settings the user last ran with,
 * or the newest stored run mapped onto today's customers. All read the engine's one
 * segmentation, so a drill-down lists exactly the customers the class table counts.
 */

import type { DayNumber } from '$lib/core/model';
import type { SegmentSettingsInput } from '$lib/core/segments';
import { stableKey } from '$lib/core/stable-key';
import { runClassesOn } from '$lib/core/segments/run-mapping';
import { latestRun, runById } from '$lib/db/runs';
import { savedSegmentSettings, segmentation, type Segmentation } from './analysis';
import type { Snapshot } from './snapshot';

/** Which segmentation to read classes from. */
export type SegmentSource =
	| { kind: 'saved' }
	| { kind: 'preview'; settings: SegmentSettingsInput; analysisDay?: DayNumber }
	| { kind: 'run' };

/** A source's segmentation; for a stored run, its classes (today's measures and predictions). */
export interface Segmented extends Omit<Segmentation, 'result'> {
	/** Present for computed sources; a stored run keeps classes only. */
	result?: Segmentation['result'];
	/** Set for a stored run. */
	run?: { id: string; createdAt: number };
}

/** The segmentation of a source (null when a stored run is asked for and there is none). */
export async function segmented(snap: Snapshot, source: SegmentSource): Promise<Segmented | null> {
	if (source.kind === 'preview') return segmentation(snap, source.settings, source.analysisDay);
	const base = await segmentation(snap, await savedSegmentSettings());
	if (source.kind === 'saved') return base;
	const latest = await latestRun();
	if (!latest) return null;
	// A stored run is named by its id: saving a new run changes the key.
	const key = stableKey(['run', latest.id, base.key]);
	return snap.memo(
		'storedRun',
		key,
		async () => {
			const run = await runById(latest.id);
			if (!run) return null;
			return {
				...base,
				key,
				result: undefined,
				run: { id: run.id, createdAt: run.createdAt },
				schemes: runClassesOn(run, base.measures.customerIds)
			};
		},
		2
	);
}
