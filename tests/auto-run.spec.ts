import { expect, test } from '@playwright/test';
import { checkAndImport, chooseImportFile } from './import-helpers';

/** The stored runs' small records, read straight from IndexedDB. */
async function storedRuns(page: import('@playwright/test').Page) {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('kequn');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const runs = await new Promise<{ automatic?: boolean; dataVersion: string }[]>(
			(resolve, reject) => {
				const request = db.transaction('runs').objectStore('runs').getAll();
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			}
		);
		db.close();
		return runs.map((run) => ({ automatic: run.automatic === true, version: run.dataVersion }));
	});
}

test('after one import, a run records itself: Strategies and Monitoring show content without "Run and save"', async ({
	page
}) => {
	await chooseImportFile(page, '../shared/data/rfm-orders/rfm_data_orders.csv');
	await checkAndImport(page);
	const runs = await storedRuns(page);
	expect(runs).toHaveLength(1);
	expect(runs[0].automatic).toBe(true);

	await page.goto('/strategies');
	await expect(page.getByTestId('checklists')).toBeVisible();
	await expect(page.getByText('请先保存一次细分运行')).toHaveCount(0);
	await expect(page.getByText(/以下为 .* 保存的运行中的细分/)).toBeVisible();

	await page.goto('/monitor');
	await expect(page.getByText('已有一次运行')).toBeVisible();

	// A named run is kept apart; a second look at the same data stores no second automatic run.
	await page.goto('/segments');
	await page.getByRole('button', { name: '运行并保存' }).click();
	await expect(page.getByText('已保存本次运行')).toBeVisible();
	const after = await storedRuns(page);
	expect(after.filter((run) => run.automatic)).toHaveLength(1);
	expect(after.filter((run) => !run.automatic)).toHaveLength(1);
});
