/**
 * Benchmarks of the built app driven like a user, in headless Chromium with a persistent
 * profile: importing real and generated files, and the customer list at 100,000 customers.
 */
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';

/** Records the page's longest main-thread task (ms) from the start of each document. */
export const LONG_TASK_OBSERVER = () => {
	window.__longestTask = 0;
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries())
			window.__longestTask = Math.max(window.__longestTask, entry.duration);
	}).observe({ type: 'longtask', buffered: true });
};

/** A CSV of `orders` orders of `customers` customers over two years (about 41 MB for 1M). */
export async function writeOrdersCsv(orders, customers) {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'kequn-bench-csv-'));
	const file = path.join(dir, `orders-${orders}.csv`);
	const out = createWriteStream(file);
	out.write('customer_id,order_id,order_date,amount,quantity\n');
	let chunk = '';
	for (let i = 0; i < orders; i++) {
		const customer = (i * 7919) % customers;
		const day = new Date(Date.UTC(2023, 0, 1) + (i % 730) * 86_400_000).toISOString().slice(0, 10);
		chunk += `C${String(customer).padStart(6, '0')},SO${i},${day},${(10 + ((i * 13) % 997) / 3).toFixed(2)},${1 + (i % 4)}\n`;
		if (chunk.length > 1 << 20) {
			if (!out.write(chunk)) await once(out, 'drain');
			chunk = '';
		}
	}
	out.end(chunk);
	await once(out, 'finish');
	return { file, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Import a file through the import screen; ms from choosing the file to stored, longest task. */
export async function importThroughScreen(page, baseUrl, file) {
	await page.goto(`${baseUrl}/import`);
	await page.evaluate(() => (window.__longestTask = 0));
	const start = Date.now();
	await page.getByTestId('import-file').setInputFiles(file);
	await page.getByTestId('mapping').waitFor({ timeout: 120_000 });
	await page.getByRole('button', { name: /^检查文件$|^Check the file$/ }).click();
	await page.getByTestId('import-report').waitFor({ timeout: 300_000 });
	await page.getByRole('button', { name: /^导入 |^Import \d/ }).click();
	await page.getByTestId('import-done').waitFor({ timeout: 300_000 });
	const ms = Date.now() - start;
	return { ms, longestTaskMs: await page.evaluate(() => window.__longestTask) };
}

/** The customer list at scale: first render, search, profile open, longest task while scrolling. */
export async function customerListFigures(page, baseUrl) {
	const start = Date.now();
	await page.goto(`${baseUrl}/customers`);
	await page
		.getByRole('row')
		.filter({ has: page.getByRole('cell') })
		.first()
		.waitFor({ timeout: 60_000 });
	const firstRender = Date.now() - start;

	const search = page.getByRole('searchbox');
	const target = await page
		.getByRole('row')
		.filter({ has: page.getByRole('cell') })
		.nth(3)
		.getByRole('link')
		.innerText();
	const searchStart = Date.now();
	await search.fill(target);
	await page
		.getByTestId('customer-count')
		.filter({ hasText: /符合|match/ })
		.waitFor();
	const searchLatency = Date.now() - searchStart;
	await search.fill('');
	await page
		.getByTestId('customer-count')
		.filter({ hasNotText: /符合|match/ })
		.waitFor();

	await page.evaluate(() => (window.__longestTask = 0));
	const list = page.locator('[role="rowgroup"]').first();
	const box = await list.boundingBox();
	if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	for (let step = 0; step < 120; step++) {
		await page.mouse.wheel(0, 40_000);
		await page.waitForTimeout(16);
	}
	const scrollLongest = await page.evaluate(() => window.__longestTask);

	const profileStart = Date.now();
	await page
		.getByRole('row')
		.filter({ has: page.getByRole('cell') })
		.first()
		.getByRole('link')
		.click();
	await page.getByRole('heading', { level: 1 }).waitFor();
	await page
		.getByTestId('order-table')
		.or(page.getByText(/还没有订单|No orders yet/))
		.first()
		.waitFor();
	const profileOpen = Date.now() - profileStart;
	return { firstRender, searchLatency, profileOpen, scrollLongest };
}
