import { expect, test, type Page } from '@playwright/test';
import { loadDemo, statValue } from './helpers';

/** What a profile shows (attributes, interactions, orders), to compare a customer before and after. */
async function profileText(page: Page, id: string): Promise<string> {
	await page.goto(`/customers/${encodeURIComponent(id)}`);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByText('加载中…')).toHaveCount(0);
	return page.locator('main').innerText();
}

async function counts(page: Page) {
	await page.goto('/');
	await expect(page.getByTestId('stat-customers')).toBeVisible();
	return {
		customers: await statValue(page, 'stat-customers'),
		orders: await statValue(page, 'stat-orders'),
		interactions: await statValue(page, 'stat-interactions')
	};
}

test('back up, delete all, restore: the data is identical', async ({ page }) => {
	page.on('dialog', (dialog) => void dialog.accept());
	await loadDemo(page);
	const before = await counts(page);
	const sampleIds = ['C00001', 'C00123', 'C01000', 'C02000'];
	const profilesBefore: string[] = [];
	for (const id of sampleIds) profilesBefore.push(await profileText(page, id));

	await page.goto('/settings');
	await expect(page.getByTestId('last-backup')).toHaveText('尚未备份。');
	const downloadPromise = page.waitForEvent('download');
	await page.getByRole('button', { name: '下载备份' }).click();
	const download = await downloadPromise;
	expect(download.suggestedFilename()).toMatch(/^kequn-backup-.*\.kequn$/);
	const backupPath = test.info().outputPath('backup.kequn');
	await download.saveAs(backupPath);
	await expect(page.getByTestId('last-backup')).toContainText('上次备份');

	await page.getByRole('button', { name: '删除我的全部数据' }).click();
	await expect(page.getByText('全部数据已删除。')).toBeVisible();
	await page.goto('/');
	await expect(page.getByRole('heading', { name: '还没有客户数据' })).toBeVisible();

	await page.goto('/settings');
	await page.getByTestId('restore-input').setInputFiles(backupPath);
	await expect(page.getByText(/已恢复 2,000 位客户/)).toBeVisible({ timeout: 30_000 });

	expect(await counts(page)).toEqual(before);
	for (const [i, id] of sampleIds.entries())
		expect(await profileText(page, id)).toBe(profilesBefore[i]);
});

test('a damaged backup is refused with a clear message and nothing changes', async ({ page }) => {
	page.on('dialog', (dialog) => void dialog.accept());
	await loadDemo(page);
	const before = await counts(page);
	await page.goto('/settings');
	const downloadPromise = page.waitForEvent('download');
	await page.getByRole('button', { name: '下载备份' }).click();
	const path = test.info().outputPath('backup.kequn');
	await (await downloadPromise).saveAs(path);
	const { readFileSync } = await import('node:fs');
	const bytes = readFileSync(path);

	await page.getByTestId('restore-input').setInputFiles({
		name: 'cut.kequn',
		mimeType: 'application/octet-stream',
		buffer: bytes.subarray(0, Math.floor(bytes.length / 2))
	});
	await expect(page.getByRole('alert')).toContainText('备份文件不完整');

	const flipped = Buffer.from(bytes);
	flipped[flipped.length - 100] ^= 0x04;
	await page
		.getByTestId('restore-input')
		.setInputFiles({ name: 'bad.kequn', mimeType: 'application/octet-stream', buffer: flipped });
	await expect(page.getByRole('alert')).toContainText('校验和不匹配');

	await page.getByTestId('restore-input').setInputFiles({
		name: 'photo.kequn',
		mimeType: 'image/png',
		buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0])
	});
	await expect(page.getByRole('alert')).toContainText('不是客群的备份文件');

	expect(await counts(page)).toEqual(before);
});

test('a passphrase-protected backup restores only with its passphrase', async ({ page }) => {
	page.on('dialog', (dialog) => void dialog.accept());
	await loadDemo(page);
	const before = await counts(page);
	await page.goto('/settings');
	await page.getByLabel('用密码保护备份').check();
	await page.getByLabel('密码', { exact: true }).fill('春天的客户 2026');
	await page.getByLabel('再次输入密码').fill('春天的客户 2026');
	const downloadPromise = page.waitForEvent('download');
	await page.getByRole('button', { name: '下载备份' }).click();
	const path = test.info().outputPath('protected.kequn');
	await (await downloadPromise).saveAs(path);
	const { readFileSync } = await import('node:fs');
	expect(readFileSync(path).includes(Buffer.from('C00001'))).toBe(false);

	await page.getByRole('button', { name: '删除我的全部数据' }).click();
	await expect(page.getByText('全部数据已删除。')).toBeVisible();

	await page.getByTestId('restore-input').setInputFiles(path);
	await expect(page.getByRole('alert')).toContainText('该备份受密码保护');
	await page.getByLabel('备份密码').fill('wrong');
	await page.getByRole('button', { name: '打开备份' }).click();
	await expect(page.getByRole('alert')).toContainText('密码错误');
	await page.getByLabel('备份密码').fill('春天的客户 2026');
	await page.getByRole('button', { name: '打开备份' }).click();
	await expect(page.getByText(/已恢复 2,000 位客户/)).toBeVisible({ timeout: 30_000 });
	expect(await counts(page)).toEqual(before);
});
