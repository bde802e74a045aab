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

/**
 * Records when customer rows first appear in a document (`window.__firstRows`, the page's clock
 * at the animation frame after they were added: ms since its navigation started).
 */
export const FIRST_ROWS_OBSERVER = () => {
	const selector = '[role="rowgroup"] [role="row"] [role="cell"]';
	const observer = new MutationObserver(() => {
		if (!document.querySelector(selector)) return;
		observer.disconnect();
		requestAnimationFrame(() => (window.__firstRows = performance.now()));
	});
	observer.observe(document, { childList: true, subtree: true });
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
	// The page's own start-up (hydration, settings) is not part of the import: wait until the
	// screen is up and the main thread has been idle once.
	await page.getByTestId('import-file').waitFor({ state: 'attached' });
	await page.evaluate(
		() => new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 }))
	);
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

/**
 * Wait, checking at every animation frame in the page, for `predicate` to return the page's
 * clock (`performance.now()`, ms since its navigation started) instead of false: the moment the
 * user sees it, without Playwright's polling back-off (0, 20, 50, 100 ms …), which would add up
 * to 100 ms to a figure.
 */
async function frameWhen(page, predicate, arg) {
	const handle = await page.waitForFunction(predicate, arg, { polling: 'raf', timeout: 60_000 });
	return handle.jsonValue();
}

/** Navigate to the customer list: ms from the start of the navigation to the first frame with rows. */
async function openList(page, baseUrl) {
	await page.goto(`${baseUrl}/customers`, { waitUntil: 'commit' });
	return frameWhen(page, () => window.__firstRows ?? false);
}

/** Delete the list's kept first screen, as if the data had changed behind the worker's back. */
async function forgetKeptFirstScreen(page) {
	await page.evaluate(
		() =>
			new Promise((resolve, reject) => {
				const open = indexedDB.open('kequn');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction('firstScreens', 'readwrite');
					tx.objectStore('firstScreens').delete('customerList');
					tx.oncomplete = () => (open.result.close(), resolve());
					tx.onerror = () => reject(tx.error);
				};
			})
	);
}

/**
 * The customer list at scale: first render (as after an import, and with nothing kept), search,
 * profile open, longest task while scrolling. Needs FIRST_ROWS_OBSERVER and LONG_TASK_OBSERVER.
 */
export async function customerListFigures(page, baseUrl) {
	const firstRender = await openList(page, baseUrl);
	await page
		.locator('[aria-busy="false"]')
		.filter({ has: page.getByRole('rowgroup') })
		.waitFor();
	await page.waitForTimeout(500);
	await forgetKeptFirstScreen(page);
	const firstRenderNothingKept = await openList(page, baseUrl);
	// Search once the list has the worker's answer (typing in the very first moment also waits
	// for the worker to read the customers).
	await page
		.locator('[aria-busy="false"]')
		.filter({ has: page.getByRole('rowgroup') })
		.waitFor();

	// From typing the id to the first frame showing the matches.
	const target = await page
		.getByRole('row')
		.filter({ has: page.getByRole('cell') })
		.nth(3)
		.getByRole('link')
		.innerText();
	const typed = await page.evaluate((text) => {
		const input = document.querySelector('input[type="search"]');
		const at = performance.now();
		input.value = text;
		input.dispatchEvent(new Event('input', { bubbles: true }));
		return at;
	}, target);
	const found = await frameWhen(
		page,
		() =>
			/符合|match/.test(
				document.querySelector('[data-testid="customer-count"]')?.textContent ?? ''
			) && performance.now()
	);
	const searchLatency = found - typed;
	const search = page.getByRole('searchbox');
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

	// From the click on a customer to the first frame with the profile and its orders.
	const link = page
		.getByRole('row')
		.filter({ has: page.getByRole('cell') })
		.first()
		.getByRole('link');
	await link.waitFor();
	const clicked = await link.evaluate((anchor) => {
		const at = performance.now();
		anchor.click();
		return at;
	});
	const opened = await frameWhen(
		page,
		() =>
			!!document.querySelector('h1') &&
			!!(
				document.querySelector('[data-testid="order-table"]') ||
				/还没有订单|No orders yet/.test(document.body.textContent ?? '')
			) &&
			location.pathname.startsWith('/customers/') &&
			performance.now()
	);
	const profileOpen = opened - clicked;
	return { firstRender, firstRenderNothingKept, searchLatency, profileOpen, scrollLongest };
}
