import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateDemo } from '$lib/core/demo';
import { computeMeasures, defaultAnalysisDay } from '$lib/core/segments';
import { closeDatabase, useDatabaseName } from '$lib/db/database';
import { storeMeta } from '$lib/db/meta';
import { listRuns, runById, saveRun } from '$lib/db/runs';
import { saveCustomer } from '$lib/db/customers';
import { deleteEverything, replaceStore } from '$lib/db/store';
import { recordAutomaticRun } from './auto-run';

let name = '';
beforeEach(() => {
	name = `kequn-auto-run-test-${Math.random()}`;
	useDatabaseName(name);
});
afterEach(async () => {
	closeDatabase();
	await Dexie.delete(name);
});

const demo = generateDemo({ seed: 5, customers: 60, months: 8, locale: 'en' });

describe('recordAutomaticRun', { timeout: 30_000 }, () => {
	it('stores one automatic run per data version, on the stored data, with every customer', async () => {
		await replaceStore(demo);
		const id = await recordAutomaticRun();
		expect(id).not.toBeNull();
		expect(await recordAutomaticRun()).toBeNull(); // same data version and day: not again
		const runs = await listRuns();
		expect(runs).toHaveLength(1);
		expect(runs[0].automatic).toBe(true);
		expect(runs[0].dataVersion).toBe(String((await storeMeta()).dataVersion));
		const run = (await runById(id!))!;
		const measures = computeMeasures(demo.orders, demo.customers, defaultAnalysisDay(demo.orders));
		expect(run.analysisDay).toBe(measures.analysisDay);
		expect([...run.customerIds].sort()).toEqual([...measures.customerIds].sort());
	});

	it('keeps named runs apart and thins automatic runs older than 90 days to one a month', async () => {
		await replaceStore(demo);
		const day = 86_400_000;
		const now = Date.parse('2026-12-01T00:00:00Z');
		const first = (await runById((await recordAutomaticRun(now - 250 * day))!))!;
		// Two older automatic runs in one month, and a named one, copied from the first.
		const copy = (id: string, createdAt: number, automatic: boolean, version: string) =>
			saveRun(
				{ ...first, id, createdAt, automatic, dataVersion: version },
				{},
				{
					customers: 0,
					purchasers: 0,
					orders: 0,
					revenue: 0
				}
			);
		await copy('old-a', Date.parse('2026-05-03T00:00:00Z'), true, 'x');
		await copy('old-b', Date.parse('2026-05-20T00:00:00Z'), true, 'y');
		await copy('named', Date.parse('2026-05-01T00:00:00Z'), false, 'z');
		await saveCustomer({ ...demo.customers[0], name: 'Edited' }); // a new data version
		expect(await recordAutomaticRun(now)).not.toBeNull();
		const ids = (await listRuns()).map((run) => run.id);
		expect(ids).toContain('named');
		expect(ids).toContain('old-b');
		expect(ids).not.toContain('old-a');
		expect(ids).toContain(first.id); // alone in its month (March 2026)
		expect(ids).toHaveLength(4);
	});

	it('stores nothing without orders', async () => {
		await deleteEverything();
		expect(await recordAutomaticRun()).toBeNull();
		expect(await listRuns()).toHaveLength(0);
	});
});
