import { spawnSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { checkAndImport, chooseImportFile } from './import-helpers';

const FILE = '../shared/data/rfm-orders/rfm_data_orders.csv';

/** `kequn cohort FILE`, run as a user does: the oracle for the app's table. */
function cliCohorts() {
	const result = spawnSync(
		process.execPath,
		['node_modules/tsx/dist/cli.mjs', 'src/cli/main.ts', 'cohort', FILE],
		{ encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }
	);
	expect(result.status).toBe(0);
	const [header, ...lines] = result.stdout.trim().split('\n');
	expect(header).toBe('cohort,months_since,customers,active,share,revenue');
	return lines.map((line) => {
		const [cohort, since, customers, active, share, revenue] = line.split(',');
		return {
			cohort,
			since: Number(since),
			customers: Number(customers),
			active: Number(active),
			share: Number(share),
			revenue: Number(revenue)
		};
	});
}

/** Every cell of the app's cohort table: text, and the title naming the buyers. */
async function shownCells(page: Page) {
	return page.getByTestId('cohort-table').evaluate((table) =>
		[...table.querySelectorAll('tbody tr')].flatMap((row) => {
			const cohort = row.getAttribute('data-cohort')!;
			const customers = row.querySelector('[data-testid="cohort-customers"]')!.textContent!;
			return [...row.querySelectorAll('td[data-since]')].map((cell) => ({
				key: `${cohort}|${cell.getAttribute('data-since')}`,
				customers,
				text: cell.textContent!.trim(),
				title: cell.getAttribute('title')!
			}));
		})
	);
}

const numberIn = (text: string) => Number(text.replace(/[^\d.-]/g, ''));
/** A value shown rounded to one decimal (or finer) is within half a unit of it. */
const roundedFrom = (shown: number, exact: number) =>
	expect(Math.abs(shown - exact)).toBeLessThanOrEqual(0.05 + 1e-9);

test('the Monitoring screen’s cohort table equals `kequn cohort` on the same file', async ({
	page
}) => {
	test.setTimeout(120_000);
	const expected = cliCohorts();
	await chooseImportFile(page, FILE);
	await checkAndImport(page);
	await page.goto('/monitor');
	await expect(page.getByTestId('cohort-table')).toBeVisible({ timeout: 30_000 });

	const shares = await shownCells(page);
	expect(shares.length).toBe(expected.length);
	const byKey = new Map(shares.map((cell) => [cell.key, cell]));
	for (const row of expected) {
		const cell = byKey.get(`${row.cohort}|${row.since}`)!;
		expect(cell, `${row.cohort} +${row.since}`).toBeDefined();
		expect(numberIn(cell.customers)).toBe(row.customers);
		// "{customers} 位客户中有 {active} 位购买"
		const [customers, active] = cell.title.match(/[\d,]+/g)!.map(numberIn);
		expect([customers, active]).toEqual([row.customers, row.active]);
		roundedFrom(numberIn(cell.text), row.share * 100);
	}

	await page.getByRole('radio', { name: '每位同期群客户的收入' }).check();
	await expect(page.getByTestId('cohort-table')).toHaveAttribute('data-measure', 'revenue');
	const revenue = new Map((await shownCells(page)).map((cell) => [cell.key, cell.text]));
	for (const row of expected)
		roundedFrom(numberIn(revenue.get(`${row.cohort}|${row.since}`)!), row.revenue / row.customers);

	// The export has the CLI's rows (headers in the interface language).
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: '导出 CSV' }).click();
	const { readFileSync } = await import('node:fs');
	const csv = readFileSync(await (await download).path(), 'utf8').replace(/^\uFEFF/, '');
	const [header, ...lines] = csv.trim().split('\r\n');
	expect(header).toBe('同期群,间隔月数,客户数,购买客户数,占比,收入');
	expect(lines.length).toBe(expected.length);
	lines.forEach((line, i) => {
		const [cohort, since, customers, active, share, rev] = line.split(',');
		const row = expected[i];
		expect([cohort, Number(since), Number(customers), Number(active)]).toEqual([
			row.cohort,
			row.since,
			row.customers,
			row.active
		]);
		expect(Number(share)).toBeCloseTo(row.share, 6);
		expect(Number(rev)).toBeCloseTo(row.revenue, 4);
	});

	// Screenshots of the Monitoring screen after one import, in both languages.
	await page.setViewportSize({ width: 1366, height: 900 });
	await page.getByRole('radio', { name: '购买客户占比' }).check();
	await page.screenshot({
		path: 'test-results/screenshots/monitor-cohorts-zh.png',
		fullPage: true
	});
	await page.goto('/settings');
	await page.getByRole('combobox', { name: /语言|Language/ }).selectOption('en');
	await page.goto('/monitor');
	await expect(page.getByRole('heading', { name: 'Cohort retention' })).toBeVisible();
	await expect(page.getByTestId('cohort-table')).toBeVisible();
	await page.screenshot({
		path: 'test-results/screenshots/monitor-cohorts-en.png',
		fullPage: true
	});
});
