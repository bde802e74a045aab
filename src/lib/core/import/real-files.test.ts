import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ORDER_STATUS } from '../model';
import { previewImport } from './preview';
import { runImport } from './run';
import { dataPath, dataSource, expectOk } from './testing';
import type { ImportProgress, ImportResult } from './types';

/** An independent count over the raw lines: CustomerID and Country are the last two fields. */
function countOnlineRetail() {
	const lines = readFileSync(dataPath('online-retail/online_retail.csv'), 'utf8')
		.split('\n')
		.slice(1);
	let rows = 0;
	let withoutCustomer = 0;
	let cancelledLines = 0;
	const cancelledInvoices = new Set<string>();
	const invoices = new Set<string>();
	const customers = new Set<string>();
	for (const line of lines) {
		if (line === '') continue;
		rows++;
		const fields = line.split(',');
		const customer = fields[fields.length - 2];
		const invoice = fields[0];
		if (customer === '') {
			withoutCustomer++;
			continue;
		}
		customers.add(customer);
		invoices.add(invoice);
		if (invoice.startsWith('C')) {
			cancelledLines++;
			cancelledInvoices.add(invoice);
		}
	}
	return {
		rows,
		withoutCustomer,
		cancelledLines,
		cancelled: cancelledInvoices.size,
		invoices: invoices.size,
		customers: customers.size
	};
}

describe('Online Retail (541,909 line items, read once)', () => {
	let result: ImportResult;
	const progress: ImportProgress[] = [];
	const expected = countOnlineRetail();

	beforeAll(async () => {
		const started = performance.now();
		const outcome = await runImport(await dataSource('online-retail/online_retail.csv'), {
			onProgress: (step) => progress.push(step)
		});
		// Timing is printed for the record, never asserted.
		console.info(`Online Retail import: ${Math.round(performance.now() - started)} ms`);
		result = expectOk(outcome);
	}, 60_000);

	it('matches the independent count of the raw file', () => {
		expect(expected).toMatchObject({ rows: 541_909, customers: 4_372, withoutCustomer: 135_080 });
		expect(result.report.rowsRead).toBe(expected.rows);
		expect(result.customers).toHaveLength(4_372);
		expect(result.report.orders).toBe(expected.invoices);
	});

	it('guesses the mapping, line items and the cancellation prefix', () => {
		expect(result.mapping).toEqual([
			'orderId',
			'ignore',
			'product',
			'quantity',
			'date',
			'unitPrice',
			'customerId',
			'region'
		]);
		expect(result.detected).toMatchObject({
			hasHeader: true,
			delimiter: ',',
			encoding: 'utf-8',
			kind: 'orders',
			lineItems: true,
			dateFormat: 'ymd'
		});
		expect(result.detected.returns.cancelledIdPrefix).toBe('C');
	});

	it('reports the rows without a customer id, with their lines', () => {
		expect(result.report.skipped).toEqual({ missingCustomerId: expected.withoutCustomer });
		expect(result.report.problems).toHaveLength(1000);
		expect(result.report.problemsTotal).toBe(expected.withoutCustomer);
		expect(result.report.problems[0]).toEqual({
			row: 624,
			column: 'CustomerID',
			code: 'missingCustomerId',
			value: ''
		});
	});

	it('counts the cancellations and stores them as negative cancelled orders', () => {
		expect(expected).toMatchObject({ cancelled: 3_654, cancelledLines: 8_905 });
		expect(result.report.returns).toMatchObject({
			orders: expected.cancelled,
			rows: expected.cancelledLines
		});
		const { orders } = result;
		const row = orders.orderId.indexOf('C536379');
		expect(orders.status[row]).toBe(ORDER_STATUS.cancelled);
		expect(orders.amount[row]).toBeCloseTo(-27.5, 6);
		let cancelled = 0;
		for (let i = 0; i < orders.status.length; i++)
			if (orders.status[i] === ORDER_STATUS.cancelled) {
				cancelled++;
				expect(orders.amount[i]).toBeLessThanOrEqual(0);
			}
		expect(cancelled).toBe(expected.cancelled);
	});

	it('groups the lines of an invoice: amount = Σ quantity × price, date and time of the invoice', () => {
		const { orders } = result;
		const row = orders.orderId.indexOf('536365');
		// 7 lines: 6×2.55 + 6×3.39 + 8×2.75 + 6×3.39 + 6×3.39 + 2×7.65 + 6×4.25
		expect(orders.amount[row]).toBeCloseTo(139.12, 6);
		expect(orders.quantity[row]).toBe(40);
		expect(orders.customerIds[orders.customer[row]]).toBe('17850');
		expect(orders.secondOfDay[row]).toBe(8 * 3600 + 26 * 60);
		expect(orders.product[row]).toBe('WHITE HANGING HEART T-LIGHT HOLDER');
	});

	it('normalises customer ids written as floats and keeps the country as region', () => {
		const customer = result.customers.find((each) => each.id === '17850');
		expect(customer).toMatchObject({ region: 'United Kingdom' });
		expect(result.customers.every((each) => !each.id.endsWith('.0'))).toBe(true);
	});

	it('reported progress up to the whole file', () => {
		expect(progress.length).toBeGreaterThan(10);
		const last = progress[progress.length - 1];
		expect(last).toMatchObject({ phase: 'building', bytesRead: last.totalBytes, rows: 541_909 });
	});
});

describe('rfm_data_orders.csv', () => {
	it('imports 995 customers, 4,906 orders and 464,158 of revenue with names joined', async () => {
		const result = expectOk(await runImport(await dataSource('rfm-orders/rfm_data_orders.csv')));
		expect(result.customers).toHaveLength(995);
		expect(result.report.orders).toBe(4_906);
		expect(result.report.totalAmount).toBe(464_158);
		expect(result.orders.amount.reduce((sum, amount) => sum + amount, 0)).toBe(464_158);
		expect(result.customers.find((each) => each.id === 'Brion Stark')).toMatchObject({
			name: 'Brion Stark',
			email: 'brion_stark@rfmail.com'
		});
		expect(result.detected.lineItems).toBe(false);
		expect(result.customerFields.sort()).toEqual(['email', 'name']);
	});
});

describe('CDNOW', () => {
	it('imports the space-separated sample without header by column position', async () => {
		const source = await dataSource('cdnow/CDNOW_sample.txt');
		const preview = await previewImport(source);
		expect(preview.ok && preview.preview.detected).toMatchObject({
			delimiter: ' ',
			hasHeader: false
		});
		expect(preview.ok && preview.preview.columns.map((c) => c.label)).toEqual([1, 2, 3, 4, 5]);
		const result = expectOk(
			await runImport(source, { mapping: ['customerId', 'ignore', 'date', 'quantity', 'amount'] })
		);
		expect(result.customers).toHaveLength(2_357);
		expect(result.report.orders).toBe(6_919);
		expect(result.report.problemsTotal).toBe(0);
		expect(result.orders.customerIds[0]).toBe('00004');
		expect(result.headerSignature).toBe('#columns:5');
	});

	it('imports the master file with its header', async () => {
		const result = expectOk(await runImport(await dataSource('cdnow/CDNOW_master.txt')));
		expect(result.mapping).toEqual(['customerId', 'date', 'quantity', 'amount']);
		expect(result.customers).toHaveLength(23_570);
		expect(result.report.orders).toBe(69_659);
	});
});

describe('Mall Customers (a customers file)', () => {
	it('imports attributes only, unknown columns as custom fields', async () => {
		const result = expectOk(
			await runImport(await dataSource('mall-customers/Mall_Customers.csv'), {
				referenceYear: 2020
			})
		);
		expect(result.detected.kind).toBe('customers');
		expect(result.customers).toHaveLength(200);
		expect(result.report.orders).toBe(0);
		expect(result.customers[0]).toMatchObject({
			id: '0001',
			gender: 'Male',
			birthYear: 2001,
			// Income as a number, not forced into the income band field.
			custom: { AnnualIncome: 15, SpendingScore: 39 }
		});
		expect(result.customers[0].incomeBand).toBeUndefined();
	});
});
