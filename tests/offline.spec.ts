import { expect, test } from '@playwright/test';
import {
	loadDemo,
	PORT_BASE,
	SCREENS,
	startServer,
	stopServer,
	waitForServiceWorker
} from './helpers';

const PORT = PORT_BASE + 1;

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
		const firstRow = page
			.getByRole('row')
			.filter({ has: page.getByRole('cell') })
			.first();
		const id = (await firstRow.getByRole('link').innerText()).trim();
		const name = (await firstRow.getByRole('cell').nth(1).innerText()).trim();

		// The network is gone: the server stops and the browser goes offline.
		await stopServer(server);
		await context.setOffline(true);

		await page.goto(`/customers/${id}`);
		await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
		await page.reload();
		await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
		await expect(page.getByText('当前离线')).toBeVisible();

		// A rep records a visit while offline; it is there after a reload.
		await page.getByLabel('备注').fill('离线拜访：客户想看新品目录');
		await page.getByLabel('满意度（1–5，可不填）').selectOption('4');
		await page.getByRole('button', { name: '保存' }).click();
		await expect(page.getByText('已保存在本设备上。')).toBeVisible();
		await page.reload();
		await expect(page.getByText('离线拜访：客户想看新品目录')).toBeVisible();

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
