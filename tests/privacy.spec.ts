import { expect, test } from '@playwright/test';
import { loadDemo } from './helpers';
import { checkAndImport, chooseImportFile } from './import-helpers';

test('no request leaves the app’s own origin in any of the main user paths', async ({
	page,
	baseURL
}) => {
	test.setTimeout(180_000);
	const foreign: string[] = [];
	const origin = new URL(baseURL!).origin;
	page.context().on('request', (request) => {
		const url = request.url();
		if (url.startsWith('data:') || url.startsWith('blob:')) return;
		if (new URL(url).origin !== origin) foreign.push(url);
	});
	page.on('dialog', (dialog) => void dialog.accept());

	await loadDemo(page);
	for (const path of [
		'/customers',
		'/customers/C00001',
		'/value',
		'/clusters',
		'/strategies',
		'/monitor',
		'/learn'
	]) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	}
	await page.goto('/segments');
	await page.getByRole('button', { name: '运行并保存' }).click();
	await expect(page.getByText('已保存本次运行')).toBeVisible();
	await chooseImportFile(page, '../shared/data/rfm-orders/rfm_data_orders.csv');
	await checkAndImport(page);
	await page.goto('/settings');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: '下载备份' }).click();
	await download;
	await page.getByRole('button', { name: '删除我的全部数据' }).click();
	await expect(page.getByText('全部数据已删除。')).toBeVisible();
	expect(foreign).toEqual([]);
});
