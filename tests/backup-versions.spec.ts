import { expect, test } from '@playwright/test';
import { encodeBackup } from '../src/lib/core/backup';
import { smallSnapshot } from '../src/lib/core/testing/small-store';
import { statValue } from './helpers';

test('a backup written by schema version 1 restores into the current version', async ({ page }) => {
	page.on('dialog', (dialog) => void dialog.accept());
	// Version 1 had no runs and no strategy checklists.
	const {
		runs: _runs,
		strategies: _strategies,
		campaigns: _campaigns,
		...version1
	} = smallSnapshot();
	const file = await encodeBackup(
		version1 as unknown as Parameters<typeof encodeBackup>[0],
		1,
		new Date('2026-01-01T00:00:00Z')
	);
	await page.goto('/settings');
	await page.getByTestId('restore-input').setInputFiles({
		name: 'kequn-v1.kequn',
		mimeType: 'application/octet-stream',
		buffer: Buffer.from(file)
	});
	await expect(page.getByText('已恢复 3 位客户和 5 笔订单。')).toBeVisible();
	await page.goto('/');
	expect(await statValue(page, 'stat-customers')).toBe(3);
	await page.goto('/customers/C1');
	await expect(page.getByRole('heading', { level: 1, name: '王芳' })).toBeVisible();
	// Markup in customer data stays text here too.
	await page.goto('/customers/C3');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('<img src=x onerror=alert(1)>');
	await page.goto('/customers');
	await expect(
		page.getByRole('row').filter({ hasText: '<img src=x onerror=alert(1)>' })
	).toBeVisible();
	await expect(page.locator('main img')).toHaveCount(0);
	// Segments and the profile's history work on the restored data.
	await page.goto('/segments');
	await expect(page.getByTestId('segment-totals')).toContainText('共 3 位客户');
});
