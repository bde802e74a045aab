/** Edits a person makes by hand, offline: new customers, changed attributes, interactions. */

import type { CustomerPatch, FieldConflict } from '$lib/core/customer-patch';
import { localDay } from '$lib/core/days';
import type { Customer, Interaction, InteractionKind } from '$lib/core/model';
import { customerById, patchCustomer, saveCustomer } from '$lib/db/customers';
import { addInteraction } from '$lib/db/interactions';
import type { MessageKey } from '$lib/i18n/translate';
import { analysis } from '$lib/worker/client';
import { guardWrite } from './storage-failure.svelte';

/** A failed edit has a message to show beside the form, which keeps what was typed. */
export type EditResult = { ok: true; id: string } | { ok: false; message: MessageKey };
/** An attribute edit may also meet fields another write changed since the form opened. */
export type PatchResult = EditResult | { ok: false; conflicts: FieldConflict[] };

/** A new id for a hand-entered customer: L + date + 4 random hex digits, e.g. L20261122-4F7A. */
function newLeadId(now: Date): string {
	const stamp = now.toISOString().slice(0, 10).replaceAll('-', '');
	const random = crypto.getRandomValues(new Uint16Array(1))[0].toString(16).toUpperCase();
	return `L${stamp}-${random.padStart(4, '0')}`;
}

/**
 * After a hand edit, in the background: the worker keeps the list's first screen for the new
 * data, then writes a backup into the chosen folder if the last is a day old.
 */
function refreshListHeadStart(): void {
	const after = async () => {
		await analysis().keepFirstScreen();
		await analysis().autoBackup('edit');
	};
	void after();
}

const trimmed = (value: string | undefined) => {
	const text = value?.trim();
	return text ? text : undefined;
};

class CustomerEditor {
	/** Add a customer met in the field; with no orders they count as a prospect. */
	async create(fields: {
		id: string;
		name: string;
		phone?: string;
		email?: string;
		city?: string;
	}): Promise<EditResult> {
		const name = fields.name.trim();
		if (!name) return { ok: false, message: 'customers.nameRequired' };
		const now = new Date();
		const id = fields.id.trim() || newLeadId(now);
		let taken = false;
		const readFailure = await guardWrite(async () => (taken = !!(await customerById(id))));
		if (readFailure) return { ok: false, message: readFailure };
		if (taken) return { ok: false, message: 'customers.idTaken' };
		const customer: Customer = { id, name, createdDay: localDay(now) };
		const phone = trimmed(fields.phone);
		const email = trimmed(fields.email);
		const city = trimmed(fields.city);
		if (phone) customer.phone = phone;
		if (email) customer.email = email;
		if (city) customer.city = city;
		const failure = await guardWrite(() => saveCustomer(customer));
		if (failure) return { ok: false, message: failure };
		refreshListHeadStart();
		return { ok: true, id };
	}

	/**
	 * Save the fields a person changed (the id never changes), over the record as stored now;
	 * fields someone else changed since the form opened come back as conflicts, unsaved.
	 */
	async update(patch: CustomerPatch): Promise<PatchResult> {
		if (patch.changes.name === '' && patch.base.name)
			return { ok: false, message: 'customers.nameRequired' };
		let result: Awaited<ReturnType<typeof patchCustomer>> | undefined;
		const failure = await guardWrite(async () => (result = await patchCustomer(patch)));
		if (failure || !result) return { ok: false, message: failure ?? 'storage.writeFailed' };
		if (!result.ok)
			return 'conflicts' in result
				? { ok: false, conflicts: result.conflicts }
				: { ok: false, message: 'customers.missing' };
		refreshListHeadStart();
		return { ok: true, id: patch.id };
	}

	/** Record a visit, call, feedback… for a customer, dated by the user's calendar day. */
	async addInteraction(input: {
		customerId: string;
		kind: InteractionKind;
		day: number;
		note: string;
		satisfaction?: number;
	}): Promise<EditResult> {
		if (!input.note.trim() && input.satisfaction === undefined)
			return { ok: false, message: 'interaction.noteRequired' };
		const interaction: Interaction = {
			id: crypto.randomUUID(),
			customerId: input.customerId,
			day: input.day,
			kind: input.kind,
			note: input.note.trim()
		};
		if (input.satisfaction !== undefined) interaction.satisfaction = input.satisfaction;
		const failure = await guardWrite(() => addInteraction(interaction));
		if (failure) return { ok: false, message: failure };
		refreshListHeadStart();
		return { ok: true, id: interaction.id };
	}
}

export const customerEditor = new CustomerEditor();
