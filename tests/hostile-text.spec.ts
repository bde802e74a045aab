import { expect, test, type Page } from '@playwright/test';
import { checkAndImport, chooseImportFile } from './import-helpers';

/**
 * Customer text that tries to break the page: a right-to-left override in a name, a name of
 * 10,000 letters without a space, no name at all.
 */

const LONG = 'W'.repeat(10_000);
const SPOOF = '\u202Eevil gpj.exe';

async function importCustomers(page: Page) {
	const rows = [
		'customer_id,customer_name,order_date,amount',
		`LONG,${LONG},2026-01-05,100`,
		`SPOOF,${SPOOF},2026-01-06,200`,
		'NONAME,,2026-01-07,300'
	];
	await chooseImportFile(page, {
		name: 'hostile.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(rows.join('\n') + '\n')
	});
	await checkAndImport(page);
}

async function openProfile(page: Page, id: string) {
	await page.goto(`/customers/${id}`);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test('hostile names: isolated, wrapped; a nameless customer gets a phone', async ({ page }) => {
	await page.setViewportSize({ width: 1366, height: 900 });
	await importCustomers(page);

	await openProfile(page, 'LONG');
	const width = await page.evaluate(() => ({
		page: document.documentElement.scrollWidth,
		viewport: window.innerWidth
	}));
	expect(width.page).toBeLessThanOrEqual(width.viewport);
	await page.setViewportSize({ width: 768, height: 900 });
	// Charts follow a resize on their next frame: the page settles within the viewport.
	await expect
		.poll(() => page.evaluate(() => document.documentElement.scrollWidth))
		.toBeLessThanOrEqual(768);
	await page.screenshot({ path: test.info().outputPath('long-name-768.png') });

	// The override stays inside the name's own box: the heading and the attribute values are
	// isolated with their direction from their own text.
	await openProfile(page, 'SPOOF');
	const heading = page.getByRole('heading', { level: 1 });
	await expect(heading).toHaveText(SPOOF);
	for (const box of [heading, page.locator('dd').first()]) {
		await expect(box).toHaveAttribute('dir', 'auto');
		expect(await box.evaluate((element) => getComputedStyle(element).unicodeBidi)).toBe('isolate');
	}
	await page.goto('/customers');
	const spoofCell = page.getByRole('cell', { name: 'evil' });
	await expect(spoofCell).toHaveAttribute('dir', 'auto');

	// No name: a phone can be saved all the same.
	await openProfile(page, 'NONAME');
	await page.getByRole('button', { name: '编辑属性' }).click();
	const form = page.getByTestId('customer-edit');
	await form.getByRole('textbox', { name: '电话' }).fill('13700000000');
	await form.getByRole('button', { name: '保存' }).click();
	await expect(page.locator('dl').first()).toContainText('13700000000');

	// A named customer's name cannot be emptied: the form says why, in words.
	await openProfile(page, 'SPOOF');
	await page.getByRole('button', { name: '编辑属性' }).click();
	await form.getByRole('textbox', { name: '姓名' }).fill('');
	await form.getByRole('button', { name: '保存' }).click();
	await expect(form.getByRole('alert')).toHaveText('请输入姓名。');

	// The restore file input is not announced as a second button.
	await page.goto('/settings');
	await expect(page.getByRole('button', { name: '从备份文件恢复' })).toHaveCount(1);
});
