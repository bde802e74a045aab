import { expect, test } from '@playwright/test';
import { loadDemo, SCREENS, startServer, stopServer, waitForServiceWorker } from './helpers';

const PORT = 4390;

test('after one visit the app works offline, deep links included', async ({ browser }) => {
	const server = await startServer(PORT);
	const context = await browser.newContext({
		baseURL: `http://127.0.0.1:${PORT}`,
		locale: 'zh-CN'
	});
	const page = await context.newPage();
	try {
		await page.goto('/');
		await waitForServiceWorker(page);
		await loadDemo(page);
		await page.goto('/customers');
		const firstLink = page.locator('tbody a').first();
		const id = (await firstLink.innerText()).trim();
		const name = (await page.locator('tbody tr').first().locator('td').nth(1).innerText()).trim();

		// The network is gone: the server stops and the browser goes offline.
		await stopServer(server);
		await context.setOffline(true);

		await page.goto(`/customers/${id}`);
		await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
		await page.reload();
		await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
		await expect(page.getByText('当前离线')).toBeVisible();

		for (const screen of SCREENS) {
			await page.goto(screen.path);
			await expect(
				page.getByRole('heading', { level: 1, name: screen.zh, exact: true })
			).toBeVisible();
		}
		await page.goto('/');
		await expect(page.getByTestId('stat-customers')).toContainText('2,000');
	} finally {
		await stopServer(server);
		await context.close();
	}
});
