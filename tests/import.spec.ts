import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { checkAndImport, chooseImportFile, storedCounts } from './import-helpers';

const DATA = '../shared/data';

test('Online Retail imports with the guessed mapping; rows without customer and cancellations are reported', async ({
	page
}) => {
	test.setTimeout(180_000);
	await chooseImportFile(page, `${DATA}/online-retail/online_retail.csv`);
	const mapping = page.getByTestId('mapping');
	await expect(mapping.locator('select[data-column="CustomerID"]')).toHaveValue('customerId');
	await expect(mapping.locator('select[data-column="InvoiceNo"]')).toHaveValue('orderId');
	await expect(mapping.locator('select[data-column="InvoiceDate"]')).toHaveValue('date');
	await expect(page.getByLabel('每行一个商品明细：按订单号合并为订单')).toBeChecked();
	await page.getByRole('button', { name: '检查文件' }).click();
	await expect(page.getByTestId('import-report')).toBeVisible({ timeout: 120_000 });
	await expect(page.getByTestId('report-skipped')).toContainText('135,080');
	await expect(page.getByTestId('report-returns')).toContainText('3,654 笔退货或取消');
	await expect(page.getByTestId('report-orders')).toContainText('4,372 位客户');
	await page.getByRole('button', { name: /^导入 / }).click();
	await expect(page.getByTestId('import-done')).toBeVisible({ timeout: 120_000 });
	expect((await storedCounts(page)).customers).toBe(4372);

	// The command line, run on the same file with the same (guessed) settings, agrees.
	await page.goto('/segments');
	const totals = await page.getByTestId('segment-totals').innerText();
	const [customers, , orders] = (totals.match(/[\d,]+(?:\.\d+)?/g) ?? []).map((n) =>
		Number(n.replace(/,/g, ''))
	);
	const revenue = Number(totals.split('收入')[1].replace(/[^\d.-]/g, ''));
	const cli = spawnSync(
		process.execPath,
		[
			'node_modules/tsx/dist/cli.mjs',
			'src/cli/main.ts',
			'segment',
			`${DATA}/online-retail/online_retail.csv`
		],
		{ encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
	);
	expect(cli.status).toBe(0);
	const rows = cli.stdout
		.trim()
		.split('\n')
		.slice(1)
		.map((line) => line.split(','));
	expect(rows.length).toBe(customers);
	expect(rows.reduce((sum, row) => sum + Number(row[1]), 0)).toBe(orders);
	expect(rows.reduce((sum, row) => sum + Number(row[5]), 0)).toBeCloseTo(revenue, 1);
});

test('the R rfm sample orders import: 995 customers, 4,906 orders; importing again adds nothing', async ({
	page
}) => {
	await chooseImportFile(page, `${DATA}/rfm-orders/rfm_data_orders.csv`);
	await checkAndImport(page);
	expect(await storedCounts(page)).toEqual({ customers: 995, orders: 4906 });
	await chooseImportFile(page, `${DATA}/rfm-orders/rfm_data_orders.csv`);
	await checkAndImport(page);
	await expect(page.getByTestId('import-done')).toContainText('新增 0 位客户');
	expect(await storedCounts(page)).toEqual({ customers: 995, orders: 4906 });
});

test('CDNOW sample (spaces, no header) imports by column position', async ({ page }) => {
	await chooseImportFile(page, `${DATA}/cdnow/CDNOW_sample.txt`);
	await expect(page.getByLabel('分隔符')).toHaveValue(' ');
	await expect(page.getByLabel('第一行是列名')).not.toBeChecked();
	const mapping = page.getByTestId('mapping');
	await mapping.locator('select[data-column="第 1 列"]').selectOption('customerId');
	await mapping.locator('select[data-column="第 2 列"]').selectOption('ignore');
	await mapping.locator('select[data-column="第 3 列"]').selectOption('date');
	await mapping.locator('select[data-column="第 4 列"]').selectOption('quantity');
	await mapping.locator('select[data-column="第 5 列"]').selectOption('amount');
	await checkAndImport(page);
	expect(await storedCounts(page)).toEqual({ customers: 2357, orders: 6919 });
});

/** A GBK CSV bigger than several 1 MiB read chunks, with a Chinese character split by each chunk edge. */
function gbkFileAcrossChunks() {
	const CHUNK = 1 << 20;
	const parts: Buffer[] = [iconv.encode('客户编号,客户名称,下单日期,实付金额,城市\n', 'gbk')];
	let length = parts[0].length;
	let rows = 0;
	let nextEdge = CHUNK;
	while (length < 3.5 * CHUNK) {
		const line = iconv.encode(
			`K${rows % 500},王小明${rows % 500},2024年3月${(rows % 28) + 1}日,"￥1,2${rows % 10}0.50",杭州\n`,
			'gbk'
		);
		// Pad with ASCII so that the name's first Chinese byte sits just before the chunk edge.
		const nameOffset = iconv.encode(`K${rows % 500},`, 'gbk').length;
		if (length + line.length > nextEdge - 1 && length < nextEdge) {
			const padding = nextEdge - 1 - length - nameOffset;
			if (padding >= 0) {
				const pad = Buffer.from(`# ${'x'.repeat(Math.max(0, padding - 3))}\n`.slice(0, padding));
				if (pad.length === padding) {
					parts.push(pad);
					length += pad.length;
				}
			}
			nextEdge += CHUNK;
		}
		parts.push(line);
		length += line.length;
		rows++;
	}
	const buffer = Buffer.concat(parts);
	// Every chunk edge falls inside a two-byte character: a lead byte right after a comma.
	const edges = Math.floor(buffer.length / CHUNK);
	let split = 0;
	for (let edge = CHUNK; edge < buffer.length; edge += CHUNK)
		if (buffer[edge - 1] >= 0x81 && buffer[edge - 2] === 0x2c) split++;
	return { buffer, rows, edges, split };
}

test('a GBK Chinese CSV imports with correct text, dates and amounts across read chunks', async ({
	page
}) => {
	const { buffer, edges, split } = gbkFileAcrossChunks();
	expect(edges).toBe(3);
	expect(split).toBe(edges);
	await chooseImportFile(page, { name: '订单导出.csv', mimeType: 'text/csv', buffer });
	await expect(page.getByLabel('编码')).toHaveValue('gb18030');
	await checkAndImport(page);
	await page.goto('/customers/K7');
	await expect(page.getByRole('heading', { level: 1, name: '王小明7' })).toBeVisible();
	await expect(page.getByTestId('order-table')).toContainText('2024年3月28日');
	await expect(page.getByTestId('order-table')).toContainText('¥1,270.50');
	await expect(page.getByText('�')).toHaveCount(0);
});

test('a large .xlsx (a sheet of several MB, unzipped in the worker) imports whole', async ({
	page
}) => {
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('订单');
	sheet.addRow(['会员号', '订单号', '交易日期', '销售额']);
	let seed = 7;
	const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);
	const customers = new Set<string>();
	for (let i = 0; i < 60_000; i++) {
		const id = `M${String(next() % 8000).padStart(5, '0')}`;
		customers.add(id);
		sheet.addRow([
			id,
			`SO${next().toString(36)}${i}`,
			new Date(Date.UTC(2023, 0, 1) + (next() % 700) * 86_400_000),
			(100 + (next() % 99_900)) / 100
		]);
	}
	sheet.getColumn(3).numFmt = 'yyyy-mm-dd';
	const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
	// Large enough that fflate would unzip the sheet in a nested worker of its own.
	expect(buffer.length).toBeGreaterThan(1_000_000);
	await chooseImportFile(page, {
		name: 'big-orders.xlsx',
		mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		buffer
	});
	await checkAndImport(page);
	expect(await storedCounts(page)).toEqual({ customers: customers.size, orders: 60_000 });
});

test('an .xlsx with Excel dates and formatted date strings imports', async ({ page }) => {
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('订单');
	sheet.addRow(['会员号', '姓名', '交易日期', '销售额', '渠道']);
	sheet.addRow(['M001', '李娜', new Date(Date.UTC(2024, 2, 5)), 199.5, '线上']);
	sheet.addRow(['M002', '张伟', '2024/03/06', 88, '线下']);
	sheet.addRow(['M001', '李娜', new Date(Date.UTC(2024, 5, 18)), -20, '线上']);
	sheet.getColumn(3).numFmt = 'yyyy-mm-dd';
	const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
	await chooseImportFile(page, {
		name: 'orders.xlsx',
		mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		buffer
	});
	await checkAndImport(page);
	// Three rows stored: two purchases and a return, which Home counts apart from the orders.
	expect(await storedCounts(page)).toEqual({ customers: 2, orders: 2 });
	await expect(page.getByTestId('orders-note')).toContainText('共 3 张单据，其中 1 张为取消或退货');
	await page.goto('/customers/M001');
	await expect(page.getByRole('heading', { level: 1, name: '李娜' })).toBeVisible();
	await expect(page.getByTestId('order-table')).toContainText('2024年3月5日');
	await expect(page.getByTestId('order-table')).toContainText('-¥20.00');
});
