/**
 * Benchmarks of the analysis core inside a real Web Worker of this Chromium (the app's own
 * worker runs the same functions). Each returns milliseconds measured in the worker.
 */

import { expose } from 'comlink';
import { chooseK, fitKMeans, flatMatrix } from '$lib/core/cluster';
import { fitClv } from '$lib/core/clv';
import { generateDemo } from '$lib/core/demo';
import { runImport, sourceFromBlob } from '$lib/core/import';
import { runAllSchemes } from '$lib/core/segments';
import { syntheticCustomers, syntheticOrders } from './synthetic';

function timed<T>(task: () => T): { ms: number; value: T } {
	const start = performance.now();
	const value = task();
	return { ms: performance.now() - start, value };
}

/** Seeded uniform-ish random numbers (mulberry32). */
function random(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** 100k × 6 standardised rows from five customer types (the shape of RFM-like data). */
function clusteredRows(rows: number, cols: number) {
	const next = random(7);
	const data = new Float64Array(rows * cols);
	for (let row = 0; row < rows; row++) {
		const type = row % 5;
		for (let col = 0; col < cols; col++)
			data[row * cols + col] = (type - 2) * 0.9 * (col % 2 ? 1 : -1) + (next() - 0.5) * 1.6;
	}
	return flatMatrix(data, rows, cols);
}

const api = {
	/** All measures and schemes for n orders of m customers. */
	segment(orders: number, customers: number) {
		const input = {
			orders: syntheticOrders(orders, customers),
			customers: syntheticCustomers(customers)
		};
		return timed(() => runAllSchemes(input).totals.customers).ms;
	},
	/** All measures and schemes for a real file fetched from `url` (the import is not timed). */
	async segmentFile(url: string) {
		const blob = await (await fetch(url)).blob();
		const outcome = await runImport(sourceFromBlob(blob, url));
		if (!outcome.ok) throw new Error(outcome.error.code);
		const { orders, customers } = outcome.result;
		return timed(() => runAllSchemes({ orders, customers }).totals.customers).ms;
	},
	/**
	 * BG/NBD + Gamma-Gamma fit and scoring of every customer of the seeded demo business at
	 * `customers` customers (realistic buying and dropout; generation is not timed).
	 */
	clv(customers: number) {
		const data = generateDemo({ seed: 7, customers }).orders;
		let last = -Infinity;
		for (const day of data.day) if (day > last) last = day;
		return timed(() => fitClv(data, { calibrationEnd: last, unit: 'week' }).customers).ms;
	},
	/** Generating a demo business (customers, orders, interactions) of `customers` customers. */
	demo(customers: number, trade?: 'retail') {
		return timed(() => {
			const demo = generateDemo({
				seed: 1,
				customers,
				trade,
				contactRate: trade ? 0.2 : undefined
			});
			if (demo.customers.length !== customers) throw new Error('wrong demo size');
			return demo.customers.length;
		}).ms;
	},
	/** One k-means fit with 10 restarts. */
	kmeans(rows: number, cols: number, k: number) {
		const points = clusteredRows(rows, cols);
		return timed(() => fitKMeans(points, k, { restarts: 10, seed: 1 }).inertia).ms;
	},
	/** The k = 2..10 sweep, 10 restarts each. */
	sweep(rows: number, cols: number) {
		const points = clusteredRows(rows, cols);
		return timed(() => chooseK(points, { kMin: 2, kMax: 10, restarts: 10, seed: 1 }).suggestedK).ms;
	}
};

export type BenchWorkerApi = typeof api;
expose(api);
