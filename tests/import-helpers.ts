import { expect, type Page } from '@playwright/test';
import { statValue } from './helpers';

/** Choose a file in the import screen's real file input and wait for the mapping preview. */
export async function chooseImportFile(
	page: Page,
	file: string | { name: string; mimeType: string; buffer: Buffer }
): Promise<void> {
	await page.goto('/import');
	await page.getByTestId('import-file').setInputFiles(file);
}

/** Check the file, confirm, and wait until it is stored. */
export async function checkAndImport(page: Page): Promise<void> {
	await page.getByRole('button', { name: /^检查文件$|^Check the file$/ }).click();
	await expect(page.getByTestId('import-report')).toBeVisible({ timeout: 90_000 });
	await page.getByRole('button', { name: /^导入 |^Import \d/ }).click();
	await expect(page.getByTestId('import-done')).toBeVisible({ timeout: 90_000 });
}

/** Customers and orders on the home screen (0 when there is no data). */
export async function storedCounts(page: Page): Promise<{ customers: number; orders: number }> {
	await page.goto('/');
	const empty = page.getByRole('heading', { name: /还没有客户数据|No customers yet/ });
	const stats = page.getByTestId('stat-customers');
	await expect(empty.or(stats)).toBeVisible();
	if (await empty.isVisible()) return { customers: 0, orders: 0 };
	return {
		customers: await statValue(page, 'stat-customers'),
		orders: await statValue(page, 'stat-orders')
	};
}
