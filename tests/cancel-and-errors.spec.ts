import { expect, test, type Page } from '@playwright/test';
import { loadDemo } from './helpers';

/** Load the demo business with 20,000 customers from the home screen (long enough to cancel). */
async function loadLargeDemo(page: Page): Promise<void> {
	await page.goto('/');
	const picker = page.getByTestId('demo-picker');
	await picker.getByRole('combobox', { name: '客户数量' }).selectOption('20000');
	await picker.getByRole('button', { name: '加载此示例' }).click();
	await expect(page.getByTestId('stat-customers')).toContainText('20,000', { timeout: 90_000 });
}

// No screen may throw while a task is cancelled or fails.
test.beforeEach(({ page }) => {
	page.on('pageerror', (error) => expect.soft(error.message).toBe(''));
});

const shot = (page: Page, name: string) =>
	page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });

test('a long k comparison and a CLV fit can be cancelled, the screens say so, and work again', async ({
	page
}) => {
	test.setTimeout(240_000);
	await loadLargeDemo(page);

	await page.goto('/clusters');
	await expect(page.getByTestId('matrix-preview')).toBeVisible({ timeout: 60_000 });
	await page.getByRole('button', { name: '比较 k = 2 到 10' }).click();
	await expect(page.getByTestId('lab-cancel')).toBeVisible();
	await page.screenshot({ path: test.info().outputPath('clusters-running-zh.png') });
	await page.getByTestId('lab-cancel').click();
	await expect(page.getByTestId('lab-cancelled')).toHaveText(/已取消/);
	await expect(page.getByTestId('suggested-k')).toHaveCount(0);
	await expect(page.getByTestId('lab-cancel')).toHaveCount(0);
	await shot(page, 'clusters-cancelled-zh');
	await page.getByRole('button', { name: '将界面切换为英文' }).click();
	await expect(page.getByTestId('lab-cancelled')).toHaveText(/Cancelled/);
	await shot(page, 'clusters-cancelled-en');
	// The worker starts again on the next call: the comparison now runs to its end.
	await page.getByRole('button', { name: /Compare k = 2 to 10/ }).click();
	await expect(page.getByTestId('suggested-k')).toBeVisible({ timeout: 180_000 });
	await expect(page.getByTestId('lab-cancelled')).toHaveCount(0);

	await page.goto('/value');
	await expect(page.getByTestId('top-clv')).toBeVisible({ timeout: 120_000 });
	const before = await page.getByTestId('total-clv').innerText();
	// A fit of 20,000 customers is short: try again (with other settings, so the worker has to
	// fit anew) until the click lands while it runs.
	for (let attempt = 0; ; attempt++) {
		expect(attempt).toBeLessThan(5);
		await page.getByRole('spinbutton', { name: /Horizon/ }).fill(String(40 + attempt));
		await page.getByRole('button', { name: /^Fit/ }).click();
		const cancelled = await page
			.getByTestId('value-fit-cancel')
			.click({ timeout: 3000 })
			.then(() => true)
			.catch(() => false);
		if (cancelled) break;
	}
	await expect(page.getByTestId('value-fit-cancelled')).toHaveText(/Cancelled/);
	// The last figures stay as they were.
	await expect(page.getByTestId('total-clv')).toHaveText(before);
	await shot(page, 'value-cancelled-en');
});

test('when the dashboard cannot be computed, Home says why in both languages and can retry', async ({
	page
}) => {
	await loadDemo(page);
	// Damage the stored segmentation settings (as a foreign or corrupted store could hold them),
	// so the worker's dashboard task fails.
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('kequn');
				request.onsuccess = () => {
					const tx = request.result.transaction('settings', 'readwrite');
					tx.objectStore('settings').put({ key: 'segmentSettings', value: { attributes: 5 } });
					tx.oncomplete = () => {
						request.result.close();
						resolve();
					};
					tx.onabort = () => reject(tx.error);
				};
				request.onerror = () => reject(request.error);
			})
	);
	await page.reload();
	const failed = page.getByTestId('dashboard-error');
	await expect(failed).toContainText('仪表盘无法计算。');
	await expect(failed).toContainText('出错了：');
	await expect(page.getByText('正在计算仪表盘…')).toHaveCount(0);
	await shot(page, 'home-error-zh');
	await page.getByRole('button', { name: '将界面切换为英文' }).click();
	await expect(failed).toContainText('The dashboard could not be computed.');
	await expect(failed).toContainText('Something went wrong:');
	await shot(page, 'home-error-en');
	// Repaired, "Try again" shows the figures.
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('kequn');
				request.onsuccess = () => {
					const tx = request.result.transaction('settings', 'readwrite');
					tx.objectStore('settings').delete('segmentSettings');
					tx.oncomplete = () => {
						request.result.close();
						resolve();
					};
					tx.onabort = () => reject(tx.error);
				};
				request.onerror = () => reject(request.error);
			})
	);
	await failed.getByRole('button', { name: 'Try again' }).click();
	await expect(page.getByTestId('pareto-home')).toBeVisible({ timeout: 60_000 });
	await expect(failed).toHaveCount(0);
});
