import { describe, expect, it } from 'vitest';
import { ORDER_STATUS } from '../model';
import { expectOk, importText } from './testing';

const LINES =
	'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID\n' +
	'1001,A,Mug,2,2024-01-05 10:00:00,3.10,17850.0\n' +
	'1001,B,Plate,1,2024-01-05 10:01:00,5.00,17850.0\n' +
	'1001,A,Mug,2,2024-01-05 10:00:00,3.10,17850.0\n' +
	'1002,A,Mug,1,2024-01-06 11:00:00,3.10,13047.0\n' +
	'C1003,A,Mug,-2,2024-01-07 12:00:00,3.10,17850.0\n' +
	'1004,C,Bowl,-1,2024-01-08 12:00:00,4.00,13047.0\n' +
	'1001,D,Cup,1,2024-01-05 10:00:00,2.00,99999.0\n';

describe('line-item files', () => {
	it('group lines into orders: sums, the first line’s date, identical lines kept', async () => {
		const result = expectOk(await importText(LINES));
		expect(result.detected).toMatchObject({ lineItems: true, kind: 'orders' });
		const { orders } = result;
		expect(orders.orderId).toEqual(['1001', '1002', 'C1003', '1004']);
		expect(Array.from(orders.amount)).toEqual([17.4, 3.1, -6.2, -4]);
		expect(Array.from(orders.quantity)).toEqual([5, 1, -2, -1]);
		expect(Array.from(orders.secondOfDay)).toEqual([36_000, 39_600, 43_200, 43_200]);
		expect(Array.from(orders.status)).toEqual([
			ORDER_STATUS.ok,
			ORDER_STATUS.ok,
			ORDER_STATUS.cancelled,
			ORDER_STATUS.returned
		]);
		expect(result.report.returns).toEqual({ orders: 2, rows: 2, amount: -10.2 });
		expect(result.report.problems).toEqual([
			{ row: 8, column: 'InvoiceNo', code: 'orderCustomerConflict', value: '1001' }
		]);
		expect(result.customers.map((c) => c.id)).toEqual(['17850', '13047']);
	});

	it('follow the returns rule the user chose', async () => {
		const off = expectOk(
			await importText(LINES, { returns: { negativeIsReturn: false, cancelledIdPrefix: '' } })
		);
		expect(off.orders.orderId).toEqual(['1001', '1002']);
		expect(off.report.skipped).toMatchObject({ negativeAmount: 2 });
	});

	it('can be read as order-level rows instead, then repeats are duplicates', async () => {
		const result = expectOk(await importText(LINES, { lineItems: false }));
		expect(result.report.problemCounts).toEqual({ repeatedOrder: 1, duplicateOrderId: 2 });
		expect(result.orders.orderId).toEqual(['1001', '1002', 'C1003', '1004']);
	});
});

describe('order-level files', () => {
	const ORDERS =
		'order_id,customer_id,date,amount,status\n' +
		'A1,C1,2024-01-01,100,已完成\n' +
		'A2,C1,2024-01-02,50,已取消\n' +
		'A3,C2,2024-01-03,80,退款成功\n' +
		'A1,C1,2024-01-01,100,已完成\n' +
		'A1,C1,2024-01-09,120,已完成\n' +
		',C2,2024-01-04,10,\n' +
		',C2,2024-01-04,10,\n';

	it('skip duplicates, keep repeated rows once, and mark cancelled and refunded orders', async () => {
		const result = expectOk(await importText(ORDERS));
		expect(result.detected.lineItems).toBe(false);
		expect(result.report.problems).toEqual([
			{ row: 5, column: 'order_id', code: 'repeatedOrder', value: 'A1' },
			{ row: 6, column: 'order_id', code: 'duplicateOrderId', value: 'A1' }
		]);
		// Two orders of one customer on one day without ids are two orders.
		expect(result.report.orders).toBe(5);
		expect(Array.from(result.orders.status)).toEqual([
			0,
			ORDER_STATUS.cancelled,
			ORDER_STATUS.returned,
			0,
			0
		]);
		// A status-marked order is void by default (the row is the sale that was undone).
		expect(Array.from(result.orders.amount)).toEqual([100, 0, 0, 10, 10]);
		const reversal = expectOk(await importText(ORDERS, { returns: { statusMeans: 'reversal' } }));
		expect(Array.from(reversal.orders.amount)).toEqual([100, -50, -80, 10, 10]);
	});

	it('compute the amount as quantity × unit price when there is no amount column', async () => {
		const result = expectOk(
			await importText('客户编号,日期,数量,单价\nC1,2024-01-01,3,19.9\nC1,2024-01-02,,5\n')
		);
		expect(Array.from(result.orders.amount)).toEqual([59.7, 5]);
	});

	it('read decimal commas and semicolons (European exports)', async () => {
		const result = expectOk(
			await importText(
				'Kunde;Datum;Betrag;customer id\n1;05.03.2024;1.234,50;K1\n2;06.03.2024;-3,99;K2\n',
				{
					mapping: ['ignore', 'date', 'amount', 'customerId']
				}
			)
		);
		expect(result.detected).toMatchObject({ delimiter: ';', decimalComma: true });
		expect(Array.from(result.orders.amount)).toEqual([1234.5, -3.99]);
	});
});
