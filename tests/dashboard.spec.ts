import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { loadDemo, statValue } from './helpers';
import { checkAndImport, chooseImportFile } from './import-helpers';

test('dashboard figures equal the engine’s; a second run shows what changed', async ({ page }) => {
	await loadDemo(page);
	await expect(page.getByTestId('pareto-home')).toContainText('前 20 % 的客户贡献了');
	const revenueStat = page.getByTestId('stat-revenue').locator('strong');
	await expect(revenueStat).toHaveText(/\d/, { timeout: 60_000 });
	const revenue = await revenueStat.innerText();

	await page.goto('/segments');
	await expect(page.getByTestId('segment-totals')).toContainText(`收入 ${revenue}`);
	await page.getByRole('button', { name: '运行并保存' }).click();
	await expect(page.getByText('已保存本次运行')).toBeVisible();

	await page.goto('/');
	await expect(page.getByText('每次导入更新的数据都会自动记录一次运行')).toBeVisible();
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

/** The R `rfm` package's sample orders, read here straight from the file: the test's oracle. */
function rfmOracle() {
	const lines = readFileSync('../shared/data/rfm-orders/rfm_data_orders.csv', 'utf8')
		.trim()
		.split(/\r?\n/)
		.slice(1);
	const revenueOf = new Map<string, number>();
	const days: string[] = [];
	for (const line of lines) {
		const [customer, day, revenue] = line.split(',');
		revenueOf.set(customer, (revenueOf.get(customer) ?? 0) + Number(revenue));
		days.push(day);
	}
	const values = [...revenueOf.values()].sort((a, b) => b - a);
	const total = values.reduce((sum, value) => sum + value, 0);
	const top = values.slice(0, Math.round(values.length * 0.2)).reduce((sum, v) => sum + v, 0);
	let running = 0;
	let forEighty = 0;
	while (running < 0.8 * total) running += values[forEighty++];
	days.sort();
	return {
		customers: revenueOf.size,
		orders: lines.length,
		revenue: total,
		topShare: Math.round((top / total) * 100),
		shareForEighty: Math.round((forEighty / values.length) * 100),
		first: days[0],
		last: days[days.length - 1]
	};
}

test('Home’s figures equal a direct computation over the imported file', async ({ page }) => {
	const oracle = rfmOracle();
	expect(oracle).toMatchObject({ customers: 995, orders: 4906 });
	await chooseImportFile(page, '../shared/data/rfm-orders/rfm_data_orders.csv');
	await checkAndImport(page);
	await page.goto('/');
	expect(await statValue(page, 'stat-customers')).toBe(oracle.customers);
	expect(await statValue(page, 'stat-orders')).toBe(oracle.orders);
	const revenueStat = page.getByTestId('stat-revenue').locator('strong');
	await expect(revenueStat).toHaveText(/\d/, { timeout: 60_000 });
	const revenue = await revenueStat.innerText();
	expect(Number(revenue.replace(/[^\d.]/g, ''))).toBeCloseTo(oracle.revenue, 2);
	const pareto = (await page.getByTestId('pareto-home').innerText()).replace(/\s+/g, '');
	expect(pareto).toBe(
		`前20%的客户贡献了${oracle.topShare}%的收入。${oracle.shareForEighty}%的客户贡献了80%的收入。`
	);
	const period = page.getByText(/\d{4}.\d{1,2}.\d{1,2}.* 至 .*\d{4}.\d{1,2}.\d{1,2}/).first();
	const digits = (iso: string) => iso.split('-').map(Number).join('|');
	const shown = (await period.innerText())
		.split('至')
		.map((part) => (part.match(/\d+/g) ?? []).map(Number).join('|'));
	expect(shown).toEqual([digits(oracle.first), digits(oracle.last)]);
});
