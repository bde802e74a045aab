/**
 * Test helper: the public data sets in ../shared/data read straight into order columns with
 * papaparse (independent of the app's importer). Tests only.
 */

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { dayFromIso } from '../../days';
import type { OrderColumns, OrderStatus } from '../../model';
import { ORDER_STATUS } from '../../model';

const DATA = new URL('../../../../../../shared/data/', import.meta.url);

/** The rows of a CSV file in ../shared/data, header row first. */
function readRows(relativePath: string): string[][] {
	const text = readFileSync(fileURLToPath(new URL(relativePath, DATA)), 'utf8');
	const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
	return parsed.data;
}

interface PlainOrder {
	customerId: string;
	day: number;
	amount: number;
	status: OrderStatus;
	orderId: string;
}

function toColumns(orders: readonly PlainOrder[]): OrderColumns {
	const customerIds: string[] = [];
	const slot = new Map<string, number>();
	const customer = new Uint32Array(orders.length);
	orders.forEach((order, row) => {
		let index = slot.get(order.customerId);
		if (index === undefined) {
			index = customerIds.length;
			slot.set(order.customerId, index);
			customerIds.push(order.customerId);
		}
		customer[row] = index;
	});
	return {
		customerIds,
		customer,
		day: Int32Array.from(orders, (order) => order.day),
		secondOfDay: new Int32Array(orders.length).fill(-1),
		amount: Float64Array.from(orders, (order) => order.amount),
		cost: new Float64Array(orders.length).fill(NaN),
		quantity: new Float64Array(orders.length).fill(NaN),
		status: Uint8Array.from(orders, (order) => order.status),
		orderId: orders.map((order) => order.orderId),
		product: orders.map(() => '')
	};
}

/** rfm-orders/rfm_data_orders.csv: customer_id,order_date,revenue,… one row per order. */
export function rfmDataOrders(): OrderColumns {
	const [header, ...rows] = readRows('rfm-orders/rfm_data_orders.csv');
	const [customerAt, dateAt, revenueAt] = ['customer_id', 'order_date', 'revenue'].map((name) =>
		header.indexOf(name)
	);
	return toColumns(
		rows.map((row, k) => ({
			customerId: row[customerAt],
			day: dayFromIso(row[dateAt]),
			amount: Number(row[revenueAt]),
			status: ORDER_STATUS.ok,
			orderId: String(k + 1)
		}))
	);
}

/**
 * online-retail/online_retail.csv, lines grouped into invoices: amount = Σ Quantity × UnitPrice
 * per InvoiceNo, the day of its first line; rows without CustomerID skipped; '17850.0' → '17850';
 * invoices numbered 'C…' are cancellations (negative amounts, so they reduce value).
 */
export function onlineRetailOrders(): OrderColumns {
	const [header, ...rows] = readRows('online-retail/online_retail.csv');
	const at = (name: string) => header.indexOf(name);
	const [invoiceAt, quantityAt, dateAt, priceAt, customerAt] = [
		'InvoiceNo',
		'Quantity',
		'InvoiceDate',
		'UnitPrice',
		'CustomerID'
	].map(at);
	const invoices = new Map<string, PlainOrder>();
	for (const row of rows) {
		const rawCustomer = row[customerAt]?.trim();
		if (!rawCustomer) continue;
		const invoice = row[invoiceAt];
		const amount = Number(row[quantityAt]) * Number(row[priceAt]);
		const order = invoices.get(invoice);
		if (order) {
			order.amount += amount;
			continue;
		}
		invoices.set(invoice, {
			customerId: rawCustomer.replace(/\.0+$/, ''),
			day: dayFromIso(row[dateAt].slice(0, 10)),
			amount,
			status: invoice.startsWith('C') ? ORDER_STATUS.cancelled : ORDER_STATUS.ok,
			orderId: invoice
		});
	}
	return toColumns([...invoices.values()]);
}
