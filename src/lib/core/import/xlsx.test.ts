import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { dayFromParts } from '../days';
import { previewImport } from './preview';
import { runImport } from './run';
import { sourceFromBytes } from './source';
import { errorCode, expectOk } from './testing';
import type { ImportSource } from './types';

let workbook: ImportSource;

beforeAll(async () => {
	const book = new ExcelJS.Workbook();
	const orders = book.addWorksheet('订单');
	orders.addRow(['客户编号', '客户名称', '下单日期', '实付金额', '数量', '备注']);
	orders.addRow([17850, '王小明', new Date(Date.UTC(2024, 2, 5)), 1288.5, 2, '=cmd']);
	orders.addRow(['C002', '李雷', new Date(Date.UTC(2024, 2, 6, 14, 30)), '￥99', 1, '+cmd']);
	orders.addRow([]);
	orders.addRow(['C003', 'Ann', 45358, -5, 1, '@x']);
	orders.addRow(['C004', 'Bo', 20240308, '1.2万', 1, '-5']);
	orders.getColumn(3).numFmt = 'yyyy-mm-dd';
	orders.getCell('C5').numFmt = 'General';
	const text = book.addWorksheet('文本日期');
	text.addRow(['会员号', '交易日期', '销售额']);
	text.addRow(['M1', '2024年3月5日', 10]);
	text.addRow(['M2', '2024/03/06', 20.5]);
	text.addRow(['M1', '2024-03-07 09:15', 30]);
	const customers = book.addWorksheet('客户');
	customers.addRow(['客户编号', '姓名', '注册日期', '城市', '备注']);
	customers.addRow(['K1', '张三', '2023年1月5日', '杭州', '=HYPERLINK("x")']);
	customers.addRow(['K2', '李四', new Date(Date.UTC(2022, 11, 31)), '成都', '-5']);
	const buffer = await book.xlsx.writeBuffer();
	workbook = sourceFromBytes(new Uint8Array(buffer as ArrayBuffer), 'test.xlsx');
});

describe('an .xlsx written by exceljs', () => {
	it('is recognised and previewed, with its sheets listed', async () => {
		const outcome = await previewImport(workbook);
		if (!outcome.ok) throw new Error(outcome.error.code);
		expect(outcome.preview.sheets).toEqual(['订单', '文本日期', '客户']);
		expect(outcome.preview.detected).toMatchObject({
			format: 'xlsx',
			hasHeader: true,
			kind: 'orders'
		});
		expect(outcome.preview.rows[0]).toEqual([
			'17850',
			'王小明',
			'2024-03-05',
			'1288.5',
			'2',
			'=cmd'
		]);
	});

	it('imports real Excel dates, serials, YYYYMMDD numbers and reports bad amounts by Excel row', async () => {
		const result = expectOk(await runImport(workbook));
		expect(result.mapping).toEqual([
			'customerId',
			'customerName',
			'date',
			'amount',
			'quantity',
			'ignore'
		]);
		expect(result.customers.map((c) => [c.id, c.name])).toEqual([
			['17850', '王小明'],
			['C002', '李雷'],
			['C003', 'Ann']
		]);
		expect(Array.from(result.orders.day)).toEqual([
			dayFromParts(2024, 3, 5),
			dayFromParts(2024, 3, 6),
			dayFromParts(2024, 3, 7)
		]);
		expect(Array.from(result.orders.secondOfDay)).toEqual([-1, 14 * 3600 + 30 * 60, -1]);
		expect(Array.from(result.orders.amount)).toEqual([1288.5, 99, -5]);
		expect(result.report.blankLines).toBe(1);
		expect(result.report.problems).toEqual([
			{ row: 6, column: '实付金额', code: 'chineseUnit', value: '1.2万' }
		]);
	});

	it('reads formatted date strings from a chosen sheet', async () => {
		const result = expectOk(await runImport(workbook, { sheet: '文本日期' }));
		expect(result.detected.sheet).toBe('文本日期');
		expect(Array.from(result.orders.day)).toEqual([
			dayFromParts(2024, 3, 5),
			dayFromParts(2024, 3, 6),
			dayFromParts(2024, 3, 7)
		]);
		expect(Array.from(result.orders.amount)).toEqual([10, 20.5, 30]);
		expect(result.customers).toHaveLength(2);
	});

	it('keeps formula-like text as text in a customers sheet', async () => {
		const result = expectOk(await runImport(workbook, { sheet: 3 }));
		expect(result.detected.kind).toBe('customers');
		expect(result.customers).toEqual([
			{
				id: 'K1',
				name: '张三',
				createdDay: dayFromParts(2023, 1, 5),
				city: '杭州',
				custom: { 备注: '=HYPERLINK("x")' }
			},
			{
				id: 'K2',
				name: '李四',
				createdDay: dayFromParts(2022, 12, 31),
				city: '成都',
				custom: { 备注: -5 }
			}
		]);
	});

	it('says which sheet is missing, and refuses a damaged workbook', async () => {
		expect(errorCode(await runImport(workbook, { sheet: 'Nope' }))).toBe('sheetNotFound');
		expect(errorCode(await previewImport(workbook, { sheet: 9 }))).toBe('sheetNotFound');
		const bytes = await workbook.read(0, workbook.size);
		const damaged = sourceFromBytes(bytes.slice(0, Math.floor(bytes.length / 2)), 'cut.xlsx');
		expect(errorCode(await runImport(damaged))).toBe('xlsxUnreadable');
	});
});
