import { expect, test } from '@playwright/test';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BUILD_DIR, PORT_BASE, startServer, stopServer, waitForServiceWorker } from './helpers';

const PORT = PORT_BASE + 2;

test('a new version is offered with "reload", and reloading switches to it', async ({
	browser
}) => {
	// A copy of the build that the test can "deploy" a new version into.
	const dir = mkdtempSync(path.join(os.tmpdir(), 'kequn-update-'));
	cpSync(BUILD_DIR, dir, { recursive: true });
	const server = await startServer(PORT, dir, true);
	const context = await browser.newContext({
		baseURL: `http://127.0.0.1:${PORT}`,
		locale: 'zh-CN'
	});
	const page = await context.newPage();
	try {
		await page.goto('/');
		await waitForServiceWorker(page);
		await expect(page.getByText('客群有新版本可用。')).toHaveCount(0);

		appendFileSync(path.join(dir, 'service-worker.js'), '\n// next release\n');
		await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.getRegistration();
			await registration?.update();
		});
		await expect(page.getByText('客群有新版本可用。')).toBeVisible();
		const oldController = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);

		await Promise.all([
			page.waitForEvent('load'),
			page.getByRole('button', { name: '重新加载' }).click()
		]);
		await expect(page.getByRole('heading', { level: 1, name: '客户概览' })).toBeVisible();
		await expect(page.getByText('客群有新版本可用。')).toHaveCount(0);
		const waiting = await page.evaluate(
			async () => (await navigator.serviceWorker.getRegistration())?.waiting
		);
		expect(waiting).toBeFalsy();
		expect(oldController).toContain('/service-worker.js');
	} finally {
		await context.close();
		await stopServer(server);
		rmSync(dir, { recursive: true, force: true });
	}
});
