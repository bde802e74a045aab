/** Interactions (visits, calls, feedback…): one record each, added by hand or by import. */

import type { Interaction } from '$lib/core/model';
import { database } from './database';
import { exclusiveWrite } from './write-lock';
import { bumpMeta } from './meta';

/** The interactions of one customer, newest first. */
export async function interactionsOfCustomer(customerId: string): Promise<Interaction[]> {
	const list = await database().interactions.where('customerId').equals(customerId).toArray();
	return list.sort((a, b) => b.day - a.day);
}

/** Record an interaction (works offline: it is a local write). */
export async function addInteraction(interaction: Interaction): Promise<void> {
	const db = database();
	await exclusiveWrite(() =>
		db.transaction('rw', db.interactions, db.meta, async () => {
			await db.interactions.add(interaction);
			await bumpMeta({ interactions: 1 });
		})
	);
}

/** Every interaction (for measures such as satisfaction). */
export async function allInteractions(): Promise<Interaction[]> {
	return database().interactions.toArray();
}
