import { describe, expect, it } from 'vitest';
import { cohortCsvRows, cohortRetention } from './cohorts';
import { dayFromIso } from './days';
import { ORDER_STATUS, type OrderColumns } from './model';

type Row = [customer: string, iso: string, amount: number, status?: number];

function columns(rows: Row[]): OrderColumns {
	const ids = [...new Set(rows.map((row) => row[0]))];
	const n = rows.length;
	return {
		customerIds: ids,
		customer: Uint32Array.from(rows.map((row) => ids.indexOf(row[0]))),
		day: Int32Array.from(rows.map((row) => dayFromIso(row[1]))),
		secondOfDay: new Int32Array(n).fill(-1),
		amount: Float64Array.from(rows.map((row) => row[2])),
		cost: new Float64Array(n).fill(NaN),
		quantity: new Float64Array(n).fill(NaN),
		status: Uint8Array.from(rows.map((row) => row[3] ?? ORDER_STATUS.ok)),
		orderId: rows.map(() => ''),
		product: rows.map(() => '')
	};
}

describe('cohortRetention', () => {
	it('groups by month of first purchase; counts each buyer once a month; purchases only', () => {
		const rows = cohortRetention(
			columns([
				['a', '2024-01-31', 10],
				['a', '2024-02-01', 5],
				['a', '2024-02-20', 7], // a second order in the same month: one active customer
				['b', '2024-01-05', 20],
				['b', '2024-03-05', -8], // a reversing cancellation: not activity, not revenue
				['b', '2024-03-06', 9, ORDER_STATUS.returned],
				['c', '2023-12-15', 30, ORDER_STATUS.cancelled], // never bought: no cohort from it
				['c', '2024-02-10', 4],
				['d', '2024-03-01', 1]
			])
		);
		expect(rows).toEqual([
			{ cohort: '2024-01', customers: 2, active: [2, 1, 0], revenue: [30, 12, 0] },
			{ cohort: '2024-02', customers: 1, active: [1, 0], revenue: [4, 0] },
			{ cohort: '2024-03', customers: 1, active: [1], revenue: [1] }
		]);
		expect(cohortCsvRows(rows).slice(0, 3)).toEqual([
			['2024-01', 0, 2, 2, 1, 30],
			['2024-01', 1, 2, 1, 0.5, 12],
			['2024-01', 2, 2, 0, 0, 0]
		]);
	});

	it('crosses a year boundary and is empty without purchases', () => {
		const rows = cohortRetention(
			columns([
				['a', '2023-11-30', 1],
				['a', '2024-01-01', 2]
			])
		);
		expect(rows).toEqual([
			{ cohort: '2023-11', customers: 1, active: [1, 0, 1], revenue: [1, 0, 2] }
		]);
		expect(cohortRetention(columns([]))).toEqual([]);
	});
});
