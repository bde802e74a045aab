/**
 * Generated import files for fuzzing (fast-check arbitraries, tests only): well-formed CSV in
 * every dialect, line ending and encoding the importer reads, with cells in supported and
 * unsupported formats, quotes and embedded newlines; and damaged files (cut, bytes flipped,
 * random). A well-formed file knows how many records (lines outside quotes) it holds, so a
 * test can check that every one of them is accounted for.
 */

import fc from 'fast-check';
import iconv from 'iconv-lite';

export interface FuzzFile {
	bytes: Uint8Array;
	name: string;
	/** Records in a well-formed file, its header line included; undefined when damaged. */
	records?: number;
	/** How it was made, for the failure message. */
	kind: string;
}

const HEADERS = [
	'customer id',
	'客户编号',
	'customer_id',
	'order id',
	'订单号',
	'date',
	'日期',
	'order_date',
	'amount',
	'金额',
	'quantity',
	'数量',
	'price',
	'name',
	'客户名称',
	'city',
	'城市',
	'status',
	'product',
	'x',
	''
];

/** Headers an orders file needs (one of each), so most generated files get past the mapping. */
const REQUIRED = [
	['customer id', '客户编号', 'customer_id', '会员号'],
	['date', '日期', 'order_date', '下单时间'],
	['amount', '金额', 'sales', '实付金额']
];

const header: fc.Arbitrary<string[]> = fc.oneof(
	{
		weight: 3,
		arbitrary: fc
			.tuple(
				fc.constantFrom(...REQUIRED[0]),
				fc.constantFrom(...REQUIRED[1]),
				fc.constantFrom(...REQUIRED[2]),
				fc.array(fc.constantFrom(...HEADERS), { maxLength: 4 })
			)
			.chain(([id, date, amount, extra]) =>
				fc.shuffledSubarray([id, date, amount, ...extra], { minLength: 3 + extra.length })
			)
	},
	{ weight: 1, arbitrary: fc.array(fc.constantFrom(...HEADERS), { minLength: 1, maxLength: 7 }) }
);

const DATES_SUPPORTED = [
	'2024-03-05',
	'2024/3/5',
	'05/03/2024',
	'3/5/2024',
	'20240305',
	'2024年3月5日',
	'2024-03-05 10:11:12',
	'2024-03-05T10:11:12Z',
	'2024.03.05',
	'45361'
];
const DATES_UNSUPPORTED = [
	'5 March 2024',
	'Mar 5, 2024',
	'2024-13-45',
	'31/02/2024',
	'2024-03',
	'0000-00-00',
	'99999-01-01',
	'昨天',
	'1e10',
	'-45361'
];
const NUMBERS_SUPPORTED = [
	'1,234.50',
	'1.234,50',
	'¥99',
	'￥12',
	'$5',
	'€7',
	'£8',
	'(12.50)',
	'-5',
	'0',
	'0.01',
	'1 234,5',
	'12%',
	'3万'
];
const NUMBERS_UNSUPPORTED = [
	'NaN',
	'Infinity',
	'--5',
	'5-',
	'0x1F',
	'١٢٣',
	'1e400',
	'12..5',
	'one',
	'=SUM(A1)',
	'+1',
	'@x'
];
const AWKWARD = [
	'"',
	'""',
	'a "quoted" word',
	'comma, inside',
	'semi; colon',
	'tab\tinside',
	'pipe|inside',
	'line\nbreak',
	'cr\rbreak',
	'crlf\r\nbreak',
	'\uFEFFbom inside',
	'nul\u0000byte',
	'王芳',
	'\u202Eevil gpj.exe',
	'C' + 'x'.repeat(300),
	' padded ',
	''
];

const anyCell = fc.oneof(
	fc.string({ maxLength: 10 }),
	fc.constantFrom(...DATES_SUPPORTED, ...DATES_UNSUPPORTED),
	fc.constantFrom(...NUMBERS_SUPPORTED, ...NUMBERS_UNSUPPORTED),
	fc.integer({ min: -1000, max: 100_000 }).map(String),
	fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((value) => value.toFixed(2)),
	fc.constantFrom(...AWKWARD)
);

/** Values for a column by its header: mostly what it should hold, sometimes anything. */
function cellFor(header: string): fc.Arbitrary<string> {
	const [ids, dates, amounts] = REQUIRED;
	if (ids.includes(header))
		return fc.oneof(
			{ weight: 8, arbitrary: fc.integer({ min: 1, max: 60 }).map((n) => `C${n}`) },
			{ weight: 1, arbitrary: anyCell }
		);
	if (dates.includes(header))
		return fc.oneof(
			{ weight: 6, arbitrary: fc.constantFrom(...DATES_SUPPORTED) },
			{ weight: 1, arbitrary: fc.constantFrom(...DATES_UNSUPPORTED) },
			{ weight: 1, arbitrary: anyCell }
		);
	if (amounts.includes(header))
		return fc.oneof(
			{ weight: 6, arbitrary: fc.constantFrom(...NUMBERS_SUPPORTED) },
			{ weight: 3, arbitrary: fc.integer({ min: -100, max: 10_000 }).map(String) },
			{ weight: 1, arbitrary: fc.constantFrom(...NUMBERS_UNSUPPORTED) },
			{ weight: 1, arbitrary: anyCell }
		);
	return anyCell;
}

/** Rows under a header: as many cells as it has names, or now and then a ragged row. */
const rowsFor = (names: string[]) =>
	fc.array(
		fc.oneof(
			{ weight: 9, arbitrary: fc.tuple(...names.map(cellFor)) },
			{ weight: 1, arbitrary: fc.array(anyCell, { minLength: 1, maxLength: 9 }) }
		),
		{ maxLength: 30 }
	);

const DELIMITERS = [',', ';', '\t', '|'];
const LINE_ENDINGS = ['\n', '\r\n', '\r'];

/** A cell as a CSV writer would put it: quoted when it holds a delimiter, quote or line break. */
function quoted(value: string, delimiter: string): string {
	return /["\r\n]/.test(value) || value.includes(delimiter)
		? `"${value.replaceAll('"', '""')}"`
		: value;
}

function encode(text: string, encoding: string): Uint8Array {
	const utf8 = new TextEncoder().encode(text);
	switch (encoding) {
		case 'utf-8-bom':
			return new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
		case 'gbk':
			return new Uint8Array(iconv.encode(text, 'gbk'));
		case 'utf-16le':
			return new Uint8Array(iconv.encode(text, 'utf-16le', { addBOM: true }));
		case 'utf-16be':
			return new Uint8Array(iconv.encode(text, 'utf-16be', { addBOM: true }));
		default:
			return utf8;
	}
}

/** A well-formed CSV: one line ending for the file or a random one per line, any encoding. */
const wellFormed = fc
	.record({
		table: header.chain((names) => rowsFor(names).map((rows) => ({ names, rows }))),
		delimiter: fc.constantFrom(...DELIMITERS),
		endings: fc.oneof(
			fc.constantFrom(...LINE_ENDINGS).map((ending) => [ending]),
			fc.array(fc.constantFrom(...LINE_ENDINGS), { minLength: 2, maxLength: 6 })
		),
		finalEnding: fc.boolean(),
		encoding: fc.constantFrom('utf-8', 'utf-8', 'utf-8-bom', 'gbk', 'utf-16le', 'utf-16be')
	})
	.map(({ table, delimiter, endings, finalEnding, encoding }): FuzzFile => {
		const { names: header, rows } = table;
		// GBK cannot hold every character; what it cannot hold becomes '?', still one cell.
		const lines = [header, ...rows].map((row) =>
			row.map((value) => quoted(value, delimiter)).join(delimiter)
		);
		let text = '';
		lines.forEach((line, i) => {
			text += line;
			if (i < lines.length - 1 || finalEnding) text += endings[i % endings.length];
		});
		const ends = endings.map((ending) => JSON.stringify(ending)).join('');
		return {
			bytes: encode(text, encoding),
			name: 'fuzz.csv',
			// An empty last line with no line end after it is no line at all.
			records: lines.length - (lines.at(-1) === '' && !finalEnding ? 1 : 0),
			kind: `well-formed ${encoding} ${JSON.stringify(delimiter)} ${ends}`
		};
	});

/** Damaged files: well-formed ones cut short or with bytes changed, and random bytes. */
const damaged = fc.oneof(
	fc.tuple(wellFormed, fc.nat()).map(([file, cut]): FuzzFile => {
		const length = file.bytes.length ? cut % file.bytes.length : 0;
		return { bytes: file.bytes.subarray(0, length), name: 'cut.csv', kind: `cut ${file.kind}` };
	}),
	fc
		.tuple(
			wellFormed,
			fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), {
				minLength: 1,
				maxLength: 8
			})
		)
		.map(([file, flips]): FuzzFile => {
			const bytes = file.bytes.slice();
			for (const [at, value] of flips) if (bytes.length) bytes[at % bytes.length] = value;
			return { bytes, name: 'flipped.csv', kind: `flipped ${file.kind}` };
		}),
	fc
		.uint8Array({ maxLength: 400 })
		.map((bytes): FuzzFile => ({ bytes, name: 'random.csv', kind: 'random bytes' }))
);

/** Three well-formed files for each damaged one. */
export const fuzzFile: fc.Arbitrary<FuzzFile> = fc.oneof(
	{ arbitrary: wellFormed, weight: 3 },
	{ arbitrary: damaged, weight: 1 }
);
