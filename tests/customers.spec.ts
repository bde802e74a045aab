import { expect, test } from '@playwright/test';
import { loadDemo } from './helpers';

test('search finds a customer by Chinese name, id or phone', async ({ page }) => {
	await loadDemo(page);
	await page.goto('/customers/C00007');
	const name = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
	expect(name).toMatch(/[\u4e00-\u9fff]/);

	await page.goto('/customers');
	await page.getByRole('searchbox').fill(name);
	await expect(page.getByTestId('customer-count')).toContainText('位符合');
	await expect(page.getByRole('row').filter({ hasText: 'C00007' })).toBeVisible();
	for (const row of await page
		.getByRole('row')
		.filter({ has: page.getByRole('cell') })
		.all())
		await expect(row).toContainText(name);

	await page.getByRole('searchbox').fill('C00007');
	await expect(page.getByRole('row').filter({ has: page.getByRole('cell') })).toHaveCount(1);
});

test('a lead added by hand appears with its attributes; edits are saved', async ({ page }) => {
	await loadDemo(page);
	await page.goto('/customers');
	await page.getByRole('button', { name: '新增客户' }).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByLabel('姓名').fill('赵新客');
	await dialog.getByLabel('电话').fill('13700001111');
	await dialog.getByRole('button', { name: '保存' }).click();
	await expect(page).toHaveURL(/\/customers\/L\d{8}-[0-9A-F]{4}$/);
	await expect(page.getByRole('heading', { level: 1, name: '赵新客' })).toBeVisible();
	await expect(page.getByText('还没有订单——潜在客户。')).toBeVisible();

	await page.getByRole('button', { name: '编辑属性' }).click();
	const form = page.locator('form').filter({ has: page.getByLabel('城市') });
	await form.getByLabel('城市').fill('苏州');
	await form.getByRole('button', { name: '保存' }).click();
	// The form closes once the edit is stored; then it survives a reload.
	await expect(form).toBeHidden();
	await page.reload();
	await expect(page.getByText('苏州')).toBeVisible();

	await page.goto('/');
	await expect(page.getByTestId('stat-customers')).toContainText('2,001');
});

test('customer data is shown as text, never as markup', async ({ page }) => {
	await loadDemo(page);
	await page.goto('/customers');
	await page.getByRole('button', { name: '新增客户' }).click();
	const markup = '<img src=x onerror="window.__pwned=1">';
	await page.getByRole('dialog').getByLabel('姓名').fill(markup);
	await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(markup);
	expect(
		await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
	).toBeUndefined();
	await expect(page.locator('main img')).toHaveCount(0);
});
