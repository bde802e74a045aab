import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_VALUE_SETTINGS } from '$lib/core/clv/value-settings';
import { generateDemo } from '$lib/core/demo';
import { computeMeasures, defaultAnalysisDay } from '$lib/core/segments';
import { segmentationTotals } from '$lib/core/segments/totals';
import { VALUE_SETTINGS_KEY } from '$lib/core/setting-keys';
import { saveCustomer } from '$lib/db/customers';
import { closeDatabase, useDatabaseName } from '$lib/db/database';
import { storeMeta } from '$lib/db/meta';
import { writeSetting } from '$lib/db/settings';
import { addToStore, deleteEverything, replaceStore } from '$lib/db/store';
import { directoryQuery } from '../tasks/explorer-directory';
import { segment } from '../tasks/segmentation';
import { customerValue, fitValue } from '../tasks/value';
import { listRuns, runById } from '$lib/db/runs';

let name = '';
beforeEach(() => {
	name = `kequn-engine-test-${Math.random()}`;
	useDatabaseName(name);
});
afterEach(async () => {
	closeDatabase();
	await Dexie.delete(name);
});

const big = generateDemo({ seed: 3, customers: 160, months: 12 });
const small = generateDemo({ seed: 4, customers: 40, months: 6, locale: 'en' });

/** The totals of a snapshot computed straight from it, not through the engine. */
function expectedTotals(snapshot: typeof big) {
	const day = defaultAnalysisDay(snapshot.orders);
	return segmentationTotals(computeMeasures(snapshot.orders, snapshot.customers, day));
}

describe('the analysis engine', () => {
	it('never answers with deleted data: delete all, then other data', async () => {
		await replaceStore(big);
		const before = await segment({}, undefined, false);
		expect(before.totals.customers).toBe(160);
		const versions = [(await storeMeta()).dataVersion];
		await deleteEverything();
		versions.push((await storeMeta()).dataVersion);
		expect((await segment({}, undefined, false)).totals.customers).toBe(0);
		await replaceStore(small);
		versions.push((await storeMeta()).dataVersion);
		const after = await segment({}, undefined, true);
		const expected = expectedTotals(small);
		expect(after.totals).toMatchObject({ ...expected, revenue: expect.any(Number) });
		expect(after.totals.revenue).toBeCloseTo(expected.revenue, 6);
		expect(new Set(versions).size).toBe(versions.length);
		expect(versions).toEqual([...versions].sort((a, b) => a - b));
		// The saved run holds only the customers stored now.
		const [stored] = await listRuns();
		const run = (await runById(stored.id))!;
		const ids = new Set(small.customers.map((customer) => customer.id));
		expect(run.customerIds.length).toBe(40);
		expect(run.customerIds.every((id) => ids.has(id))).toBe(true);
	});

	it('sees data added on top and hand edits at once', async () => {
		await replaceStore(small);
		const first = (await segment({}, undefined, false)).totals;
		expect(first.customers).toBe(40);
		await addToStore({ customers: big.customers, orders: big.orders, interactions: [] });
		const ids = new Set([...small.customers, ...big.customers].map((customer) => customer.id));
		const added = (await segment({}, undefined, false)).totals;
		expect(added.customers).toBe(ids.size);
		expect(added.orders).toBeGreaterThan(first.orders);
		await saveCustomer({ id: 'Z-new', name: 'New', createdDay: 20_000 });
		expect((await segment({}, undefined, false)).totals.customers).toBe(ids.size + 1);
	});

	it('gives one CLV, P(alive) and intention per customer to the list and the profile, with the saved value settings', async () => {
		await replaceStore(big);
		const fields = ['clv', 'probabilityAlive', 'intention'];
		const query = {
			search: '',
			filters: [],
			segment: null,
			sort: { field: 'clv', descending: true },
			source: { kind: 'saved' as const }
		};
		const compare = async () => {
			const page = await directoryQuery(query, fields, 0, 25);
			for (const row of page.rows) {
				const value = (await customerValue(row.id))!;
				expect(row.cells).toEqual([value.clv, value.probabilityAlive, value.intention.score]);
			}
			return page.rows.map((row) => row.cells[0] as number);
		};
		const yearly = await compare();
		await writeSetting(VALUE_SETTINGS_KEY, { ...DEFAULT_VALUE_SETTINGS, horizon: 13 });
		const quarterly = await compare();
		expect(quarterly[0]).toBeLessThan(yearly[0]);
		// The Value screen's figures are the same fit.
		const view = await fitValue({ ...DEFAULT_VALUE_SETTINGS, horizon: 13 });
		expect(view.top[0].clv).toBe(quarterly[0]);
	});
});
