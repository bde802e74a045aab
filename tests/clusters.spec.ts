import { expect, test, type Page } from '@playwright/test';
import { loadDemo } from './helpers';

const numberIn = (text: string) => Number(text.replace(/[^\d]/g, ''));

async function counts(page: Page, testId: string): Promise<number[]> {
	return (await page.getByTestId(testId).allInnerTexts()).map((text) =>
		// "961 (49.4 %)": the count comes before the share.
		numberIn(text.split('(')[0])
	);
}

test('clustering lab: features, k chart, fit, profiles, saved as a scheme on the Segments screen', async ({
	page
}) => {
	await loadDemo(page);
	await page.goto('/clusters');
	await expect(page.getByRole('heading', { level: 1, name: '聚类实验室' })).toBeVisible();

	// Step 1: R, F and M start ticked; add tenure and see the matrix grow to four columns.
	const preview = page.getByTestId('matrix-preview');
	await expect(preview.locator('caption')).toContainText('× 3 列');
	await page.getByRole('checkbox', { name: '客户时长（天）', exact: true }).check();
	await expect(preview.locator('caption')).toContainText('× 4 列');
	await expect(preview.locator('thead th')).toHaveText([
		'客户编号',
		'最近一次消费（天）',
		'订单数',
		'净消费额',
		'客户时长（天）'
	]);
	const clustered = numberIn(
		(await page.getByTestId('cluster-population').innerText()).split('位客户')[0]
	);
	expect(clustered).toBeGreaterThan(1000);

	// Step 2: the k comparison, with a suggested k that is then fitted.
	await page.getByRole('button', { name: '比较 k = 2 到 10' }).click();
	const suggestion = page.getByTestId('suggested-k');
	await expect(suggestion).toContainText(/建议：k = \d+/);
	const suggestedK = Number(/k = (\d+)/.exec(await suggestion.innerText())?.[1]);
	expect(suggestedK).toBeGreaterThanOrEqual(2);
	expect(suggestedK).toBeLessThanOrEqual(10);
	await expect(page.getByRole('radio', { name: `${suggestedK} ★` })).toBeChecked();
	await expect(page.getByTestId('k-table').locator('tbody tr')).toHaveCount(9);

	// Choose k = 4: the scatter and four profiles whose sizes add up to everyone clustered.
	const k = suggestedK === 4 ? 3 : 4;
	await page.getByRole('radio', { name: new RegExp(`^${k}( ★)?$`) }).check();
	await expect(page.getByRole('heading', { name: `第 3 步 · ${k} 个簇的分布图` })).toBeVisible();
	await expect(page.getByTestId('pca-scatter').locator('canvas')).toBeVisible();
	await expect(page.getByTestId('cluster-name')).toHaveCount(k);
	for (const name of await page.getByTestId('cluster-name').allInnerTexts())
		expect(name.trim()).not.toBe('');
	const sizes = await counts(page, 'cluster-size');
	expect(sizes.reduce((a, b) => a + b, 0)).toBe(clustered);
	await expect(page.getByTestId('stability')).toContainText(/\d\.\d\d/);

	// Save as a scheme; the run stored with it puts every customer in one class.
	await page.getByLabel('方案名称').fill('四类客户');
	await page.getByRole('button', { name: '保存为细分方案' }).click();
	const saved = page.getByTestId('cluster-saved');
	await expect(saved).toContainText('已保存');
	await expect(page.getByTestId('saved-clusterings')).toContainText('四类客户');

	// The Segments screen shows it like any other scheme; its class counts add up to all customers.
	await saved.getByRole('link', { name: '在客户细分页面查看' }).click();
	await expect(page.getByTestId('segment-totals')).toContainText('共 2,000 位客户');
	const nav = page.getByRole('navigation', { name: '细分方案' });
	await nav.getByRole('button', { name: '聚类：四类客户', exact: true }).click();
	await expect(page.getByRole('heading', { level: 2, name: '聚类：四类客户' })).toBeVisible();
	const rows = page.getByTestId('class-table').locator('tbody tr');
	await expect(rows).toHaveCount(k + 1);
	await expect(rows.last()).toContainText('潜在客户');
	const classCounts = (await page.getByTestId('class-count').allInnerTexts()).map(numberIn);
	expect(classCounts.reduce((a, b) => a + b, 0)).toBe(2000);
	// The clustered customers are placed exactly as the lab clustered them.
	expect(classCounts.slice(0, k)).toEqual(sizes);
});

test('clustering lab in English: the suggestion and its reason are explained', async ({ page }) => {
	await loadDemo(page);
	await page.evaluate(() => window.localStorage.setItem('kequn.locale', 'en'));
	await page.goto('/clusters');
	await expect(page.getByRole('heading', { level: 1, name: 'Clustering lab' })).toBeVisible();
	await page.getByRole('button', { name: 'Compare k = 2 to 10' }).click();
	await expect(page.getByTestId('suggested-k')).toContainText(/Suggested: k = \d+/);
	await expect(page.getByTestId('suggested-k')).toContainText('silhouette');
	await expect(page.getByTestId('stability')).toContainText(/stable/i);
});

test('predicted value (CLV) is offered as a clustering feature', async ({ page }) => {
	await loadDemo(page);
	await page.goto('/clusters');
	await expect(page.getByLabel(/预测终身价值/).first()).toBeVisible({ timeout: 30_000 });
});
