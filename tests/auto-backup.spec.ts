import { expect, test, type Page } from '@playwright/test';
import { loadDemo } from './helpers';
import { checkAndImport, chooseImportFile, storedCounts } from './import-helpers';

/**
 * Backups that make themselves. Headless Chromium cannot answer the folder picker, so the picker
 * hands out the Origin Private File System's root: the same directory-handle interface.
 */

test.beforeEach(async ({ context }) => {
	await context.addInitScript(() => {
		Object.assign(window, { showDirectoryPicker: () => navigator.storage.getDirectory() });
	});
});

/** Names of our backups in the private file system, oldest first. */
async function backupNames(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const names: string[] = [];
		const root = await navigator.storage.getDirectory();
		for await (const name of root.keys()) if (name.startsWith('kequn-auto-')) names.push(name);
		return names.sort();
	});
}

/** A file's bytes from the private file system, as base64. */
async function backupBytes(page: Page, name: string): Promise<Buffer> {
	const base64 = await page.evaluate(async (file) => {
		const root = await navigator.storage.getDirectory();
		const bytes = new Uint8Array(
			await (await (await root.getFileHandle(file)).getFile()).arrayBuffer()
		);
		let text = '';
		for (let i = 0; i < bytes.length; i += 0x8000)
			text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
		return btoa(text);
	}, name);
	return Buffer.from(base64, 'base64');
}

/** Every customer, order and interaction record as stored, in one canonical text. */
async function storedData(page: Page): Promise<string> {
	return page.evaluate(
		() =>
			new Promise<string>((resolve, reject) => {
				const request = indexedDB.open('kequn');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const db = request.result;
					const stores = ['customerBuckets', 'orderBuckets', 'interactions'];
					const tx = db.transaction(stores, 'readonly');
					const out: Record<string, unknown[]> = {};
					for (const store of stores) {
						const all = tx.objectStore(store).getAll();
						all.onsuccess = () => (out[store] = all.result);
					}
					tx.oncomplete = () => {
						db.close();
						resolve(
							JSON.stringify(out, (_key, value) =>
								ArrayBuffer.isView(value) ? Array.from(value as Uint8Array) : value
							)
						);
					};
				};
			})
	);
}

async function importCustomers(page: Page, rows: string[]) {
	await chooseImportFile(page, {
		name: 'new-customers.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(`customer_id,order_id,order_date,amount\n${rows.join('\n')}\n`)
	});
	await checkAndImport(page);
}

test('an import writes a backup into the chosen folder that restores on a fresh profile to identical data', async ({
	page,
	browser
}) => {
	await loadDemo(page);
	await page.goto('/settings');
	const card = page.getByTestId('auto-backup');
	await card.getByLabel('保留的备份份数').fill('2');
	await card.getByRole('button', { name: '选择备份文件夹' }).click();
	await expect(card.getByRole('status')).toHaveText('备份已写入文件夹。');
	expect(await backupNames(page)).toHaveLength(1);

	// An edit: no new backup before a day has passed.
	await page.goto('/customers/C00002');
	await page.getByRole('textbox', { name: '备注' }).fill('自动备份应包含这条备注');
	await page.getByRole('button', { name: '保存' }).click();
	await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();

	await importCustomers(page, ['N1,N1-1,2026-01-05,120', 'N2,N2-1,2026-01-06,80']);
	await expect.poll(() => backupNames(page)).toHaveLength(2);
	await importCustomers(page, ['N3,N3-1,2026-01-07,60']);
	// Three written, the newest two kept.
	await expect.poll(async () => (await backupNames(page)).length).toBe(2);
	const names = await backupNames(page);
	const newest = names[names.length - 1];

	await page.goto('/settings');
	await expect(card.getByTestId('auto-backup-last')).toContainText(newest);
	await page.screenshot({ path: test.info().outputPath('auto-backup-zh.png'), fullPage: true });
	const office = { counts: await storedCounts(page), data: await storedData(page) };
	expect(office.data).toContain('自动备份应包含这条备注');
	expect(office.data).toContain('N3');

	const fresh = await browser.newContext({ locale: 'zh-CN' });
	const restored = await fresh.newPage();
	await restored.goto('/settings');
	restored.on('dialog', (dialog) => void dialog.accept());
	await restored.getByTestId('restore-input').setInputFiles({
		name: newest,
		mimeType: 'application/octet-stream',
		buffer: await backupBytes(page, newest)
	});
	await expect(restored.getByRole('status').filter({ hasText: '已恢复' })).toBeVisible({
		timeout: 60_000
	});
	expect(await storedCounts(restored)).toEqual(office.counts);
	expect(await storedData(restored)).toBe(office.data);
	await fresh.close();
});

test.describe('in English', () => {
	test.use({ locale: 'en-GB' });

	test('the settings card offers a folder and says what this browser keeps', async ({ page }) => {
		await loadDemo(page);
		await page.goto('/settings');
		await expect(page.getByTestId('browser-keeps')).toContainText('persistent storage');
		const card = page.getByTestId('auto-backup');
		await expect(card.getByRole('button', { name: 'Choose a backup folder' })).toBeVisible();
		await card.getByRole('button', { name: 'Choose a backup folder' }).click();
		await expect(card.getByTestId('auto-backup-last')).toContainText('Last automatic backup');
		await page.screenshot({ path: test.info().outputPath('auto-backup-en.png'), fullPage: true });
	});
});
