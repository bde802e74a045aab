import { expect, test, type Page } from '@playwright/test';
import { loadDemo, statValue } from './helpers';
import { checkAndImport, chooseImportFile } from './import-helpers';

const ONLINE_RETAIL = '../shared/data/online-retail/online_retail.csv';
const numberIn = (text: string) => Number(text.replace(/[^\d]/g, ''));

/** The orders figure of the Segments screen's totals line. */
async function segmentsOrders(page: Page): Promise<number> {
	await page.goto('/segments');
	const totals = page.getByTestId('segment-totals');
	await expect(totals).toContainText(/笔订单/, { timeout: 60_000 });
	return numberIn(/，([\d,]+) 笔订单/.exec(await totals.innerText())?.[1] ?? '');
}

test('Online Retail: Home lists the best and the slipping customers and next actions; one order count', async ({
	page
}) => {
	test.setTimeout(180_000);
	await chooseImportFile(page, ONLINE_RETAIL);
	await checkAndImport(page);
	await page.goto('/');

	const week = page.getByTestId('owner-week');
	await expect(week).toBeVisible({ timeout: 60_000 });
	// Five best customers, each a link to their profile with a line of figures, and "+N more".
	const top = week.getByTestId('week-top-customer');
	await expect(top).toHaveCount(5);
	await expect(top.first().getByRole('link')).toHaveAttribute('href', /^\/customers\/\d+$/);
	await expect(top.first()).toContainText(/笔订单共/);
	await expect(week.getByTestId('week-top')).toContainText(/另有 [\d,]+ 位/);
	// One run only: the slipping are the lapsing customers, by value, with their total.
	const slipping = week.getByTestId('week-slipping-customer');
	await expect(slipping).toHaveCount(5);
	await expect(slipping.first()).toContainText(/已 \d+ 天未下单/);
	await expect(week.getByTestId('week-slipping-total')).toContainText(/共 [\d,]+ 位客户/);
	// Next actions per segment from the checklists, each segment linked, with owner and due date.
	const groups = week.getByTestId('week-group');
	await expect(groups.first()).toBeVisible();
	await expect(groups.first().getByRole('link').first()).toHaveAttribute('href', /^\/strategies/);
	await expect(week.getByTestId('week-action').first()).toContainText(/负责人|尚未指定负责人/);
	await expect(week.getByTestId('week-action').first()).toContainText(/截止|未设截止日期/);

	// One order count: purchases, the same on Home and Segments, cancellations counted apart.
	const homeOrders = await statValue(page, 'stat-orders');
	await expect(page.getByTestId('orders-note')).toHaveText(
		'共 22,190 张单据，其中 3,654 张为取消或退货（不计入订单）'
	);
	expect(homeOrders).toBe(22_190 - 3_654);
	expect(await segmentsOrders(page)).toBe(homeOrders);
});

test('the demo: Home names its best customers and counts every segment bar', async ({ page }) => {
	await loadDemo(page);
	const top = page.getByTestId('week-top-customer');
	await expect(top).toHaveCount(5, { timeout: 60_000 });
	// Names, not ids (demo ids look like C00042).
	for (const text of await top.getByRole('link').allInnerTexts())
		expect(text).not.toMatch(/^C\d+$/);
	// The segment table behind the chart carries each segment's count; they add up to everyone.
	const counts = await page
		.locator('section[aria-labelledby="segments-title"] table tbody tr td:nth-child(2)')
		.allTextContents();
	expect(counts.map(numberIn).reduce((a, b) => a + b, 0)).toBe(2000);
	expect(await statValue(page, 'stat-orders')).toBe(await segmentsOrders(page));
});
