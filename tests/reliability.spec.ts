import { expect, test } from '@playwright/test';
import { loadDemo, statValue } from './helpers';
import { checkAndImport, chooseImportFile, storedCounts } from './import-helpers';

const RFM = '../shared/data/rfm-orders/rfm_data_orders.csv';
/** Bytes of storage the quota test allows this origin. */
const QUOTA = 4_000_000;

test('storage full during an import: a clear message, the old data intact', async ({
	page,
	baseURL
}) => {
	test.setTimeout(180_000);
	// Chromium enforces a quota override only for connections opened after it: set it first.
	// Room for the app's offline copy and the R sample orders, not for Online Retail on top.
	const cdp = await page.context().newCDPSession(page);
	const origin = new URL(baseURL!).origin;
	await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: QUOTA });
	await chooseImportFile(page, RFM);
	await checkAndImport(page);
	const before = await storedCounts(page);
	expect(before).toEqual({ customers: 995, orders: 4906 });

	await chooseImportFile(page, '../shared/data/online-retail/online_retail.csv');
	await page.getByRole('button', { name: '检查文件' }).click();
	await expect(page.getByTestId('import-report')).toBeVisible({ timeout: 90_000 });
	await page.getByRole('button', { name: /^导入 / }).click();
	await expect(page.getByTestId('import-failure')).toContainText('存储空间已用完', {
		timeout: 60_000
	});
	expect(await storedCounts(page)).toEqual(before);
	await cdp.send('Storage.overrideQuotaForOrigin', { origin });
});

test('two tabs at once: one imports while the other records a visit; both land', async ({
	context
}) => {
	const first = await context.newPage();
	await loadDemo(first);
	const second = await context.newPage();
	await second.goto('/customers/C00002');
	await expect(second.getByRole('heading', { level: 1 })).toBeVisible();

	await chooseImportFile(first, RFM);
	await first.getByRole('button', { name: '检查文件' }).click();
	await expect(first.getByTestId('import-report')).toBeVisible();
	await Promise.all([
		first.getByRole('button', { name: /^导入 / }).click(),
		(async () => {
			await second.getByLabel('备注').fill('两个标签页同时写入');
			await second.getByRole('button', { name: '保存' }).click();
		})()
	]);
	await expect(first.getByTestId('import-done')).toBeVisible();
	await expect(second.getByText('已保存在本设备上。')).toBeVisible();
	await second.reload();
	await expect(second.getByText('两个标签页同时写入')).toBeVisible();
	expect((await storedCounts(first)).customers).toBe(2000 + 995);
});

test('a schema upgrade in another tab is met with a message, not a hang', async ({ context }) => {
	const page = await context.newPage();
	await loadDemo(page);
	const other = await context.newPage();
	await other.goto('/learn');
	// A newer version of the app opening the database in another tab.
	const upgraded = await other.evaluate(
		() =>
			new Promise<string>((resolve) => {
				const request = indexedDB.open('kequn', 1000);
				request.onupgradeneeded = () => resolve('upgraded');
				request.onblocked = () => resolve('blocked');
				request.onerror = () => resolve('error');
			})
	);
	expect(upgraded).toBe('upgraded');
	await expect(page.getByRole('alert')).toContainText('客群已在另一个标签页中更新');
	await other.evaluate(() => indexedDB.deleteDatabase('kequn'));
});

test('a reload in the middle of a restore or a run leaves the complete old or new state', async ({
	page
}) => {
	// The reload may close a dialog before it is accepted: that is expected here.
	page.on('dialog', (dialog) => void dialog.accept().catch(() => undefined));
	await loadDemo(page);
	await page.goto('/settings');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: '下载备份' }).click();
	const backup = test.info().outputPath('backup.kequn');
	await (await download).saveAs(backup);

	// Change the data, then restore the backup and reload while it is being written.
	await chooseImportFile(page, RFM);
	await checkAndImport(page);
	const changed = await storedCounts(page);
	await page.goto('/settings');
	await page.getByTestId('restore-input').setInputFiles(backup);
	await page.waitForTimeout(150);
	await page.reload();
	const afterRestore = await storedCounts(page);
	expect([changed.customers, 2000]).toContain(afterRestore.customers);
	if (afterRestore.customers === 2000) expect(afterRestore.orders).toBeLessThan(changed.orders);

	// A run interrupted by a reload is either stored whole (it opens) or not at all.
	await page.goto('/segments');
	await page.getByRole('button', { name: '运行并保存' }).click();
	await page.reload();
	await page.goto('/customers/C00001');
	const segments = page.getByTestId('customer-segments').or(page.getByText('尚未保存运行'));
	await expect(segments).toBeVisible();
	if (await page.getByTestId('customer-segments').isVisible())
		await expect(page.getByTestId('customer-segments')).toContainText('RFM 细分');
	await page.goto('/');
	expect(await statValue(page, 'stat-customers')).toBeGreaterThan(0);
});
