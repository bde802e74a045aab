import { expect, type Page } from '@playwright/test';
import { startStatic, stopStatic } from '../scripts/static-server.mjs';

/** Load the demo business from the home screen and wait until it is stored. */
export async function loadDemo(page: Page): Promise<void> {
	await page.goto('/');
	await page
		.getByRole('button', { name: /加载示例数据|Load demo data/ })
		.first()
		.click();
	await expect(page.getByTestId('stat-customers')).toBeVisible({ timeout: 60_000 });
	await expect(
		page.getByRole('status').filter({ hasText: /示例数据已加载|Demo data loaded/ })
	).toBeVisible();
}

/** The number shown in a home-screen stat card (e.g. "stat-customers"). */
export async function statValue(page: Page, testId: string): Promise<number> {
	// Figures from the analysis (orders, revenue) read "…" until it is done.
	const figure = page.getByTestId(testId).locator('strong');
	await expect(figure).toHaveText(/\d/, { timeout: 60_000 });
	const text = await figure.innerText();
	return Number(text.replace(/[^\d]/g, ''));
}

/** A static server of build/ of our own, so a test can stop it (offline) — by PID, not port. */
/** The test server's port; other servers a test starts use ports just above it. */
export const PORT_BASE = Number(process.env.KEQUN_TEST_PORT ?? 4321);
/** The built app under test. */
export const BUILD_DIR = process.env.KEQUN_BUILD_DIR ?? 'build';

export const startServer = (port: number, dir = BUILD_DIR, watch = false) =>
	startStatic(port, dir, { watch });
export const stopServer = stopStatic;

/** Wait until the service worker controls the page (the first visit is not controlled). */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
	if (!controlled) await page.reload();
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
		.toBe(true);
}

/** Every screen of the app with the name of its main heading in both languages. */
export const SCREENS = [
	{ path: '/', zh: '客户概览', en: 'Your customers at a glance' },
	{ path: '/import', zh: '导入数据', en: 'Import data' },
	{ path: '/customers', zh: '客户', en: 'Customers' },
	{ path: '/segments', zh: '客户细分', en: 'Segments' },
	{ path: '/clusters', zh: '聚类实验室', en: 'Clustering lab' },
	{ path: '/strategies', zh: '策略清单', en: 'Strategy checklists' },
	{ path: '/monitor', zh: '监测', en: 'Monitoring' },
	{ path: '/learn', zh: '学习客户细分', en: 'Learn customer segmentation' },
	{ path: '/settings', zh: '设置', en: 'Settings' }
] as const;
