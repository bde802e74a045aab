import { expect, test } from '@playwright/test';
import { loadDemo } from './helpers';

test('dashboard figures equal the engine’s; a second run shows what changed', async ({ page }) => {
	await loadDemo(page);
	await expect(page.getByTestId('pareto-home')).toContainText('前 20 % 的客户贡献了');
	const revenue = await page.getByTestId('stat-revenue').locator('strong').innerText();

	await page.goto('/segments');
	await expect(page.getByTestId('segment-totals')).toContainText(`收入 ${revenue}`);
	await page.getByRole('button', { name: '运行并保存' }).click();
	await expect(page.getByText('已保存本次运行')).toBeVisible();

	await page.goto('/');
	await expect(page.getByText('在“客户细分”页面保存两次运行')).toBeVisible();
	await page.getByRole('button', { name: '加入示例企业接下来 3 个月的数据' }).click();
	await expect(page.getByText(/已加入 \d+ 位新客户/)).toBeVisible({ timeout: 30_000 });

	await page.goto('/segments');
	await page.getByRole('button', { name: '运行并保存' }).click();
	await expect(page.getByText('已保存本次运行')).toBeVisible();
	await page.goto('/');
	const changes = page.getByTestId('changes');
	await expect(changes).toContainText('位客户价值层级上升');
	await expect(changes).toContainText('位新客户');
	const newCustomers = Number(
		(await changes.locator('li').last().innerText()).replace(/[^\d]/g, '')
	);
	expect(newCustomers).toBeGreaterThan(0);
});
