import { expect, test } from '@playwright/test';
import { loadDemo, statValue } from './helpers';

test('load the demo data in one click; it is still there after a reload', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: '还没有客户数据' })).toBeVisible();
	await loadDemo(page);
	const customers = await statValue(page, 'stat-customers');
	const orders = await statValue(page, 'stat-orders');
	expect(customers).toBe(2000);
	expect(orders).toBeGreaterThan(5000);

	await page.reload();
	await expect(page.getByTestId('stat-customers')).toBeVisible();
	expect(await statValue(page, 'stat-customers')).toBe(customers);
	expect(await statValue(page, 'stat-orders')).toBe(orders);

	await page.getByRole('navigation').getByRole('link', { name: /客户/ }).first().click();
	await expect(page.getByTestId('customer-count')).toContainText('2,000');
	await page.getByRole('row').getByRole('link').first().click();
	await expect(page).toHaveURL(/\/customers\/C\d+/);
	await expect(page.getByTestId('order-table').or(page.getByText('还没有订单'))).toBeVisible();
});
