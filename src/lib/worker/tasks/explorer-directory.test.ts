import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fitKMeans } from '$lib/core/cluster';
import { generateDemo } from '$lib/core/demo';
import { alignRecords, computeMeasures, defaultAnalysisDay } from '$lib/core/segments';
import { buildClusterFeatures, saveClustering } from '$lib/core/segments/cluster-scheme';
import { closeDatabase, useDatabaseName } from '$lib/db/database';
import { replaceStore } from '$lib/db/store';
import { explorerView } from './explorer';
import {
	directoryCsv,
	directoryQuery,
	directoryRows,
	type DirectoryQuery
} from './explorer-directory';
import { segment } from './segmentation';

const name = `kequn-explorer-test-${Math.random()}`;
const snapshot = generateDemo({ seed: 7, customers: 400, months: 12, contactRate: 0.3 });

beforeAll(async () => {
	useDatabaseName(name);
	await replaceStore(snapshot);
});
afterAll(async () => {
	closeDatabase();
	await Dexie.delete(name);
});

const query = (patch: Partial<DirectoryQuery> = {}): DirectoryQuery => ({
	search: '',
	filters: [],
	segment: null,
	sort: { field: 'id', descending: false },
	source: { kind: 'saved' },
	...patch
});

/** Every row of a query, page by page as the list fetches them. */
async function allIds(patch: Partial<DirectoryQuery>, fields = ['id']): Promise<string[]> {
	const first = await directoryQuery(query(patch), fields, 0, 100);
	const ids = first.rows.map((row) => row.id);
	for (let start = 100; start < first.matching; start += 100)
		ids.push(
			...((await directoryRows(first.queryId, start, 100, fields)) ?? []).map((row) => row.id)
		);
	return ids;
}

describe('the member list of a segment', () => {
	it('has exactly the customers the class table counts, in every scheme', async () => {
		const view = await segment({}, undefined, false);
		const source = {
			kind: 'preview' as const,
			settings: view.settings,
			analysisDay: view.analysisDay
		};
		for (const scheme of view.schemes.filter((candidate) => candidate.available)) {
			const summaries = view.summaries[scheme.schemeId];
			let listed = 0;
			for (const [c, segmentClass] of scheme.classes.entries()) {
				const page = await directoryQuery(
					query({ source, segment: { schemeId: scheme.schemeId, classId: segmentClass.id } }),
					['id'],
					0,
					10
				);
				expect(page.matching, `${scheme.schemeId}/${segmentClass.id}`).toBe(summaries[c].customers);
				listed += page.matching;
			}
			expect(listed).toBe(view.totals.customers);
		}
	});
});

describe('the customer list', () => {
	it('pages through every customer once, in id order', async () => {
		const ids = await allIds({});
		expect(ids).toHaveLength(snapshot.customers.length);
		expect(ids).toEqual(snapshot.customers.map((customer) => customer.id).sort());
	});

	it('finds the first screen without a full sort and agrees with it', async () => {
		const descending = await allIds({ sort: { field: 'netValue', descending: true } });
		const values = await directoryQuery(
			query({ sort: { field: 'netValue', descending: true } }),
			['netValue'],
			0,
			400
		);
		const net = values.rows.map((row) => row.cells[0] as number);
		expect([...net].sort((a, b) => b - a)).toEqual(net);
		expect(values.rows.map((row) => row.id)).toEqual(descending.slice(0, 400));
	});

	it('searches by a Chinese name and filters by fields, measures and predicted value', async () => {
		const someone = snapshot.customers.find((customer) => /[\u4e00-\u9fff]/.test(customer.name))!;
		const found = await directoryQuery(query({ search: someone.name }), ['id', 'name'], 0, 50);
		expect(found.rows.map((row) => row.id)).toContain(someone.id);
		for (const row of found.rows) expect(row.cells[1]).toContain(someone.name);

		const city = snapshot.customers.find((customer) => customer.city)!.city!;
		const inCity = await directoryQuery(
			query({
				filters: [
					{ field: 'city', op: '=', value: city },
					{ field: 'orders', op: '>=', value: '2' }
				]
			}),
			['city', 'orders'],
			0,
			400
		);
		expect(inCity.level).toBe('measures');
		expect(inCity.matching).toBeGreaterThan(0);
		for (const row of inCity.rows) {
			expect(row.cells[0]).toBe(city);
			expect(row.cells[1]).toBeGreaterThanOrEqual(2);
		}

		const byClv = await directoryQuery(
			query({ sort: { field: 'clv', descending: true } }),
			['clv'],
			0,
			50
		);
		expect(byClv.level).toBe('full');
		const clv = byClv.rows.map((row) => row.cells[0] as number);
		expect([...clv].sort((a, b) => b - a)).toEqual(clv);
	});

	it('exports every matching row as CSV, numbers as numbers', async () => {
		const page = await directoryQuery(
			query({ filters: [{ field: 'orders', op: '>=', value: '3' }] }),
			['id', 'name', 'netValue', 'lastDay'],
			0,
			10
		);
		const csv = (await directoryCsv(
			page.queryId,
			['id', 'name', 'netValue', 'lastDay'],
			['ID', 'Name', 'Net', 'Last'],
			'en'
		))!;
		const lines = csv
			.replace(/^\uFEFF/, '')
			.trimEnd()
			.split('\r\n');
		expect(lines[0]).toBe('ID,Name,Net,Last');
		expect(lines).toHaveLength(page.matching + 1);
		const last = lines[1].split(',');
		expect(Number.isFinite(Number(last[last.length - 2]))).toBe(true);
		expect(last[last.length - 2]).toMatch(/^-?\d+(\.\d{1,2})?$/);
		expect(last[last.length - 1]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});
});

describe('explorerView', () => {
	it('gives every segment its figures, heat map and profile', async () => {
		const view = await segment({}, undefined, false);
		const source = {
			kind: 'preview' as const,
			settings: view.settings,
			analysisDay: view.analysisDay
		};
		const explored = (await explorerView(source, 'rfm-named'))!;
		expect(explored.summaries.map((row) => row.customers)).toEqual(
			view.summaries['rfm-named'].map((row) => row.customers)
		);
		const inGrid = explored.grids.overall.count.reduce((sum, count) => sum + count, 0);
		expect(inGrid).toBe(view.totals.purchasers);
		expect(inGrid + explored.grids.overall.outside).toBe(view.totals.customers);
		const champions = explored.classes.findIndex((c) => c.id === 'champions');
		expect(explored.means[champions].rScore).toBeGreaterThan(explored.overall.rScore);
		expect(explored.scatter).toBeNull();
		expect(await explorerView(source, 'no-such-scheme')).toBeNull();
	});

	it('draws a saved clustering on its principal axes, every cluster in the sample', async () => {
		const measures = computeMeasures(
			snapshot.orders,
			snapshot.customers,
			defaultAnalysisDay(snapshot.orders)
		);
		const { features } = buildClusterFeatures(
			{ measures, records: alignRecords(measures.customerIds, snapshot.customers) },
			{
				numeric: [
					{ field: 'recencyDays', log: false },
					{ field: 'orders', log: true },
					{ field: 'netValue', log: true }
				],
				categorical: []
			}
		);
		const fit = fitKMeans(features.matrix, 3, { seed: 1 });
		const saved = saveClustering({ id: 'three', name: 'Three', createdAt: 0 }, features, fit, [
			{ zh: '甲', en: 'A' },
			{ zh: '乙', en: 'B' },
			{ zh: '丙', en: 'C' }
		]);
		const source = { kind: 'preview' as const, settings: { clusterings: [saved] } };
		const view = (await explorerView(source, 'cluster:three'))!;
		const scatter = view.scatter!;
		expect(scatter.total).toBe(features.matrix.rows);
		expect(scatter.x).toHaveLength(Math.min(3000, features.matrix.rows));
		expect(new Set(scatter.cluster).size).toBe(3);
		expect(scatter.centres).toHaveLength(3);
		expect(scatter.explained[0]).toBeGreaterThan(scatter.explained[1]);
	});
});
