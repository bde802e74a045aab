import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { dayFromParts } from '../days';
import { parseCsvText } from './csv-reader';
import { readCsvRows } from './read-csv-rows';
import { expectOk, importBytes } from './testing';

const TEXT = [
	'客户编号,客户名称,下单时间,实付金额,城市,渠道',
	'C001,王小明,2024年3月5日,"1,288.50",深圳,线上',
	'C002,李雷,2024/03/06 14:30,￥99,北京,门店',
	'C001,王小明,2024-03-07,12,深圳,线上',
	'C003,韩梅梅,20240308,-20,上海,代理商'
].join('\r\n');
const GBK = iconv.encode(TEXT, 'gbk');

/** Offsets just inside every double-byte character: cutting there splits each one. */
function cutsInsideEveryCharacter(bytes: Uint8Array): number[] {
	const cuts: number[] = [];
	for (let i = 0; i < bytes.length; i++)
		if (bytes[i] >= 0x81) {
			cuts.push(i + 1);
			i++;
		}
	return cuts;
}

async function* chunksAt(bytes: Uint8Array, cuts: number[]) {
	let start = 0;
	for (const cut of [...cuts, bytes.length]) {
		yield bytes.subarray(start, cut);
		start = cut;
	}
}

describe('a GBK-encoded Chinese CSV', () => {
	it('decodes with a multi-byte character split at every chunk boundary', async () => {
		const cuts = cutsInsideEveryCharacter(GBK);
		expect(cuts.length).toBeGreaterThan(40);
		const rows: string[][] = [];
		const dialect = { delimiter: ',' as const, quoteChar: '"' as const, newline: '\r\n' as const };
		for await (const batch of readCsvRows(chunksAt(GBK, cuts), { encoding: 'gb18030', dialect })) {
			expect(batch.replaced).toBe(false);
			rows.push(...batch.rows);
		}
		expect(rows).toEqual(parseCsvText(TEXT, dialect));
		expect(rows[1][1]).toBe('王小明');
	});

	for (const chunkBytes of [1, 2, 3, 7, 64])
		it(`imports with correct text, dates and amounts from ${chunkBytes}-byte chunks`, async () => {
			const result = expectOk(await importBytes(GBK, { chunkBytes }));
			expect(result.detected).toMatchObject({
				encoding: 'gb18030',
				hasHeader: true,
				kind: 'orders'
			});
			expect(result.mapping).toEqual([
				'customerId',
				'customerName',
				'date',
				'amount',
				'city',
				'channel'
			]);
			expect(result.customers).toEqual([
				{ id: 'C001', name: '王小明', city: '深圳', channel: '线上' },
				{ id: 'C002', name: '李雷', city: '北京', channel: '门店' },
				{ id: 'C003', name: '韩梅梅', city: '上海', channel: '代理商' }
			]);
			const { orders } = result;
			expect(Array.from(orders.amount)).toEqual([1288.5, 99, 12, -20]);
			expect(Array.from(orders.day)).toEqual([
				dayFromParts(2024, 3, 5),
				dayFromParts(2024, 3, 6),
				dayFromParts(2024, 3, 7),
				dayFromParts(2024, 3, 8)
			]);
			expect(Array.from(orders.secondOfDay)).toEqual([-1, 14 * 3600 + 30 * 60, -1, -1]);
			expect(result.report.returns).toEqual({ orders: 1, rows: 1, amount: -20 });
			expect(result.report.problemsTotal).toBe(0);
		});

	it('is found even when the first megabyte is plain ASCII', async () => {
		const ascii = 'id,date,amount,city\n' + 'C9,2024-01-01,1,x\n'.repeat(80_000);
		const bytes = new Uint8Array([
			...new TextEncoder().encode(ascii),
			...iconv.encode('C10,2024-01-02,5,广州\n', 'gbk')
		]);
		const result = expectOk(await importBytes(bytes));
		expect(result.detected.encoding).toBe('gb18030');
		expect(result.customers.find((c) => c.id === 'C10')?.city).toBe('广州');
	});
});
