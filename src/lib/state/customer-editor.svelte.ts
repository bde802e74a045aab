/** Edits a person makes by hand, offline: new customers, changed attributes, interactions. */

import { localDay } from '$lib/core/days';
import type { Customer, Interaction, InteractionKind } from '$lib/core/model';
import { customerById, saveCustomer } from '$lib/db/customers';
import { addInteraction } from '$lib/db/interactions';
import type { MessageKey } from '$lib/i18n/translate';
import { analysis } from '$lib/worker/client';

export type EditResult = { ok: true; id: string } | { ok: false; message: MessageKey };

/** A new id for a hand-entered customer: L + date + 4 random hex digits, e.g. L20261122-4F7A. */
function newLeadId(now: Date): string {
	const stamp = now.toISOString().slice(0, 10).replaceAll('-', '');
	const random = crypto.getRandomValues(new Uint16Array(1))[0].toString(16).toUpperCase();
	return `L${stamp}-${random.padStart(4, '0')}`;
}

/** After a hand edit: the worker keeps the list's first screen for the new data, in the background. */
function refreshListHeadStart(): void {
	void analysis().keepFirstScreen();
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
		if (await customerById(id)) return { ok: false, message: 'customers.idTaken' };
		const customer: Customer = { id, name, createdDay: localDay(now) };
		const phone = trimmed(fields.phone);
		const email = trimmed(fields.email);
		const city = trimmed(fields.city);
		if (phone) customer.phone = phone;
		if (email) customer.email = email;
		if (city) customer.city = city;
		await saveCustomer(customer);
		refreshListHeadStart();
		return { ok: true, id };
	}

	/** Save a customer's edited attributes (the id never changes). */
	async update(customer: Customer): Promise<EditResult> {
		if (!customer.name.trim()) return { ok: false, message: 'customers.nameRequired' };
		await saveCustomer($state.snapshot(customer) as Customer);
		refreshListHeadStart();
		return { ok: true, id: customer.id };
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
		await addInteraction(interaction);
		refreshListHeadStart();
		return { ok: true, id: interaction.id };
	}
}

export const customerEditor = new CustomerEditor();
