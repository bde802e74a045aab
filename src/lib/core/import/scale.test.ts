import { describe, expect, it } from 'vitest';
import { dayFromParts } from '../days';
import { runImport } from './run';
import { sourceFromBytes } from './source';
import { expectOk } from './testing';

/** A seeded generator (mulberry32), so the file is the same on every run. */
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

describe('a generated 1,000,000-order CSV', () => {
	it('imports every order with the right totals (time printed, not asserted)', async () => {
		const next = random(42);
		const customers = new Set<string>();
		let cents = 0;
		let firstDay = Infinity;
		const lines = ['order_id,customer_id,order_date,amount,quantity,channel'];
		for (let i = 0; i < 1_000_000; i++) {
			const customer = `C${Math.floor(next() * 100_000)}`;
			const month = 1 + Math.floor(next() * 12);
			const day = 1 + Math.floor(next() * 28);
			const amount = Math.floor(next() * 50_000);
			customers.add(customer);
			cents += amount;
			firstDay = Math.min(firstDay, dayFromParts(2023, month, day));
			lines.push(
				`O${i},${customer},2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')},${(amount / 100).toFixed(2)},${1 + (i % 5)},${i % 2 ? 'online' : 'store'}`
			);
		}
		const bytes = new TextEncoder().encode(lines.join('\n') + '\n');
		lines.length = 0;
		const started = performance.now();
		const result = expectOk(await runImport(sourceFromBytes(bytes, 'million.csv')));
		console.info(
			`1,000,000-row import (${(bytes.length / 1e6).toFixed(1)} MB): ${Math.round(performance.now() - started)} ms`
		);
		expect(result.report).toMatchObject({
			rowsRead: 1_000_000,
			orders: 1_000_000,
			problemsTotal: 0
		});
		expect(result.customers).toHaveLength(customers.size);
		expect(Math.round(result.report.totalAmount * 100)).toBe(cents);
		expect(result.orders.day.reduce((least, day) => Math.min(least, day), Infinity)).toBe(firstDay);
		expect(result.customers[0].channel).toBeDefined();
	}, 60_000);
});
