import { expect, test } from '@playwright/test';
import { loadDemo } from './helpers';

const DIR = 'test-results/screenshots/explorer';

test('screenshots of the explorer, the list and a profile at 768 and 1366 px, in Chinese and English', async ({
	page
}) => {
	test.setTimeout(180_000);
	await loadDemo(page);
	for (const language of ['zh', 'en'] as const) {
		await page.goto('/settings');
		await page.getByRole('combobox', { name: /语言|Language/ }).selectOption(language);
		for (const width of [768, 1366]) {
			await page.setViewportSize({ width, height: width === 768 ? 1024 : 800 });
			const name = (what: string) => `${DIR}/${what}-${language}-${width}.png`;

			await page.goto('/segments');
			const explorer = page.getByTestId('segment-explorer');
			await explorer.locator('li[data-class="loyal"]').getByRole('button').click();
			await expect(page.getByTestId('member-list').getByRole('cell').first()).toBeVisible();
			await page.waitForTimeout(300);
			await explorer.screenshot({ path: name('segments-explorer') });

			await page.goto('/customers');
			await expect(page.getByTestId('customer-list').getByRole('cell').first()).toBeVisible();
			await page.getByTestId('list-filters').locator('summary').click();
			await page.getByTestId('segment-scheme').selectOption('rfm-named');
			await page.getByTestId('segment-class').selectOption('champions');
			await page.getByTestId('sort-field').selectOption('clv');
			await expect(page.getByRole('columnheader', { name: /CLV|终身价值/ })).toBeVisible();
			await page.waitForTimeout(300);
			await page.screenshot({ path: name('customers'), fullPage: true });

			await page.goto('/customers/C00001');
			await expect(page.getByTestId('order-timeline')).toBeVisible();
			await page.waitForTimeout(300);
			await page.screenshot({ path: name('profile'), fullPage: true });
		}
	}
});
