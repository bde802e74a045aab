/** Saved column mappings ("templates"), offered again for a file with the same headers. */

import type { ImportTemplate } from '$lib/core/model';
import { database } from './database';
import { exclusiveWrite } from './write-lock';

/** Save (or replace, by name and headers) a template. */
export async function saveTemplate(template: Omit<ImportTemplate, 'id'>): Promise<ImportTemplate> {
	const db = database();
	return exclusiveWrite(() =>
		db.transaction('rw', db.importTemplates, async () => {
			const existing = await db.importTemplates
				.where('headerSignature')
				.equals(template.headerSignature)
				.filter((candidate) => candidate.name === template.name)
				.first();
			const record: ImportTemplate = { ...template, id: existing?.id ?? crypto.randomUUID() };
			await db.importTemplates.put(record);
			return record;
		})
	);
}

/** Templates saved for this header row, newest first. */
export async function templatesFor(headerSignature: string): Promise<ImportTemplate[]> {
	const list = await database()
		.importTemplates.where('headerSignature')
		.equals(headerSignature)
		.toArray();
	return list.sort((a, b) => b.savedAt - a.savedAt);
}
