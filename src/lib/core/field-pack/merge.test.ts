import { describe, expect, it } from 'vitest';
import type { Customer, Interaction } from '../model';
import { planMerge, type Decision, type MergePlan, type RepChanges } from './merge';

/** The office's state, and a write of a plan into it (as the db layer would, whole). */
function office(customers: Customer[], interactions: Interaction[] = []) {
	const state = {
		customers: new Map(customers.map((customer) => [customer.id, customer])),
		interactions: new Map(interactions.map((item) => [item.id, item])),
		ledger: new Set<string>()
	};
	const plan = (changes: RepChanges, decisions?: Map<string, Decision>) =>
		planMerge({
			office: state.customers,
			officeInteractionIds: new Set(state.interactions.keys()),
			ledger: state.ledger,
			changes,
			decisions
		});
	const write = (result: MergePlan) => {
		expect(result.conflicts).toEqual([]);
		for (const customer of result.customers) state.customers.set(customer.id, customer);
		for (const item of result.interactions) state.interactions.set(item.id, item);
		for (const stamp of result.ledgerAdd) state.ledger.add(stamp);
	};
	return { state, plan, write };
}

const at = (wall: number, device = 'rep-1', counter = 0) => ({ wall, counter, device });
const note = (id: string, customerId: string, text: string): Interaction => ({
	id,
	customerId,
	day: 20_000,
	kind: 'visit',
	note: text
});

/** The scenario: the pack held C1 with phone 111 and email a@x. */
function repChanges(): RepChanges {
	return {
		packId: 'pack-1',
		device: 'rep-1',
		base: { C1: { phone: '111' } },
		edits: [
			{ customerId: 'C1', field: 'phone', value: '222', at: at(1_000) },
			// An earlier edit of the same field on the rep: its later one wins.
			{ customerId: 'C1', field: 'phone', value: '999', at: at(900) }
		],
		interactions: [note('n1', 'C1', 'visited'), note('n2', 'C1', 'called back')],
		newCustomers: [{ id: 'L1', name: 'New shop', phone: '555' }]
	};
}

describe('merging a rep’s changes', () => {
	it('adds notes and the new customer, keeps the office’s email, and asks about the phone', () => {
		const desk = office([
			// Since the pack the office changed the email and the same phone.
			{ id: 'C1', name: 'Ann', phone: '333', email: 'b@x' }
		]);
		const first = desk.plan(repChanges());
		expect(first.conflicts).toEqual([
			{
				key: 'C1/phone',
				customerId: 'C1',
				field: 'phone',
				base: '111',
				office: '333',
				rep: '222',
				repAt: at(1_000)
			}
		]);
		// Nothing may be written before the owner decides.
		expect(first.ledgerAdd).toEqual([]);

		const decided = desk.plan(repChanges(), new Map([['C1/phone', 'rep' as const]]));
		desk.write(decided);
		expect(desk.state.customers.get('C1')).toEqual({
			id: 'C1',
			name: 'Ann',
			phone: '222',
			email: 'b@x'
		});
		expect(desk.state.customers.get('L1')).toEqual({ id: 'L1', name: 'New shop', phone: '555' });
		expect([...desk.state.interactions.keys()].sort()).toEqual(['n1', 'n2']);
		expect(decided.counts).toEqual({ customersAdded: 1, fieldsChanged: 1, interactionsAdded: 2 });
	});

	it('merging the same file again changes nothing, whichever side the owner chose', () => {
		for (const choice of ['rep', 'office'] as const) {
			const desk = office([{ id: 'C1', name: 'Ann', phone: '333', email: 'b@x' }]);
			desk.write(desk.plan(repChanges(), new Map([['C1/phone', choice]])));
			const before = JSON.stringify([...desk.state.customers, ...desk.state.interactions]);
			const again = desk.plan(repChanges());
			expect(again).toMatchObject({ customers: [], interactions: [], conflicts: [] });
			desk.write(again);
			expect(JSON.stringify([...desk.state.customers, ...desk.state.interactions])).toBe(before);
		}
	});

	it('applies an edit the office did not touch without asking, and skips an equal one', () => {
		const desk = office([
			{ id: 'C1', name: 'Ann', phone: '111', city: 'Ningbo' },
			{ id: 'C2', name: 'Bo', email: 'same@x' }
		]);
		const plan = desk.plan({
			...repChanges(),
			base: { C1: { phone: '111', city: 'Ningbo' }, C2: { email: 'old@x' } },
			edits: [
				{ customerId: 'C1', field: 'city', value: undefined, at: at(1_100) },
				{ customerId: 'C1', field: 'phone', value: '222', at: at(1_000) },
				// Both sides made the same change: not a conflict, nothing to write.
				{ customerId: 'C2', field: 'email', value: 'same@x', at: at(1_200) }
			],
			interactions: [],
			newCustomers: []
		});
		expect(plan.conflicts).toEqual([]);
		expect(plan.customers).toEqual([{ id: 'C1', name: 'Ann', phone: '222' }]);
		expect(plan.counts.fieldsChanged).toBe(2);
	});

	it('never lets a new customer of the file overwrite an office record with its id', () => {
		const desk = office([{ id: 'L1', name: 'Office name' }]);
		const plan = desk.plan({ ...repChanges(), edits: [], interactions: [] });
		expect(plan.customers).toEqual([]);
		expect(plan.counts.customersAdded).toBe(0);
	});

	it('drops notes about customers the office does not have', () => {
		const desk = office([{ id: 'C1', name: 'Ann', phone: '111' }]);
		const plan = desk.plan({
			...repChanges(),
			interactions: [note('n1', 'C1', 'kept'), note('n3', 'GONE', 'dropped')],
			newCustomers: []
		});
		expect(plan.interactions.map((item) => item.id)).toEqual(['n1']);
	});
});
