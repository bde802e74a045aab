/** Checks that a whole-store snapshot (a backup's content) is consistent before it is written. */

import { CUSTOMER_NUMBER_FIELDS, CUSTOMER_TEXT_FIELDS, INTERACTION_KINDS } from './model';

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const isOptionalNumber = (value: unknown) => value === undefined || typeof value === 'number';
const isOptionalString = (value: unknown) => value === undefined || typeof value === 'string';

function customerProblem(customer: unknown, index: number): string | null {
	const where = `customers[${index}]`;
	if (!isRecord(customer)) return where;
	if (typeof customer.id !== 'string' || customer.id === '') return `${where}.id`;
	if (typeof customer.name !== 'string') return `${where}.name`;
	for (const field of CUSTOMER_TEXT_FIELDS)
		if (!isOptionalString(customer[field])) return `${where}.${field}`;
	for (const field of CUSTOMER_NUMBER_FIELDS)
		if (!isOptionalNumber(customer[field])) return `${where}.${field}`;
	if (customer.custom !== undefined && !isRecord(customer.custom)) return `${where}.custom`;
	return null;
}

function ordersProblem(orders: unknown, customerIds: Set<string>): string | null {
	if (!isRecord(orders)) return 'orders';
	const { customerIds: ids, customer, day, secondOfDay, amount, cost, quantity, status } = orders;
	if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string' && customerIds.has(id)))
		return 'orders.customerIds';
	const typed = { customer, day, secondOfDay, amount, cost, quantity, status };
	const length = (day as ArrayLike<number> | undefined)?.length;
	for (const [name, column] of Object.entries(typed)) {
		if (!ArrayBuffer.isView(column) || (column as unknown as ArrayLike<number>).length !== length)
			return `orders.${name}`;
	}
	for (const name of ['orderId', 'product'] as const) {
		const column = orders[name];
		if (!Array.isArray(column) || column.length !== length) return `orders.${name}`;
		if (!column.every((value) => typeof value === 'string')) return `orders.${name}`;
	}
	const customerColumn = customer as Uint32Array;
	for (let row = 0; row < customerColumn.length; row++)
		if (customerColumn[row] >= ids.length) return `orders.customer[${row}]`;
	const statusColumn = status as Uint8Array;
	for (let row = 0; row < statusColumn.length; row++)
		if (statusColumn[row] > 2) return `orders.status[${row}]`;
	return null;
}

function interactionProblem(item: unknown, index: number, customerIds: Set<string>) {
	const where = `interactions[${index}]`;
	if (!isRecord(item)) return where;
	if (typeof item.id !== 'string' || item.id === '') return `${where}.id`;
	if (typeof item.customerId !== 'string' || !customerIds.has(item.customerId))
		return `${where}.customerId`;
	if (!Number.isInteger(item.day)) return `${where}.day`;
	if (!(INTERACTION_KINDS as readonly unknown[]).includes(item.kind)) return `${where}.kind`;
	if (typeof item.note !== 'string') return `${where}.note`;
	if (!isOptionalNumber(item.satisfaction)) return `${where}.satisfaction`;
	return null;
}

function runsProblem(runs: unknown): string | null {
	if (!Array.isArray(runs)) return 'runs';
	for (let i = 0; i < runs.length; i++) {
		const where = `runs[${i}]`;
		const run = runs[i];
		if (!isRecord(run) || !isRecord(run.record) || !isRecord(run.assignments)) return where;
		const { record, assignments } = run;
		if (typeof record.id !== 'string' || assignments.runId !== record.id) return `${where}.id`;
		if (!Array.isArray(record.schemes)) return `${where}.record.schemes`;
		const customerIds = assignments.customerIds;
		if (!Array.isArray(customerIds) || !customerIds.every((id) => typeof id === 'string'))
			return `${where}.assignments.customerIds`;
		if (!isRecord(assignments.classIndex)) return `${where}.assignments.classIndex`;
		for (const scheme of record.schemes as unknown[]) {
			if (
				!isRecord(scheme) ||
				typeof scheme.schemeId !== 'string' ||
				!Array.isArray(scheme.classes)
			)
				return `${where}.record.schemes`;
			const index = assignments.classIndex[scheme.schemeId] as ArrayLike<number> | undefined;
			if (!ArrayBuffer.isView(index) || index.length !== customerIds.length)
				return `${where}.assignments.classIndex.${scheme.schemeId}`;
			for (let k = 0; k < index.length; k++)
				if (index[k] >= scheme.classes.length)
					return `${where}.assignments.classIndex.${scheme.schemeId}[${k}]`;
		}
	}
	return null;
}

const isStringList = (value: unknown): value is string[] =>
	Array.isArray(value) && value.every((item) => typeof item === 'string');

function campaignsProblem(campaigns: unknown): string | null {
	if (!Array.isArray(campaigns)) return 'campaigns';
	const ids = new Set<string>();
	for (let i = 0; i < campaigns.length; i++) {
		const where = `campaigns[${i}]`;
		const campaign = campaigns[i];
		if (!isRecord(campaign) || typeof campaign.id !== 'string' || ids.has(campaign.id))
			return `${where}.id`;
		ids.add(campaign.id);
		if (typeof campaign.name !== 'string' || typeof campaign.action !== 'string')
			return `${where}.name`;
		if (!isRecord(campaign.source) || !isRecord(campaign.baseline)) return `${where}.source`;
		for (const key of ['createdAt', 'startDay', 'windowDays', 'holdoutShare', 'seed'] as const)
			if (typeof campaign[key] !== 'number') return `${where}.${key}`;
		if (!isStringList(campaign.treated)) return `${where}.treated`;
		if (!isStringList(campaign.holdout)) return `${where}.holdout`;
		const treated = new Set(campaign.treated);
		if (campaign.holdout.some((id) => treated.has(id))) return `${where}.holdout (overlap)`;
	}
	return null;
}

/** The first problem found in a snapshot, as a path like `customers[3].id`, or null if sound. */
export function validateSnapshot(snapshot: unknown): string | null {
	if (!isRecord(snapshot)) return 'snapshot';
	const { customers, orders, interactions, settings, importTemplates } = snapshot;
	if (!Array.isArray(customers)) return 'customers';
	const ids = new Set<string>();
	for (let i = 0; i < customers.length; i++) {
		const problem = customerProblem(customers[i], i);
		if (problem) return problem;
		const id = (customers[i] as { id: string }).id;
		if (ids.has(id)) return `customers[${i}].id (duplicate)`;
		ids.add(id);
	}
	const orderProblem = ordersProblem(orders, ids);
	if (orderProblem) return orderProblem;
	if (!Array.isArray(interactions)) return 'interactions';
	const interactionIds = new Set<string>();
	for (let i = 0; i < interactions.length; i++) {
		const problem = interactionProblem(interactions[i], i, ids);
		if (problem) return problem;
		const id = (interactions[i] as { id: string }).id;
		if (interactionIds.has(id)) return `interactions[${i}].id (duplicate)`;
		interactionIds.add(id);
	}
	if (!Array.isArray(settings)) return 'settings';
	for (let i = 0; i < settings.length; i++) {
		if (!isRecord(settings[i]) || typeof settings[i].key !== 'string') return `settings[${i}]`;
	}
	if (!Array.isArray(importTemplates)) return 'importTemplates';
	const runProblem = runsProblem(snapshot.runs);
	if (runProblem) return runProblem;
	const { strategies } = snapshot;
	if (!Array.isArray(strategies)) return 'strategies';
	for (let i = 0; i < strategies.length; i++) {
		const strategy = strategies[i];
		if (!isRecord(strategy) || typeof strategy.id !== 'string') return `strategies[${i}]`;
		if (typeof strategy.schemeId !== 'string' || typeof strategy.classId !== 'string')
			return `strategies[${i}].segment`;
		if (!Array.isArray(strategy.items)) return `strategies[${i}].items`;
		for (let k = 0; k < strategy.items.length; k++) {
			const item = strategy.items[k];
			if (!isRecord(item) || typeof item.id !== 'string' || typeof item.text !== 'string')
				return `strategies[${i}].items[${k}]`;
			if (typeof item.done !== 'boolean') return `strategies[${i}].items[${k}].done`;
		}
	}
	const campaignProblem = campaignsProblem(snapshot.campaigns);
	if (campaignProblem) return campaignProblem;
	for (let i = 0; i < importTemplates.length; i++) {
		const template = importTemplates[i];
		if (!isRecord(template) || typeof template.id !== 'string') return `importTemplates[${i}]`;
		if (!isRecord(template.mapping)) return `importTemplates[${i}].mapping`;
	}
	return null;
}
