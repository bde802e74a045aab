import { expect, test } from '@playwright/test';
import { checkAndImport, chooseImportFile, storedCounts } from './import-helpers';

/**
 * Every row accounted for (issue 20, finding 3), on the import screen: a file whose lines end
 * in CR LF, LF and CR reads as four rows; an unclosed quote skips its own line, listed.
 */
const text = (name: string, body: string) => ({
	name,
	mimeType: 'text/csv',
	buffer: Buffer.from(body, 'utf8')
});
const HEADER = 'customer_id,order_date,amount';

test('mixed line ends: all four rows read and imported', async ({ page }) => {
	await chooseImportFile(
		page,
		text(
			'mixed.csv',
			`${HEADER}\r\nC1,2024-01-01,10\nC2,2024-01-02,20\rC3,2024-01-03,30\r\nC4,2024-01-04,40\n`
		)
	);
	await checkAndImport(page);
	expect(await storedCounts(page)).toEqual({ customers: 4, orders: 4 });
});

test('an unclosed quote: its line is listed as skipped, the rows after it are imported', async ({
	page
}) => {
	await chooseImportFile(
		page,
		text(
			'quote.csv',
			`${HEADER}\nC1,2024-01-01,10\nC2,"2024-01-02,20\nC3,2024-01-03,30\nC4,2024-01-04,40\n`
		)
	);
	await page.getByRole('button', { name: '检查文件' }).click();
	const report = page.getByTestId('import-report');
	await expect(report).toContainText('读取 4 行，可导入 3 行');
	await expect(report).toContainText('引号没有闭合');
	await expect(report.getByRole('row').filter({ hasText: '引号没有闭合' })).toContainText(
		'“C2,"2024-01-02,20”已跳过'
	);
	await page.getByRole('button', { name: /^导入 / }).click();
	await expect(page.getByTestId('import-done')).toBeVisible();
	expect(await storedCounts(page)).toEqual({ customers: 3, orders: 3 });
});
