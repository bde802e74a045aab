import { expect, test } from '@playwright/test';
import { loadDemo } from './helpers';
import { checkAndImport, chooseImportFile } from './import-helpers';
import { downloadText, idsOfVirtualTable, numberIn, parseCsv } from './explorer-helpers';

test('drilling into a segment lists exactly its members, and its export has the same rows', async ({
	page
}) => {
	await loadDemo(page);
	await page.goto('/segments');
	const explorer = page.getByTestId('segment-explorer');
	await expect(explorer.getByTestId('segment-cards')).toBeVisible({ timeout: 60_000 });

	for (const classId of ['champions', 'hibernating']) {
		const expected = numberIn(
			await page
				.getByTestId('class-table')
				.locator(`tr[data-class="${classId}"] [data-testid="class-count"]`)
				.innerText()
		);
		expect(expected).toBeGreaterThan(0);
		await explorer.locator(`li[data-class="${classId}"]`).getByRole('button').click();
		await expect(page.getByTestId('member-count')).toHaveText(
			new RegExp(`共 ${expected.toLocaleString('en')} 位`)
		);
		const list = page.getByTestId('member-list');
		await expect(list).toHaveAttribute('aria-rowcount', String(expected + 1));
		const ids = await idsOfVirtualTable(list);
		expect(ids).toHaveLength(expected);
		expect(new Set(ids).size).toBe(expected);

		const csv = parseCsv(await downloadText(page, page.getByTestId('export-members')));
		expect(csv[0]).toEqual([
			'客户编号',
			'姓名',
			'最近一次消费（天）',
			'订单数',
			'净消费额',
			'预测终身价值（预测期内）',
			// What a caller needs: the segment's name, phone and email.
			'RFM 细分',
			'电话',
			'邮箱'
		]);
		expect(csv.slice(1).map((row) => row[0])).toEqual(ids);
		// Numbers are numbers: net value parses, and the rows come largest first.
		const values = csv.slice(1).map((row) => Number(row[4]));
		expect(values.every(Number.isFinite)).toBe(true);
		expect([...values].sort((a, b) => b - a)).toEqual(values);
	}
});

test('an exported negative amount stays a number; text that looks like a formula is defused', async ({
	page
}) => {
	await loadDemo(page);
	const csvFile =
		'customer id,name,date,amount\nNEG-1,-退货客户,2025-11-02,3\nNEG-1,-退货客户,2025-11-03,-12.5\n';
	await chooseImportFile(page, {
		name: 'returns.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(csvFile)
	});
	await checkAndImport(page);

	// The value tiers put every customer with zero or negative net value among the small ones.
	await page.goto('/segments');
	await page.locator('button[data-scheme="value-tier"]').click();
	const explorer = page.getByTestId('segment-explorer');
	await explorer.locator('li[data-class="small"]').getByRole('button').click();
	await expect(page.getByTestId('member-list').getByRole('cell').first()).toBeVisible();
	const members = parseCsv(await downloadText(page, page.getByTestId('export-members')));
	const row = members.find((cells) => cells[0] === 'NEG-1');
	expect(row).toBeDefined();
	expect(row![4]).toBe('-9.5');
	expect(Number(row![4])).toBe(-9.5);
	expect(row![1]).toBe("'-退货客户");

	// The customer list's export follows the same rules.
	await page.goto('/customers');
	await page.getByRole('searchbox').fill('NEG-1');
	await expect(page.getByTestId('customer-count')).toContainText('1 位符合');
	const listed = parseCsv(await downloadText(page, page.getByTestId('export-list')));
	expect(listed).toHaveLength(2);
	const netValue = listed[0].indexOf('净消费额');
	expect(listed[1][0]).toBe('NEG-1');
	expect(listed[1][netValue]).toBe('-9.5');
	expect(listed[1][1]).toBe("'-退货客户");
});

test('the explorer shows cards, heat map, comparison and profile; keyboard reaches its controls', async ({
	page
}) => {
	await loadDemo(page);
	await page.goto('/segments');
	const explorer = page.getByTestId('segment-explorer');
	await expect(explorer.getByTestId('segment-cards')).toBeVisible({ timeout: 60_000 });
	// Heat map: the cells of all customers add up to the customers with a purchase.
	const counts = await explorer
		.getByTestId('rf-heat-map')
		.locator('tbody td strong')
		.allInnerTexts();
	expect(counts).toHaveLength(25);
	const inGrid = counts.reduce((sum, text) => sum + numberIn(text), 0);
	const totals = await page.getByTestId('segment-totals').innerText();
	expect(inGrid).toBe(numberIn(/（([\d,]+) 位有订单）/.exec(totals)![1]));
	// One segment's heat map holds only that segment's customers.
	await explorer.getByTestId('heat-scope').selectOption('champions');
	await expect(explorer.getByTestId('rf-heat-map').locator('caption')).toContainText('冠军客户');

	// Compare two segments side by side.
	await explorer.getByTestId('compare-1').selectOption('champions');
	await explorer.getByTestId('compare-2').selectOption('hibernating');
	const table = explorer.getByTestId('compare-table');
	await expect(table.getByRole('columnheader', { name: '冠军客户' })).toBeVisible();
	await expect(table.getByRole('columnheader', { name: '沉睡客户' })).toBeVisible();
	await expect(table.getByRole('row', { name: /预测终身价值/ })).toBeVisible();
	await expect(explorer.getByTestId('scatter-note')).toBeVisible();

	// No checklist stored yet: no progress on the cards. Tick one action of the champions'.
	await expect(explorer.getByTestId('strategy-progress')).toHaveCount(0);
	await page.getByRole('button', { name: '运行并保存' }).click();
	await expect(page.getByText('已保存本次运行')).toBeVisible();
	await page.goto('/strategies');
	const checklist = page.locator('[data-testid="segment-checklist"][data-class="champions"]');
	await checklist.getByRole('checkbox').first().check();
	await expect(checklist.getByTestId('progress')).toHaveText(/已完成 1\/\d+/);
	const total = (await checklist.getByTestId('progress').innerText()).split('/')[1];
	await page.goto('/segments');
	await expect(
		explorer.locator('li[data-class="champions"]').getByTestId('strategy-progress')
	).toHaveText(`策略：已完成 1/${total}`);

	// Keyboard alone: tab to a card's member button and open the list with Enter.
	const button = explorer.locator('li[data-class="loyal"]').getByRole('button');
	await button.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('#members-title')).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: '关闭名单' })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByTestId('export-members')).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByTestId('start-campaign')).toBeFocused();
	await page.keyboard.press('Tab');
	// The member list's scroll region, then its first customer link.
	await expect(page.getByTestId('member-list').locator('[role="rowgroup"]')).toBeFocused();
	await page.keyboard.press('End');
	const rowCount = Number(await page.getByTestId('member-list').getAttribute('aria-rowcount'));
	await expect(
		page.getByTestId('member-list').locator(`[role="row"][aria-rowindex="${rowCount}"]`)
	).toBeVisible();
});

test('a clustering saved as a scheme gets its cluster map and exact member lists', async ({
	page
}) => {
	test.setTimeout(120_000);
	await loadDemo(page);
	await page.goto('/clusters');
	await page.getByRole('button', { name: '比较 k = 2 到 10' }).click();
	await expect(page.getByTestId('suggested-k')).toContainText(/建议：k = \d+/, { timeout: 60_000 });
	await page.getByRole('radio', { name: /^3( ★)?$/ }).check();
	await expect(page.getByTestId('cluster-name')).toHaveCount(3);
	await page.getByLabel('方案名称').fill('三类客户');
	await page.getByRole('button', { name: '保存为细分方案' }).click();
	await page.getByTestId('cluster-saved').getByRole('link', { name: '在客户细分页面查看' }).click();
	const nav = page.getByRole('navigation', { name: '细分方案' });
	await nav.getByRole('button', { name: '聚类：三类客户', exact: true }).click();

	const explorer = page.getByTestId('segment-explorer');
	await expect(explorer.getByTestId('cluster-scatter').locator('canvas')).toBeVisible();
	await expect(explorer.getByTestId('cluster-scatter')).toContainText(/绘制 [\d,]+ 位/);
	const expected = numberIn(
		await page
			.getByTestId('class-table')
			.locator('tr[data-class="c1"] [data-testid="class-count"]')
			.innerText()
	);
	await explorer.locator('li[data-class="c1"]').getByRole('button').click();
	await expect(page.getByTestId('member-list')).toHaveAttribute(
		'aria-rowcount',
		String(expected + 1)
	);
	await explorer
		.getByTestId('cluster-scatter')
		.screenshot({ path: 'test-results/screenshots/explorer/cluster-scatter-zh-1280.png' });
});
