import { expect, test, type Page } from '@playwright/test';
import { loadDemo } from './helpers';
import { chooseImportFile, startImport, storedCounts } from './import-helpers';

/** Each bad file gets a clear message and leaves the stored data as it was. */
const text = (name: string, body: string) => ({
	name,
	mimeType: 'text/csv',
	buffer: Buffer.from(body, 'utf8')
});

async function expectFileError(page: Page, message: RegExp) {
	await expect(page.getByTestId('import-error')).toContainText(message);
}

test.describe('bad input gets a clear message, and nothing is written', () => {
	let before: { customers: number; orders: number };

	test.beforeEach(async ({ page }) => {
		await loadDemo(page);
		before = await storedCounts(page);
	});

	test.afterEach(async ({ page }) => {
		expect(await storedCounts(page)).toEqual(before);
	});

	test('an empty file', async ({ page }) => {
		await chooseImportFile(page, text('empty.csv', ''));
		await expectFileError(page, /文件是空的/);
	});

	test('a header with no rows', async ({ page }) => {
		await chooseImportFile(page, text('header.csv', '客户编号,日期,金额\n'));
		await expectFileError(page, /只有表头，没有数据行/);
	});

	test('an image renamed .csv', async ({ page }) => {
		const png = Buffer.from([
			0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82
		]);
		await chooseImportFile(page, { name: 'photo.csv', mimeType: 'text/csv', buffer: png });
		await expectFileError(page, /不是文本表格/);
	});

	test('a wrong delimiter (one column only)', async ({ page }) => {
		await chooseImportFile(
			page,
			text('one.csv', 'customer#date#amount\nC1#2024-01-01#5\nC2#2024-01-02#6\n')
		);
		await expectFileError(page, /只找到一列/);
	});

	test('no column that can be a customer id, a date or an amount', async ({ page }) => {
		await chooseImportFile(page, text('colours.csv', 'colour,shape\nred,round\nblue,square\n'));
		await expect(page.getByRole('alert').filter({ hasText: '请先调整列对应' })).toContainText(
			'没有列对应客户编号'
		);
		await expect(page.getByRole('button', { name: '检查文件' })).toBeDisabled();
	});

	test('every date unparseable', async ({ page }) => {
		await chooseImportFile(
			page,
			text('dates.csv', 'customer id,date,amount\nC1,soon,5\nC2,later,6\n')
		);
		// Nothing in the column reads as a date, so it is not guessed; mapped by hand, the check refuses it.
		await expect(page.getByRole('alert').filter({ hasText: '请先调整列对应' })).toContainText(
			'日期'
		);
		await page.getByTestId('mapping').locator('select[data-column="date"]').selectOption('date');
		await page.getByRole('button', { name: '检查文件' }).click();
		await expectFileError(page, /所有日期都无法识别/);
	});

	test('formula-like cells are data, never evaluated; a negative number is still a number', async ({
		page
	}) => {
		await chooseImportFile(
			page,
			text(
				'formula.csv',
				'customer id,name,date,amount\nC1,=HYPERLINK("x"),2024-01-01,=1+1\nC2,@SUM(A1),2024-01-02,-5\n'
			)
		);
		await page.getByRole('button', { name: '检查文件' }).click();
		const report = page.getByTestId('import-report');
		await expect(report).toBeVisible();
		await expect(page.getByTestId('report-problems')).toContainText('=1+1');
		await expect(page.getByTestId('report-problems')).toContainText('公式');
		// Leave without importing: the check wrote nothing.
	});

	test('an extremely long line', async ({ page }) => {
		await chooseImportFile(
			page,
			text('long.csv', `customer id,date,amount\nC1,2024-01-01,${'9'.repeat(1_200_000)}\n`)
		);
		await expect(page.getByTestId('import-error').or(page.getByTestId('mapping'))).toBeVisible();
		if (await page.getByTestId('mapping').isVisible())
			await page.getByRole('button', { name: '检查文件' }).click();
		await expectFileError(page, /非常长|extremely long|第 \d+ 行/);
	});

	test('cancelling a running check, and reloading during it, leave nothing behind', async ({
		page
	}) => {
		test.setTimeout(120_000);
		await chooseImportFile(page, '../shared/data/online-retail/online_retail.csv');
		await page.getByRole('button', { name: '检查文件' }).click();
		await page.getByRole('button', { name: '取消' }).click();
		await expectFileError(page, /已取消/);
		await page.getByRole('button', { name: '检查文件' }).click();
		await expect(page.getByTestId('import-report')).toBeVisible({ timeout: 60_000 });
		await startImport(page);
		await page.reload();
		// Either the whole file landed or none of it: never a part.
		const after = await storedCounts(page);
		if (after.customers !== before.customers) {
			expect(after.customers).toBe(before.customers + 4372);
			before = after;
		}
	});
});
