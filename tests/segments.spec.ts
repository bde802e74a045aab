import { expect, test, type Page } from '@playwright/test';
import { loadDemo } from './helpers';

const SCHEMES = [
	'RFM 评分',
	'RFM 细分',
	'RFM 八类客户',
	'价值分层',
	'生命周期',
	'忠诚度',
	'信用风险'
];

async function classCounts(page: Page): Promise<number[]> {
	const cells = await page.getByTestId('class-count').allInnerTexts();
	return cells.map((text) => Number(text.replace(/[^\d]/g, '')));
}

test('the Segments screen shows every scheme; every customer is in exactly one class', async ({
	page
}) => {
	await loadDemo(page);
	await page.goto('/segments');
	await expect(page.getByTestId('segment-totals')).toContainText('共 2,000 位客户');
	const nav = page.getByRole('navigation', { name: '细分方案' });
	for (const name of SCHEMES) {
		await nav.getByRole('button', { name, exact: true }).click();
		await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
		const counts = await classCounts(page);
		expect(
			counts.reduce((a, b) => a + b, 0),
			name
		).toBe(2000);
	}
	await expect(nav.getByRole('button', { name: /^特征：/ }).first()).toBeVisible();
});

test('editing a cut point changes the counts; a stored run survives a reload', async ({ page }) => {
	await loadDemo(page);
	await page.goto('/segments');
	const nav = page.getByRole('navigation', { name: '细分方案' });
	await nav.getByRole('button', { name: 'RFM 评分', exact: true }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'RFM 评分' })).toBeVisible();
	const before = await classCounts(page);

	// Recency cut at 20 %: typing a much larger value moves customers between score cells.
	const input = page.getByLabel('R · 最近一次消费（天） 20 %');
	const original = Number(await input.inputValue());
	await input.fill(String(Math.round(original * 3 + 30)));
	await input.press('Enter');
	await expect.poll(() => classCounts(page)).not.toEqual(before);
	await expect(page.getByRole('button', { name: '使用数据的五分位数' })).toBeVisible();
	const after = await classCounts(page);
	expect(after.reduce((a, b) => a + b, 0)).toBe(2000);

	await page.getByRole('button', { name: '运行并保存' }).click();
	await expect(page.getByText('已保存本次运行')).toBeVisible();
	await page.reload();
	await expect(page.getByTestId('last-run')).toContainText('上次保存的运行');
	// The edited settings are the ones the stored run used: they come back after a reload.
	await nav.getByRole('button', { name: 'RFM 评分', exact: true }).click();
	await expect.poll(() => classCounts(page)).toEqual(after);
});

test('custom rules: first match wins, others collect the rest, overlaps are reported', async ({
	page
}) => {
	await loadDemo(page);
	await page.goto('/segments');
	await page.getByRole('button', { name: '新增一组规则' }).click();
	await page.getByRole('button', { name: '新增规则' }).click();
	await page.getByRole('button', { name: '新增规则' }).click();
	const rules = page.locator('li.rule');
	await expect(rules).toHaveCount(2);
	// Rule 2: R score ≥ 3 overlaps rule 1 (R score ≥ 4) wherever R is 4 or 5.
	await rules.nth(1).getByLabel('数值', { exact: true }).fill('3');
	await rules.nth(1).getByLabel('数值', { exact: true }).press('Enter');
	await expect(page.getByTestId('rule-warnings')).toContainText('同时符合');
	const counts = await page.getByTestId('class-count').allInnerTexts();
	expect(counts).toHaveLength(3);
	expect(counts.map((text) => Number(text.replace(/[^\d]/g, ''))).reduce((a, b) => a + b)).toBe(
		2000
	);
	// A rule nobody can match is reported.
	await rules.nth(0).getByLabel('数值', { exact: true }).fill('9');
	await rules.nth(0).getByLabel('数值', { exact: true }).press('Enter');
	await expect(page.getByTestId('rule-warnings')).toContainText('没有符合的客户');
});

test('a custom rule can select on predicted value (CLV)', async ({ page }) => {
	await loadDemo(page);
	await page.goto('/segments');
	await page.getByRole('button', { name: '新增一组规则' }).click();
	await page.getByRole('button', { name: '新增规则' }).click();
	const rule = page.locator('li.rule').first();
	await rule.getByLabel('字段').selectOption({ label: '预测终身价值（预测期内）' });
	await rule.getByLabel('条件').selectOption('>');
	await rule.getByLabel('数值', { exact: true }).fill('1000');
	await rule.getByLabel('数值', { exact: true }).press('Enter');
	await expect(rule.getByTestId('rule-report')).not.toContainText('符合 0 位');
	const counts = (await page.getByTestId('class-count').allInnerTexts()).map((text) =>
		Number(text.replace(/[^\d]/g, ''))
	);
	expect(counts).toHaveLength(2);
	expect(counts[0]).toBeGreaterThan(0);
	expect(counts[0] + counts[1]).toBe(2000);
});

test('attribute schemes: numeric bands can be changed', async ({ page }) => {
	await loadDemo(page);
	await page.goto('/segments');
	const nav = page.getByRole('navigation', { name: '细分方案' });
	await nav.getByRole('button', { name: '特征：年龄' }).click();
	await expect(page.getByRole('heading', { level: 2, name: '特征：年龄' })).toBeVisible();
	await page.getByLabel('数值分段').selectOption('quantile');
	await page.getByLabel('分段数').fill('3');
	await page.getByLabel('分段数').press('Enter');
	await expect
		.poll(async () => (await page.getByTestId('class-count').allInnerTexts()).length)
		.toBeLessThanOrEqual(4);
	const counts = (await page.getByTestId('class-count').allInnerTexts()).map((text) =>
		Number(text.replace(/[^\d]/g, ''))
	);
	expect(counts.reduce((a, b) => a + b, 0)).toBe(2000);
});

test('each scheme’s settings panel edits its own settings and the counts follow', async ({
	page
}) => {
	await loadDemo(page);
	await page.goto('/segments');
	const nav = page.getByRole('navigation', { name: '细分方案' });
	const countOf = async (classId: string) =>
		Number(
			(
				await page.locator(`tr[data-class="${classId}"]`).getByTestId('class-count').innerText()
			).replace(/[^\d]/g, '')
		);

	await nav.getByRole('button', { name: '价值分层', exact: true }).click();
	const keyBefore = await countOf('key');
	await page.getByLabel('大客户截止于').fill('20');
	await page.getByLabel('大客户截止于').press('Enter');
	await expect.poll(() => countOf('key')).toBeLessThan(keyBefore);

	await nav.getByRole('button', { name: 'RFM 八类客户', exact: true }).click();
	const splits = await page.getByTestId('rfm8-splits').innerText();
	await page.getByLabel('每项指标的分界').selectOption({ label: '中位数' });
	await expect(page.getByTestId('rfm8-splits')).not.toHaveText(splits);

	await nav.getByRole('button', { name: '生命周期', exact: true }).click();
	const churnedBefore = await countOf('churned');
	await page.getByLabel('超过多少天算流失（天，默认）').fill('120');
	await page.getByLabel('超过多少天算流失（天，默认）').press('Enter');
	await expect.poll(() => countOf('churned')).toBeGreaterThan(churnedBefore);
	// The value tiers kept their edit while other schemes were edited.
	await nav.getByRole('button', { name: '价值分层', exact: true }).click();
	await expect(page.getByLabel('大客户截止于')).toHaveValue('20');
});
