/**
 * The benchmark harness page: runs the app's own store functions on synthetic data in this
 * Chromium and reports milliseconds. Driven by scripts/bench.mjs through Playwright.
 */

import { allCustomers } from '$lib/db/customers';
import { useDatabaseName } from '$lib/db/database';
import { allOrders } from '$lib/db/orders';
import { addToStore, deleteEverything } from '$lib/db/store';
import { emptyOrderColumns, orderCount } from '$lib/core/order-columns';
import { wrap } from 'comlink';
import { syntheticCustomers, syntheticOrders } from './synthetic';
import type { BenchWorkerApi } from './bench.worker';

/** The analysis benchmarks run in a real worker; the page records its own longest task. */
const worker = wrap<BenchWorkerApi>(
	new Worker(new URL('./bench.worker.ts', import.meta.url), { type: 'module' })
);
let longestTask = 0;
new PerformanceObserver((list) => {
	for (const entry of list.getEntries()) longestTask = Math.max(longestTask, entry.duration);
}).observe({ type: 'longtask', buffered: true });

/** Run a worker benchmark and report its time and the page's longest task meanwhile (ms). */
async function inWorker<K extends keyof BenchWorkerApi>(
	name: K,
	...args: Parameters<BenchWorkerApi[K]>
): Promise<{ ms: number; longestTaskMs: number }> {
	longestTask = 0;
	const call = worker[name] as unknown as (...values: unknown[]) => Promise<number>;
	const ms = await call(...args);
	return { ms, longestTaskMs: longestTask };
}

async function timed<T>(task: () => Promise<T>): Promise<{ ms: number; value: T }> {
	const start = performance.now();
	const value = await task();
	return { ms: performance.now() - start, value };
}

/** Write n orders into an empty store and read them all back. */
async function storeOrders(count: number, customers: number) {
	useDatabaseName('kequn-bench');
	await deleteEverything();
	const orders = syntheticOrders(count, customers);
	const write = await timed(() => addToStore({ customers: [], orders, interactions: [] }));
	const read = await timed(() => allOrders());
	if (orderCount(read.value) !== count)
		throw new Error(`read ${orderCount(read.value)} of ${count}`);
	await deleteEverything();
	return { writeMs: write.ms, readMs: read.ms };
}

/** Write n customers into an empty store and read them all back. */
async function storeCustomers(count: number) {
	useDatabaseName('kequn-bench');
	await deleteEverything();
	const customers = syntheticCustomers(count);
	const write = await timed(() =>
		addToStore({ customers, orders: emptyOrderColumns(), interactions: [] })
	);
	const read = await timed(() => allCustomers());
	if (read.value.length !== count) throw new Error(`read ${read.value.length} of ${count}`);
	await deleteEverything();
	return { writeMs: write.ms, readMs: read.ms };
}

const bench = { storeOrders, storeCustomers, inWorker };
declare global {
	interface Window {
		kequnBench: typeof bench;
	}
}
window.kequnBench = bench;
document.getElementById('state')!.textContent = 'ready';
