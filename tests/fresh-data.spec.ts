import { expect, test, type Page } from '@playwright/test';
import { confirmImport, gbkShop } from './import-helpers';

/**
 * Every screen shows only the data stored now. The sequences are clicked through the app's own
 * links, never reloading, so the analysis worker (and whatever it keeps) lives throughout.
 */

const RFM_ORDERS = '../shared/data/rfm-orders/rfm_data_orders.csv';
const ONLINE_RETAIL = '../shared/data/online-retail/online_retail.csv';

/** Go to a screen by clicking its link in the navigation (no reload). */
async function open(page: Page, path: string) {
	await page.locator(`header nav a[href="${path}"]`).first().click();
	await expect(page).toHaveURL(new RegExp(`${path === '/' ? '/$' : path}$`));
}

/** Import a file through the import screen, reached by its link. */
async function importFile(
	page: Page,
	file: string | { name: string; mimeType: string; buffer: Buffer }
) {
	await open(page, '/import');
	await page.getByTestId('import-file').setInputFiles(file);
	await page.getByRole('button', { name: /^检查文件$|^Check the file$/ }).click();
	await expect(page.getByTestId('import-report')).toBeVisible({ timeout: 90_000 });
	// A second, unrelated file is asked about first: these sequences add it.
	await confirmImport(page, 'add');
}

async function segmentTotals(page: Page): Promise<string> {
	await open(page, '/segments');
	const totals = page.getByTestId('segment-totals');
	await expect(totals).toContainText(/共 [\d,]+ 位客户/, { timeout: 60_000 });
	return totals.innerText();
}

async function homeCustomers(page: Page): Promise<number> {
	await open(page, '/');
	const stat = page.getByTestId('stat-customers').locator('strong');
	await expect(stat).toBeVisible({ timeout: 60_000 });
	return Number((await stat.innerText()).replace(/[^\d]/g, ''));
}

async function deleteAll(page: Page) {
	await open(page, '/settings');
	await page.getByRole('button', { name: '删除我的全部数据' }).click();
	await expect(page.getByText('全部数据已删除。')).toBeVisible();
}

/** The customers of the newest stored run, read straight from IndexedDB. */
async function newestRunCustomers(page: Page): Promise<string[]> {
	return page.evaluate(
		() =>
			new Promise<string[]>((resolve, reject) => {
				const request = indexedDB.open('kequn');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const db = request.result;
					const tx = db.transaction(['runs', 'runAssignments'], 'readonly');
					const runs = tx.objectStore('runs').getAll();
					const assignments = tx.objectStore('runAssignments').getAll();
					tx.oncomplete = () => {
						db.close();
						const newest = (runs.result as { id: string; createdAt: number }[]).sort(
							(a, b) => b.createdAt - a.createdAt
						)[0];
						const found = (assignments.result as { runId: string; customerIds: string[] }[]).find(
							(item) => item.runId === newest?.id
						);
						resolve(found?.customerIds ?? []);
					};
					tx.onerror = () => reject(tx.error);
				};
			})
	);
}

/** What happens second, before "delete all": each way data can be replaced or added. */
const SECOND_STEPS: [string, (page: Page) => Promise<void>][] = [
	['an import of Online Retail', (page) => importFile(page, ONLINE_RETAIL)],
	[
		'a backup restored',
		async (page) => {
			await open(page, '/settings');
			const download = page.waitForEvent('download');
			await page.getByRole('button', { name: '下载备份' }).click();
			const path = test.info().outputPath('backup.kequn');
			await (await download).saveAs(path);
			await page.getByTestId('restore-input').setInputFiles(path);
			await expect(page.getByText(/已恢复 995 位客户/)).toBeVisible({ timeout: 30_000 });
		}
	],
	[
		'a demo load and its next period',
		async (page) => {
			await open(page, '/');
			await page
				.getByRole('button', { name: /加载示例数据/ })
				.first()
				.click();
			await expect(page.getByRole('status').filter({ hasText: /示例数据已加载/ })).toBeVisible({
				timeout: 60_000
			});
			await page.getByRole('button', { name: '加入示例企业接下来 3 个月的数据' }).click();
			await expect(page.getByText(/已加入 \d+ 位新客户/)).toBeVisible({ timeout: 30_000 });
		}
	]
];

for (const [name, second] of SECOND_STEPS) {
	test(`after ${name}, "delete all" and another shop's file, every screen shows only the shop`, async ({
		page
	}) => {
		test.setTimeout(240_000);
		page.on('dialog', (dialog) => void dialog.accept());
		await page.goto('/');
		await importFile(page, RFM_ORDERS);
		await second(page);
		const before = await homeCustomers(page);
		expect(before).toBeGreaterThan(40);
		expect(await segmentTotals(page)).not.toContain('共 40 位客户');

		await deleteAll(page);
		const shop = gbkShop();
		await importFile(page, shop.file);

		expect(await segmentTotals(page)).toContain(
			`共 40 位客户（40 位有订单），${shop.orders} 笔订单`
		);
		await page.getByRole('button', { name: '运行并保存' }).click();
		await expect(page.getByText('已保存本次运行')).toBeVisible();
		expect(await homeCustomers(page)).toBe(40);
		await expect(page.getByTestId('stat-orders').locator('strong')).toHaveText(
			shop.orders.toLocaleString('zh-CN')
		);
		await open(page, '/customers');
		await expect(page.getByText('共 40 位客户', { exact: true })).toBeVisible();

		const runCustomers = await newestRunCustomers(page);
		expect(runCustomers).toHaveLength(40);
		expect(runCustomers.every((id) => /^S\d{3}$/.test(id))).toBe(true);
		// The saved run survives a reload, still holding only the shop.
		await page.reload();
		expect(await newestRunCustomers(page)).toHaveLength(40);
	});
}
