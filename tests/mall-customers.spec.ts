import { expect, test } from '@playwright/test';
import { checkAndImport, chooseImportFile } from './import-helpers';

const numberIn = (text: string) => Number(text.replace(/[^\d]/g, ''));

test('Mall Customers imports as a customer table and clusters into 81 / 39 / 35 / 23 / 22 on income and spending score', async ({
	page
}) => {
	await chooseImportFile(page, '../shared/data/mall-customers/Mall_Customers.csv');
	await checkAndImport(page);

	await page.goto('/clusters');
	await expect(page.getByRole('heading', { level: 1, name: '聚类实验室' })).toBeVisible();
	// Every customer is clustered (there are no orders); income is a number, not a band.
	await expect(page.getByTestId('cluster-population')).toContainText('200');
	await page.getByRole('checkbox', { name: 'AnnualIncome', exact: true }).check();
	await page.getByRole('checkbox', { name: 'SpendingScore', exact: true }).check();
	const preview = page.getByTestId('matrix-preview');
	await expect(preview.locator('caption')).toContainText('× 2 列');
	await expect(page.getByRole('checkbox', { name: /收入段/ })).toHaveCount(0);

	await page.getByRole('button', { name: '比较 k = 2 到 10' }).click();
	await expect(page.getByTestId('suggested-k')).toContainText(/k = \d+/, { timeout: 60_000 });
	await page.getByRole('radio', { name: /^5( ★)?$/ }).check();
	await expect(page.getByTestId('cluster-name')).toHaveCount(5);
	// The published k-means result on standardised income and spending score (k = 5).
	const sizes = (await page.getByTestId('cluster-size').allInnerTexts()).map((text) =>
		numberIn(text.split('(')[0])
	);
	expect([...sizes].sort((a, b) => b - a)).toEqual([81, 39, 35, 23, 22]);
});
