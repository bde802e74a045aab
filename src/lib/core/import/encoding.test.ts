import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeChunks, detectEncoding, sniffFormat } from './encoding';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

async function* pieces(data: Uint8Array, size: number) {
	for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}

async function decodeAll(data: Uint8Array, size: number, encoding: 'utf-8' | 'gb18030') {
	let text = '';
	for await (const piece of decodeChunks(pieces(data, size), encoding)) text += piece;
	return text;
}

describe('sniffFormat', () => {
	it('takes text as CSV and UTF-16 by its BOM', () => {
		expect(sniffFormat(utf8('a,b\n1,2\n'))).toEqual({ format: 'csv' });
		expect(sniffFormat(bytes(0xff, 0xfe, 0x61, 0x00))).toEqual({
			format: 'csv',
			utf16: 'utf-16le'
		});
	});

	it('knows images, PDFs, archives and old Excel files', () => {
		const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13);
		expect(sniffFormat(png)).toMatchObject({ error: 'binaryFile', detail: 'PNG image' });
		expect(sniffFormat(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toMatchObject({
			error: 'binaryFile',
			detail: 'JPEG image'
		});
		expect(sniffFormat(utf8('%PDF-1.7\n'))).toMatchObject({ error: 'binaryFile' });
		const zip = new Uint8Array([
			0x50,
			0x4b,
			0x03,
			0x04,
			...utf8('....................notes/readme.txt')
		]);
		expect(sniffFormat(zip)).toMatchObject({ error: 'binaryFile', detail: 'ZIP archive' });
		const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...utf8('..........[Content_Types].xml')]);
		expect(sniffFormat(xlsx)).toEqual({ format: 'xlsx' });
		expect(sniffFormat(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))).toMatchObject({
			error: 'legacyExcel'
		});
	});

	it('calls text with NUL or many control bytes binary', () => {
		expect(sniffFormat(new Uint8Array([...utf8('a,b\n'), 0, ...utf8('1,2')]))).toMatchObject({
			error: 'binaryFile'
		});
		expect(sniffFormat(new Uint8Array(200).fill(3))).toMatchObject({ error: 'binaryFile' });
	});
});

describe('detectEncoding', () => {
	it('finds UTF-8 with and without BOM, GB18030 for GBK bytes, Windows-1252 otherwise', () => {
		expect(detectEncoding([utf8('客户编号,金额\n')])).toBe('utf-8');
		expect(detectEncoding([utf8('\uFEFF客户编号,金额\n')])).toBe('utf-8');
		expect(detectEncoding([iconv.encode('客户编号,金额\n王小明,12\n', 'gbk')])).toBe('gb18030');
		expect(detectEncoding([iconv.encode('name,city\nRené,Zürich £5\n', 'win1252')])).toBe(
			'windows-1252'
		);
	});

	it('checks samples from the middle of a file even when they start mid-character', () => {
		const head = utf8('id,name\n');
		const middle = utf8('王小明,北京\n').subarray(1);
		expect(detectEncoding([head, middle])).toBe('utf-8');
		expect(detectEncoding([head, iconv.encode('王小明,北京\n', 'gbk')])).toBe('gb18030');
	});

	it('accepts a sample cut in the middle of its last character', () => {
		expect(detectEncoding([utf8('客户').subarray(0, 4)])).toBe('utf-8');
	});
});

describe('decodeChunks', () => {
	const text = '客户编号,姓名,金额\nC001,王小明,￥1,200\nC002,李雷,88\n';
	for (const size of [1, 2, 3, 5, 7])
		it(`keeps characters split across ${size}-byte chunks whole (UTF-8 and GBK)`, async () => {
			expect(await decodeAll(utf8(text), size, 'utf-8')).toBe(text);
			expect(await decodeAll(iconv.encode(text, 'gbk'), size, 'gb18030')).toBe(text);
		});

	it('drops a UTF-8 BOM', async () => {
		expect(await decodeAll(utf8('\uFEFFa,b'), 1, 'utf-8')).toBe('a,b');
	});
});
