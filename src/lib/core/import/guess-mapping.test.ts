import { describe, expect, it } from 'vitest';
import { headerSignature, mappingFromRecord, mappingToRecord, normaliseHeader } from './fields';
import {
	detectCancelledPrefix,
	detectKind,
	detectLineItems,
	guessFromHeaders,
	guessFromValues
} from './guess-mapping';
import { compilePlan, mappingErrors } from './plan';
import { columnInfos } from './settings';

describe('guessFromHeaders', () => {
	const row = (...cells: string[]) => cells;

	it('maps Chinese headers', () => {
		const headers = [
			'客户编号',
			'客户名称',
			'订单号',
			'下单时间',
			'实付金额',
			'数量',
			'单价',
			'省份',
			'城市',
			'行业',
			'渠道',
			'性别',
			'年龄',
			'备注'
		];
		const rows = [
			row(
				'C001',
				'王小明',
				'D1',
				'2024-03-05',
				'88.5',
				'2',
				'44.25',
				'广东',
				'深圳',
				'零售',
				'线上',
				'男',
				'35',
				'老客户'
			)
		];
		expect(guessFromHeaders(headers, rows)).toEqual([
			'customerId',
			'customerName',
			'orderId',
			'date',
			'amount',
			'quantity',
			'unitPrice',
			'region',
			'city',
			'industry',
			'channel',
			'gender',
			'age',
			'ignore'
		]);
	});

	it('maps English headers whatever their case, spaces or underscores', () => {
		const headers = [
			'InvoiceNo',
			'StockCode',
			'Description',
			'Quantity',
			'InvoiceDate',
			'UnitPrice',
			'CustomerID',
			'Country'
		];
		const rows = [
			row(
				'536365',
				'85123A',
				'WHITE HANGING HEART',
				'6',
				'2010-12-01 08:26:00',
				'2.55',
				'17850.0',
				'United Kingdom'
			)
		];
		expect(guessFromHeaders(headers, rows)).toEqual([
			'orderId',
			'ignore',
			'product',
			'quantity',
			'date',
			'unitPrice',
			'customerId',
			'region'
		]);
		expect(
			guessFromHeaders(
				['customer id', 'ORDER_DATE', 'Revenue', 'e-mail'],
				[row('a', '2024-01-01', '3', 'a@b.c')]
			)
		).toEqual(['customerId', 'date', 'amount', 'email']);
	});

	it('joins first and last name into the customer name', () => {
		const headers = ['customer_id', 'order_date', 'revenue', 'first_name', 'last_name', 'email'];
		expect(
			guessFromHeaders(headers, [row('Ann Lee', '2004-12-20', '32', 'Ann', 'Lee', 'a@x')])
		).toEqual(['customerId', 'date', 'amount', 'customerName', 'customerName', 'email']);
	});

	it('does not take a column of words for an amount, nor a column of words for a date', () => {
		expect(guessFromHeaders(['id', 'date', 'amount'], [row('1', 'soon', 'lots')])).toEqual([
			'customerId',
			'ignore',
			'ignore'
		]);
	});

	it('keeps a column of numbers as a number, not an income or age band; bands stay bands', () => {
		expect(
			guessFromHeaders(['CustomerID', 'AnnualIncome'], [row('0001', '15'), row('0002', '16')])
		).toEqual(['customerId', 'ignore']);
		expect(guessFromHeaders(['客户编号', '年收入'], [row('1', '10-20万'), row('2', '高')])).toEqual(
			['customerId', 'incomeBand']
		);
	});

	it('takes a bare 客户 / customer column as the id unless a better one exists', () => {
		expect(guessFromHeaders(['客户', '日期', '金额'], [row('王小明', '2024-01-01', '5')])).toEqual([
			'customerId',
			'date',
			'amount'
		]);
		expect(guessFromHeaders(['客户', '客户编号'], [row('王小明', 'C1')])).toEqual([
			'ignore',
			'customerId'
		]);
	});

	it('prefers an exact name over a partial one', () => {
		expect(
			guessFromHeaders(
				['注册日期', '交易日期', '客户编号'],
				[row('2020-01-01', '2024-01-01', 'C1')]
			)
		).toEqual(['createdDate', 'date', 'customerId']);
	});
});

describe('guessFromValues', () => {
	it('maps a file without header by its values (CDNOW sample)', () => {
		const rows = [
			['00004', '0001', '19970101', '2', '29.33'],
			['00004', '0001', '19970118', '2', '29.73'],
			['00021', '0002', '19970101', '3', '63.34'],
			['00050', '0003', '19970101', '1', '11.77']
		];
		expect(guessFromValues(rows, 5)).toEqual([
			'customerId',
			'ignore',
			'date',
			'quantity',
			'amount'
		]);
	});
});

describe('kind and line items', () => {
	it('calls a file with a date and an amount an orders file, else a customers file', () => {
		expect(detectKind(['customerId', 'date', 'amount'])).toBe('orders');
		expect(detectKind(['customerId', 'unitPrice', 'date'])).toBe('orders');
		expect(detectKind(['customerId', 'customerName', 'city'])).toBe('customers');
	});

	it('sees line items when order ids repeat beside product columns', () => {
		const rows = [
			['1', 'A'],
			['1', 'B'],
			['2', 'A']
		];
		expect(detectLineItems(['orderId', 'product'], rows)).toBe(true);
		expect(
			detectLineItems(
				['orderId', 'product'],
				[
					['1', 'A'],
					['2', 'B']
				]
			)
		).toBe(false);
		expect(
			detectLineItems(
				['orderId', 'ignore'],
				[['1', 'A'], ['1', 'A'], ...Array.from({ length: 100 }, (_, i) => [String(i + 2), 'x'])]
			)
		).toBe(false);
	});

	it('finds the C prefix of cancelled invoices, and not other letters', () => {
		const rows = [['536365'], ['536366'], ['C536379'], ['536380']];
		expect(detectCancelledPrefix(['orderId'], rows)).toBe('C');
		expect(detectCancelledPrefix(['orderId'], [['536365'], ['W536366'], ['536380']])).toBe('');
	});
});

describe('mapping errors', () => {
	it('asks for a customer id, and for date and amount in an orders file', () => {
		expect(mappingErrors(['customerName', 'city'], 'customers')).toEqual(['noCustomerIdColumn']);
		expect(mappingErrors(['customerId', 'amount'], 'orders')).toEqual(['noDateColumn']);
		expect(mappingErrors(['customerId', 'date', 'quantity'], 'orders')).toEqual(['noAmountColumn']);
		expect(mappingErrors(['customerId', 'date', 'unitPrice'], 'orders')).toEqual([]);
	});

	it('compiles column positions and labels', () => {
		const plan = compilePlan(
			['customerId', 'date', 'amount', 'custom', 'region'],
			columnInfos(['ID', 'Date', 'Amount', 'VIP', 'Area'], 5)
		);
		expect(plan).toMatchObject({ customerId: 0, date: 1, amount: 2, unitPrice: -1 });
		expect(plan.customerColumns.map((c) => [c.field, c.key])).toEqual([
			['custom', 'VIP'],
			['region', 'region']
		]);
	});
});

describe('header signature and templates', () => {
	it('normalises case, width, spaces and underscores', () => {
		expect(normaliseHeader(' Customer_ID ')).toBe('customerid');
		expect(normaliseHeader('客户ＩＤ（编号）')).toBe('客户id编号');
		expect(headerSignature(['Customer ID', 'Order_Date'], 2)).toBe(
			headerSignature(['customerid', 'ORDER DATE'], 2)
		);
		expect(headerSignature(null, 5)).toBe('#columns:5');
	});

	it('round-trips a mapping through a template record', () => {
		const headers = ['Customer ID', 'Date', 'Total'];
		const record = mappingToRecord(headers, ['customerId', 'date', 'amount']);
		expect(mappingFromRecord(['customer_id', 'DATE', 'total', 'New'], 4, record)).toEqual([
			'customerId',
			'date',
			'amount',
			'ignore'
		]);
		expect(mappingFromRecord(null, 2, mappingToRecord(null, ['customerId', 'date']))).toEqual([
			'customerId',
			'date'
		]);
	});
});
