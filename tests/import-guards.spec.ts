import { expect, test, type Page } from '@playwright/test';
import { checkAndImport, chooseImportFile, gbkShop } from './import-helpers';

const ONLINE_RETAIL = '../shared/data/online-retail/online_retail.csv';

/** Import the GBK shop (2024), then check Online Retail (2010–11): the screen asks first. */
async function shopThenOnlineRetail(page: Page) {
	await chooseImportFile(page, gbkShop().file);
	await checkAndImport(page);
	await chooseImportFile(page, ONLINE_RETAIL);
	// Online Retail's prices and country say pounds.
	await expect(page.getByTestId('import-currency')).toHaveValue('GBP');
	await page.getByRole('button', { name: '检查文件' }).click();
	const guard = page.getByTestId('import-guard');
	await expect(guard).toBeVisible({ timeout: 90_000 });
	await expect(guard).toContainText('相隔');
	await expect(guard).toContainText('没有任何重合');
	const facts = guard.getByTestId('import-guard-facts');
	await expect(facts).toContainText('已存：40 位客户');
	await expect(facts).toContainText('2024');
	await expect(facts).toContainText('2010');
	await expect(facts).toContainText('两边都有的客户：0 位');
	// Nothing is written until the user answers.
	await expect(page.getByRole('button', { name: /^导入 / })).toHaveCount(0);
	return guard;
}

async function segmentTotals(page: Page): Promise<string> {
	await page.goto('/segments');
	const totals = page.getByTestId('segment-totals');
	await expect(totals).toContainText(/共 [\d,]+ 位客户/, { timeout: 60_000 });
	return totals.innerText();
}

test('a second, unrelated file asks first; "add" keeps both', async ({ page }) => {
	test.setTimeout(180_000);
	await shopThenOnlineRetail(page);
	await page.getByTestId('import-add').click();
	await expect(page.getByTestId('import-done')).toBeVisible({ timeout: 90_000 });
	expect(await segmentTotals(page)).toContain(`共 ${(40 + 4372).toLocaleString('zh-CN')} 位客户`);
});

test('a second, unrelated file asks first; "replace" keeps only the new file, shown in its currency', async ({
	page
}) => {
	test.setTimeout(180_000);
	await shopThenOnlineRetail(page);
	await page.getByTestId('import-replace').click();
	await expect(page.getByTestId('import-done')).toBeVisible({ timeout: 90_000 });
	const totals = await segmentTotals(page);
	expect(totals).toContain('共 4,372 位客户');
	expect(totals).toContain('£');
	await page.goto('/customers');
	await expect(page.getByText('S001')).toHaveCount(0);
});
