import { expect, type Page } from '@playwright/test';
import iconv from 'iconv-lite';
import { statValue } from './helpers';

/** Choose a file in the import screen's real file input and wait for the mapping preview. */
export async function chooseImportFile(
	page: Page,
	file: string | { name: string; mimeType: string; buffer: Buffer }
): Promise<void> {
	await page.goto('/import');
	await page.getByTestId('import-file').setInputFiles(file);
}

/**
 * Confirm a checked file: the import button, or — when the file does not look like more of the
 * stored data and the screen asks first — "add" (or "replace" when asked); then wait until stored.
 */
export async function confirmImport(page: Page, whenAsked: 'add' | 'replace' = 'add') {
	await startImport(page, whenAsked);
	await expect(page.getByTestId('import-done')).toBeVisible({ timeout: 90_000 });
}

/** Click what writes the checked file (the import button, or the answer when asked first). */
export async function startImport(page: Page, whenAsked: 'add' | 'replace' = 'add') {
	const commit = page.getByRole('button', { name: /^导入 |^Import \d/ });
	const guard = page.getByTestId('import-guard');
	await expect(commit.or(guard)).toBeVisible({ timeout: 90_000 });
	if (await guard.isVisible()) await page.getByTestId(`import-${whenAsked}`).click();
	else await commit.click();
}

/** Check the file, confirm, and wait until it is stored. */
export async function checkAndImport(page: Page): Promise<void> {
	await page.getByRole('button', { name: /^检查文件$|^Check the file$/ }).click();
	await expect(page.getByTestId('import-report')).toBeVisible({ timeout: 90_000 });
	await confirmImport(page);
}

/** Customers and orders (purchases) on the home screen (0 when there is no data). */
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

/** A small shop's till export in GBK: 40 customers, one to three orders each, in 2024. */
export function gbkShop() {
	const lines = ['客户编号,客户名称,下单日期,实付金额,城市'];
	let orders = 0;
	for (let c = 1; c <= 40; c++) {
		for (let k = 0; k < 1 + (c % 3); k++) {
			const month = String(1 + ((c + k * 4) % 12)).padStart(2, '0');
			const day = String(1 + ((c * 7 + k) % 28)).padStart(2, '0');
			lines.push(
				`S${String(c).padStart(3, '0')},顾客${c}号,2024-${month}-${day},${50 + c * 3 + k},杭州`
			);
			orders++;
		}
	}
	const buffer = iconv.encode(lines.join('\n') + '\n', 'gbk');
	return { file: { name: '门店导出.csv', mimeType: 'text/csv', buffer }, orders };
}
