import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { loadDemo } from './helpers';

const DIR = 'test-results/screenshots/segments-sql';

/** Download the SQL of the current settings in a dialect; its file name and text. */
async function downloadSql(page: Page, dialect: string): Promise<{ name: string; sql: string }> {
	const panel = page.getByTestId('sql-export');
	await panel.getByRole('combobox').selectOption(dialect);
	const download = page.waitForEvent('download');
	await panel.getByRole('button', { name: /下载 SQL|Download SQL/ }).click();
	const file = await download;
	return { name: file.suggestedFilename(), sql: readFileSync(await file.path(), 'utf8') };
}

test('the Segments screen exports the current settings and analysis day as SQL', async ({
	page
}) => {
	await loadDemo(page);
	await page.goto('/segments');
	const nav = page.getByRole('navigation', { name: '细分方案' });
	await nav.getByRole('button', { name: '生命周期', exact: true }).click();
	const churn = page.getByLabel('超过多少天算流失（天，默认）');
	await churn.fill('200');
	await churn.press('Enter');
	const day = page.getByLabel('分析日期');
	await day.fill('2025-03-31');
	await day.dispatchEvent('change');
	// The export is of the computed result: once it has the new day, it has the new settings.
	await expect
		.poll(async () => (await downloadSql(page, 'postgres')).name)
		.toBe('kequn-segments-postgres-2025-03-31.sql');
	const postgres = await downloadSql(page, 'postgres');
	expect(postgres.sql).toMatch(/^-- Kequn segments as SQL \(postgres\)/);
	expect(postgres.sql).toContain('-- Analysis day: 2025-03-31.');
	expect(postgres.sql).toContain('"churnDays":200');
	expect(postgres.sql).toContain('ELSE CAST(200 AS DOUBLE PRECISION) END');
	expect(postgres.sql).toContain('lifecycle, loyalty');
	const bigquery = await downloadSql(page, 'bigquery');
	expect(bigquery.sql).toContain('UNION DISTINCT');
	// The demo's attribute schemes are not rules: the panel says they are left out.
	await expect(page.getByTestId('sql-export')).toContainText('未包含在查询中');
	// The demo records satisfaction, which the query's tables do not hold: the panel says so.
	await expect(page.getByTestId('sql-loyalty-note')).toContainText('不含满意度');

	// Value tiers by profit cannot be written over an orders table without cost.
	await nav.getByRole('button', { name: '价值分层', exact: true }).click();
	await page
		.getByRole('region', { name: '设置' })
		.getByRole('combobox')
		.first()
		.selectOption('profit');
	const panel = page.getByTestId('sql-export');
	await expect(async () => {
		await panel.getByRole('button', { name: '下载 SQL' }).click();
		await expect(panel.getByRole('alert')).toContainText('按利润分层', { timeout: 1000 });
	}).toPass();
});

test('screenshots of the SQL export in Chinese and English', async ({ page }) => {
	test.setTimeout(180_000);
	await loadDemo(page);
	for (const language of ['zh', 'en'] as const) {
		await page.goto('/settings');
		await page.getByRole('combobox', { name: /语言|Language/ }).selectOption(language);
		for (const [width, height, presentation] of [
			[1366, 900, false],
			[768, 1024, false],
			[1024, 768, true]
		] as const) {
			await page.setViewportSize({ width, height });
			await page.goto('/segments');
			const panel = page.getByTestId('sql-export');
			await expect(panel).toBeVisible();
			if (presentation) await page.getByRole('button', { name: /演示模式|Presentation/ }).click();
			await panel.scrollIntoViewIfNeeded();
			await page.waitForTimeout(300);
			const mode = presentation ? '-presentation' : '';
			await page.screenshot({ path: `${DIR}/segments-sql-${language}-${width}${mode}.png` });
			if (presentation) await page.getByRole('button', { name: /演示模式|Presentation/ }).click();
		}
		await expect(page.getByTestId('sql-export')).toContainText(
			language === 'zh' ? '以 SQL 导出细分' : 'Segments as SQL'
		);
	}
});
