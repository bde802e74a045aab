import { expect, test, type Page } from '@playwright/test';
import { gbkShop } from './import-helpers';

/**
 * Predictions an owner can trust: on a 40-customer shop file in GBK the purchase model cannot
 * predict single customers, and the Value screen, a profile and the list say so in plain words
 * and show no confident per-customer figure; the Value screen names the model and, asked, the
 * hold-out error of all three models.
 */

async function open(page: Page, path: string) {
	await page.locator(`header nav a[href="${path}"]`).first().click();
	await expect(page).toHaveURL(new RegExp(`${path === '/' ? '/$' : path}$`));
}

test('a shop too small for the model says so on the Value screen and a profile', async ({
	page
}) => {
	test.setTimeout(240_000);
	await page.setViewportSize({ width: 1366, height: 900 });
	await page.goto('/');
	await open(page, '/import');
	await page.getByTestId('import-file').setInputFiles(gbkShop().file);
	await page.getByRole('button', { name: /^检查文件$|^Check the file$/ }).click();
	await expect(page.getByTestId('import-report')).toBeVisible({ timeout: 90_000 });
	await page.getByRole('button', { name: /^导入 |^Import \d/ }).click();
	await expect(page.getByTestId('import-done')).toBeVisible({ timeout: 90_000 });

	await open(page, '/value');
	await expect(page.getByTestId('model-used')).toContainText('预测使用 BG/NBD', {
		timeout: 90_000
	});
	const note = page.getByTestId('unusable-note');
	await expect(note).toContainText('这些数据无法预测单个客户');
	// 40 customers: at most 40 repeat customers, fewer than the 40 four parameters need.
	await expect(note).toContainText('预测单个客户至少需要 40 位');
	await expect(page.getByTestId('total-clv')).toHaveCount(0);
	await expect(page.getByTestId('top-clv')).toHaveCount(0);
	await page.screenshot({ path: 'test-results/predictions-value-zh.png', fullPage: true });

	await page.getByTestId('compare-models').click();
	const errors = page.getByTestId('model-errors');
	await expect(errors).toBeVisible({ timeout: 180_000 });
	await expect(errors.locator('tbody tr')).toHaveCount(3);
	for (const model of ['bgnbd', 'mbgnbd', 'pnbd']) {
		const row = errors.locator(`tr[data-model="${model}"]`);
		await expect(row.locator('td').first()).toHaveText(/^\d+\.\d{3}$|^—$|^NaN$/);
	}
	await expect(page.getByTestId('auto-choice')).not.toBeEmpty();

	await page.goto('/customers/S002');
	const card = page.getByTestId('customer-value');
	await expect(card).toBeVisible({ timeout: 60_000 });
	for (const figure of [
		'value-alive',
		'value-clv',
		'value-churn',
		'value-next-order',
		'value-tier'
	])
		await expect(page.getByTestId(figure)).toHaveText('—');
	await expect(page.getByTestId('unusable-note')).toBeVisible();
	// The intention falls back to what is still known: no interactions, the neutral 50.
	await expect(page.getByTestId('value-intention')).toHaveText('50');
	await page.screenshot({ path: 'test-results/predictions-profile-zh.png', fullPage: true });
});
