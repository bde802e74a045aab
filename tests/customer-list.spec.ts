import { expect, test, type Page } from '@playwright/test';
import { loadDemo } from './helpers';
import { downloadText, idsOfVirtualTable, numberIn, parseCsv } from './explorer-helpers';

const dataRows = (page: Page) =>
	page
		.getByTestId('customer-list')
		.getByRole('row')
		.filter({ has: page.getByRole('cell') });

/** The cell texts of one column in the rows in view. */
async function column(page: Page, header: string): Promise<string[]> {
	const list = page.getByTestId('customer-list');
	const headers = await list.getByRole('columnheader').allInnerTexts();
	const index = headers.findIndex((text) => text.replace(/[↑↓]/g, '').trim() === header);
	expect(index, header).toBeGreaterThanOrEqual(0);
	return dataRows(page).evaluateAll(
		(rows, k) =>
			rows.map((row) => row.querySelectorAll('[role="cell"]')[k]?.textContent?.trim() ?? ''),
		index
	);
}

const amount = (text: string) => Number(text.replace(/[^\d.-]/g, ''));

/** Wait until the list shows the answer to the latest query. */
const settled = (page: Page) =>
	expect(page.getByTestId('customer-list')).toHaveAttribute('aria-busy', 'false');

test('search finds a customer by a Chinese name, by id and by a phone typed with dashes', async ({
	page
}) => {
	await loadDemo(page);
	await page.goto('/customers/C00012');
	const name = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
	expect(name).toMatch(/[\u4e00-\u9fff]/);
	const phone = (await page.locator('dt:text-is("电话") + dd').innerText()).replace(/\D/g, '');
	expect(phone.length).toBeGreaterThan(6);
	await page.goto('/customers');
	await page.getByRole('searchbox').fill(name);
	await expect(page.getByTestId('customer-count')).toContainText('位符合');
	await expect(dataRows(page).filter({ hasText: 'C00012' })).toBeVisible();
	for (const text of await column(page, '姓名')) expect(text).toContain(name);

	await page.getByRole('searchbox').fill('c00012');
	await expect(dataRows(page)).toHaveCount(1);
	const dashed = `${phone.slice(0, 3)}-${phone.slice(3, 7)}-${phone.slice(7)}`;
	await page.getByRole('searchbox').fill(dashed);
	await expect(dataRows(page).filter({ hasText: 'C00012' })).toBeVisible();
	await page.getByRole('searchbox').fill('');
	await expect(page.getByTestId('customer-count')).toHaveText('共 2,000 位客户');
});

test('sort by any measure and filter by a field or a segment; the filtered list exports', async ({
	page
}) => {
	await loadDemo(page);
	await page.goto('/segments');
	const champions = numberIn(
		await page
			.getByTestId('class-table')
			.locator('tr[data-class="champions"] [data-testid="class-count"]')
			.innerText()
	);

	await page.goto('/customers');
	await expect(dataRows(page).first()).toBeVisible();
	await page.getByTestId('list-filters').locator('summary').click();

	// Sort by orders, largest first: the column never rises.
	await page.getByTestId('sort-field').selectOption('orders');
	await expect(page.getByTestId('sort-direction')).toHaveValue('desc');
	await settled(page);
	await expect(page.getByRole('columnheader', { name: /订单数/ })).toHaveAttribute(
		'aria-sort',
		'descending'
	);
	const orders = (await column(page, '订单数')).map(Number);
	expect(orders.length).toBeGreaterThan(5);
	expect([...orders].sort((a, b) => b - a)).toEqual(orders);
	// Predicted value, smallest first (computed on demand; its column appears).
	await page.getByTestId('sort-field').selectOption('clv');
	await page.getByTestId('sort-direction').selectOption('asc');
	await settled(page);
	await expect(page.getByRole('columnheader', { name: /预测终身价值/ })).toHaveAttribute(
		'aria-sort',
		'ascending'
	);
	const clv = (await column(page, '预测终身价值（预测期内）')).filter(Boolean).map(amount);
	expect([...clv].sort((a, b) => a - b)).toEqual(clv);

	// A field filter: net value at least 10,000; every row passes.
	await page.getByRole('button', { name: '添加筛选条件' }).click();
	const filter = page.getByTestId('field-filter');
	await filter.getByRole('combobox', { name: /^字段/ }).selectOption('netValue');
	await filter.getByRole('combobox', { name: /^条件/ }).selectOption('>=');
	await filter.getByLabel('值', { exact: true }).fill('10000');
	await expect(page.getByTestId('customer-count')).toContainText('位符合');
	await settled(page);
	const matching = Number(
		/有 ([\d,]+) 位符合/
			.exec(await page.getByTestId('customer-count').innerText())![1]
			.replace(/,/g, '')
	);
	for (const value of await column(page, '净消费额'))
		expect(amount(value)).toBeGreaterThanOrEqual(10000);
	const csv = parseCsv(await downloadText(page, page.getByTestId('export-list')));
	expect(csv).toHaveLength(matching + 1);
	const net = csv[0].indexOf('净消费额');
	expect(csv.slice(1).every((row) => Number(row[net]) >= 10000)).toBe(true);
	await filter.getByRole('button', { name: '删除' }).click();

	// A segment filter: exactly the class table's champions.
	await page.getByTestId('segment-scheme').selectOption('rfm-named');
	await page.getByTestId('segment-class').selectOption('champions');
	await settled(page);
	await expect(page.getByTestId('customer-count')).toHaveText(
		`2,000 位客户中有 ${champions.toLocaleString('en')} 位符合`
	);
	const ids = await idsOfVirtualTable(page.getByTestId('customer-list'));
	expect(new Set(ids).size).toBe(champions);
	for (const text of await column(page, 'RFM 细分')) expect(text).toBe('冠军客户');
});

test('the list scrolls and sorts with the keyboard alone', async ({ page }) => {
	await loadDemo(page);
	await page.goto('/customers');
	await expect(dataRows(page).first()).toBeVisible();
	// The first screen may be the kept one; export is enabled once the worker has answered.
	await settled(page);
	await page.getByRole('searchbox').focus();
	await page.keyboard.press('Tab');
	await expect(page.getByTestId('export-list')).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByTestId('list-filters').locator('summary')).toBeFocused();
	await page.keyboard.press('Tab');
	// The first column header sorts: Enter flips the id order.
	await expect(page.getByRole('button', { name: /客户编号/ })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('columnheader', { name: /客户编号/ })).toHaveAttribute(
		'aria-sort',
		'descending'
	);
	await expect(dataRows(page).first()).toContainText('C02000');
	// On to the list itself: End shows the last customer.
	const list = page.getByTestId('customer-list').locator('[role="rowgroup"]');
	await list.focus();
	await page.keyboard.press('End');
	await expect(
		page.getByTestId('customer-list').locator('[role="row"][aria-rowindex="2001"]')
	).toContainText('C00001');
});

test('a profile charts the order timeline and lists the latest 50 orders, all on request', async ({
	page
}) => {
	await loadDemo(page);
	await page.goto('/customers');
	await page.getByTestId('list-filters').locator('summary').click();
	await page.getByTestId('sort-field').selectOption('orders');
	await expect(page.getByRole('columnheader', { name: /订单数/ })).toHaveAttribute(
		'aria-sort',
		'descending'
	);
	await settled(page);
	const first = dataRows(page).first();
	const orders = Number((await column(page, '订单数'))[0]);
	expect(orders).toBeGreaterThan(50);
	await first.getByRole('link').click();

	await expect(page.getByTestId('order-timeline').locator('canvas')).toBeVisible();
	const timeline = page.getByTestId('order-timeline');
	await timeline.locator('summary').click();
	const periods = timeline.locator('tbody tr');
	const counted = (await periods.locator('td:first-of-type').allInnerTexts()).map(Number);
	expect(counted.reduce((a, b) => a + b, 0)).toBe(orders);

	const body = page.getByTestId('order-table').locator('tbody tr');
	await expect(body).toHaveCount(50);
	// Every row is listed: purchases, and also returns and cancellations.
	const showAll = page.getByRole('button', { name: /^显示全部 [\d,]+ 笔订单$/ });
	const rows = numberIn(await showAll.innerText());
	expect(rows).toBeGreaterThanOrEqual(orders);
	await showAll.click();
	await expect(body).toHaveCount(rows);
	await page.getByRole('button', { name: '只显示最近 50 笔' }).click();
	await expect(body).toHaveCount(50);
});

test('the segment filter can take its classes from the last saved run', async ({ page }) => {
	await loadDemo(page);
	await page.goto('/segments');
	await page.getByRole('button', { name: '运行并保存' }).click();
	await expect(page.getByText('已保存本次运行')).toBeVisible();
	const atRisk = numberIn(
		await page
			.getByTestId('class-table')
			.locator('tr[data-class="at-risk"] [data-testid="class-count"]')
			.innerText()
	);

	await page.goto('/customers');
	await page.getByTestId('list-filters').locator('summary').click();
	const source = page.getByRole('combobox', { name: /^细分来源/ });
	await source.selectOption('run');
	await page.getByTestId('segment-scheme').selectOption('rfm-named');
	await page.getByTestId('segment-class').selectOption('at-risk');
	await settled(page);
	await expect(page.getByTestId('customer-count')).toHaveText(
		`2,000 位客户中有 ${atRisk.toLocaleString('en')} 位符合`
	);
	for (const text of await column(page, 'RFM 细分')) expect(text).toBe('流失风险客户');
});
