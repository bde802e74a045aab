/**
 * The segment query run by DuckDB against the engine: on Online Retail and on the 1 M-order
 * file of the benchmark (the same fixed formula), every customer's class in every scheme the
 * query defines — the registered ones and two custom rule sets — equals the engine's.
 */

import { describe, expect, it } from 'vitest';
import { dayFromIso, dayFromParts } from '../days';
import type { OrderColumns } from '../model';
import type { SegmentSettingsInput } from '../segments';
import { onlineRetailOrders } from '../segments/testing/real-data';
import { comparison, differences } from './testing/engine-comparison';
import { loadTables, queryRows } from './testing/duckdb';

/** The query run by DuckDB equals the engine; the engine's rows, for further checks. */
async function expectSame(
	orders: OrderColumns,
	analysisDay: number | undefined,
	input: SegmentSettingsInput
) {
	const compared = comparison('duckdb', orders, analysisDay, input);
	const connection = await loadTables(orders, compared.customers, compared.fields);
	const rows = await queryRows(connection, compared.select);
	connection.closeSync();
	expect(differences(rows, compared)).toEqual([]);
	return compared.engine;
}

/** The benchmark's 1 M-order file (scripts/bench-app.mjs, `writeOrdersCsv`) as order columns. */
function benchOrders(count: number, customerCount: number): OrderColumns {
	const customerIds = Array.from(
		{ length: customerCount },
		(_, c) => `C${String(c).padStart(6, '0')}`
	);
	const start = dayFromParts(2023, 1, 1);
	return {
		customerIds,
		customer: Uint32Array.from({ length: count }, (_, i) => (i * 7919) % customerCount),
		day: Int32Array.from({ length: count }, (_, i) => start + (i % 730)),
		secondOfDay: new Int32Array(count).fill(-1),
		amount: Float64Array.from({ length: count }, (_, i) =>
			Number((10 + ((i * 13) % 997) / 3).toFixed(2))
		),
		cost: new Float64Array(count).fill(NaN),
		quantity: Float64Array.from({ length: count }, (_, i) => 1 + (i % 4)),
		status: new Uint8Array(count),
		orderId: Array.from({ length: count }, (_, i) => `SO${i}`),
		product: new Array<string>(count).fill('')
	};
}

describe('the DuckDB segment query equals the engine', () => {
	const retail = onlineRetailOrders();

	it('on Online Retail, default settings and analysis day', { timeout: 120_000 }, async () => {
		const engine = await expectSame(retail, undefined, {});
		// Every scheme column has more than one class here, so the comparison can fail.
		const headers = [...engine.values()][0].length;
		for (let k = 1; k < headers; k++) {
			expect(
				new Set([...engine.values()].map((row) => row[k])).size,
				`column ${k}`
			).toBeGreaterThan(1);
		}
	});

	it(
		'on Online Retail as of 2011-06-30 with typed cuts, average value and median splits',
		{ timeout: 120_000 },
		async () => {
			await expectSame(retail, dayFromIso('2011-06-30'), {
				rfm: { monetary: 'average', cuts: { recency: [240, 30, 120, 60] } },
				rfmEight: { split: 'median', monetary: 'average' },
				valueTier: { cuts: [0.3, 0.6, 0.9] },
				lifecycle: { ownGapMinOrders: 2, lapseGapMultiple: 1.5 },
				loyalty: { lowWhenChurned: false, highFrom: 0.4 },
				creditRisk: { generalLimitUse: 0.5 }
			});
		}
	);

	it('on the 1 M-order benchmark file', { timeout: 300_000 }, async () => {
		await expectSame(benchOrders(1_000_000, 100_000), undefined, {
			rfmEight: { split: 'median' }
		});
	});
});
