/** Strategy checklists: one record per segment (`${schemeId}/${classId}`), stored once edited. */

import type { SegmentStrategy } from '$lib/core/model';
import { database } from './database';
import { exclusiveWrite } from './write-lock';

/** The stored checklists of one scheme. */
export async function strategiesOfScheme(schemeId: string): Promise<SegmentStrategy[]> {
	return database().strategies.where('schemeId').equals(schemeId).toArray();
}

/** One segment's stored checklist, or undefined when it was never edited. */
export async function strategyById(id: string): Promise<SegmentStrategy | undefined> {
	return database().strategies.get(id);
}

/** Store a segment's checklist (replacing the earlier version). */
export async function saveStrategy(strategy: SegmentStrategy): Promise<void> {
	await exclusiveWrite(() => database().strategies.put(strategy));
}

/** Forget a segment's edits: it shows its template again. */
export async function deleteStrategy(id: string): Promise<void> {
	await exclusiveWrite(() => database().strategies.delete(id));
}

/** Every stored checklist. */
export async function allStrategies(): Promise<SegmentStrategy[]> {
	return database().strategies.toArray();
}
