import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { loadDemo } from './helpers';

/** Texts the test reads, per interface language. */
const TEXT = {
	'zh-CN': {
		atRisk: '流失风险客户',
		holdout: '对照组比例（%）',
		seed: '随机种子',
		create: '发起活动',
		started: /营销活动“.*”已发起/,
		tooEarly: '为时尚早（已过 0 天，共 60 天）',
		lift: /^复购率 \+[\d.]+ 个百分点（95 % 置信区间 [+−]?[\d.]+ 至 \+[\d.]+）$/,
		export: '导出触达名单（CSV）',
		header: '客户编号,姓名,电话,邮箱,营销活动,行动',
		holdoutList: /对照组：不要联系/,
		uplift: '模拟提升（%）',
		run: '按此提升添加下三个月',
		added: /已加入 [\d,]+ 位新客户/,
		backup: '下载备份',
		restored: /已恢复 [\d,]+ 位客户/,
		scorecard: /流失风险客户的营销活动/
	},
	'en-US': {
		atRisk: 'At risk',
		holdout: 'Hold-out share (%)',
		seed: 'Random seed',
		create: 'Start campaign',
		started: /Campaign “.*” started/,
		tooEarly: 'Too early (0 days of 60)',
		lift: /^\+[\d.]+ percentage points repeat rate \(95 % CI [+−]?[\d.]+ to \+[\d.]+\)$/,
		export: 'Export treated list (CSV)',
		header: 'Customer ID,Name,Phone,Email,Campaign,Action',
		holdoutList: /Hold-out group: do not contact/,
		uplift: 'Simulated uplift (%)',
		run: 'Add the next 3 months with this uplift',
		added: /Added [\d,]+ new customers/,
		backup: 'Download backup',
		restored: /Restored [\d,]+ customers/,
		scorecard: /Campaigns of At risk/
	}
} as const;

type Language = keyof typeof TEXT;

/** The cells of one CSV line (quoted cells may hold commas and doubled quotes). */
function cells(line: string): string[] {
	return [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map(([, cell]) =>
		cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell
	);
}

/** The campaign card's text and its share interval and simulated effect. */
async function card(page: Page) {
	await page.goto('/strategies/evaluation');
	const found = page.getByTestId('campaign-card');
	await expect(found).toHaveCount(1);
	return found;
}

async function downloadTo(page: Page, click: () => Promise<void>, name: string) {
	const waiting = page.waitForEvent('download');
	await click();
	const download = await waiting;
	const path = test.info().outputPath(name);
	await download.saveAs(path);
	return { path, suggested: download.suggestedFilename() };
}

async function freshPage(browser: Browser, language: Language) {
	const context = await browser.newContext({ locale: language });
	return { context, page: await context.newPage() };
}

for (const language of Object.keys(TEXT) as Language[]) {
	const t = TEXT[language];
	test.describe(`campaigns (${language})`, () => {
		test.use({ locale: language });

		test('a campaign on At risk with a 20 % hold-out: export, simulated uplift, measured lift, reload, backup', async ({
			page,
			browser
		}) => {
			test.setTimeout(240_000);
			page.on('dialog', (dialog) => void dialog.accept());
			await loadDemo(page);

			// Start the campaign from the At risk checklist (RFM segments).
			await page.goto('/strategies?scheme=rfm-named');
			const section = page.locator('[data-testid="segment-checklist"][data-class="at-risk"]');
			await expect(section.getByRole('heading', { name: t.atRisk })).toBeVisible();
			await section.getByTestId('start-campaign').click();
			const dialog = page.getByTestId('campaign-dialog');
			await dialog.getByLabel(t.holdout).fill('20');
			// A fixed seed, so the split and so the measured result are the same on every run.
			await dialog.getByLabel(t.seed).fill('2026');
			const groups = dialog.getByTestId('campaign-groups');
			const membersRow = groups.locator('tr[data-row="members"] td');
			await expect(membersRow.nth(1)).not.toHaveText('');
			const members = Number(
				(await dialog.getByTestId('campaign-members').innerText()).replace(/[^\d]/g, '')
			);
			await expect
				.poll(async () => Number((await membersRow.nth(1).innerText()).replace(/[^\d]/g, '')))
				.toBe(Math.round(members * 0.2));
			const treated = members - Math.round(members * 0.2);
			expect(Number((await membersRow.nth(0).innerText()).replace(/[^\d]/g, ''))).toBe(treated);
			await dialog.getByRole('button', { name: t.create }).click();
			await expect(dialog.getByText(t.started)).toBeVisible();

			const before = await card(page);
			await expect(before.getByTestId('campaign-verdict')).toHaveText(t.tooEarly);

			// The treated list: one line per treated member, with the contact columns.
			const file = await downloadTo(
				page,
				() => before.getByRole('button', { name: t.export }).click(),
				'treated.csv'
			);
			expect(file.suggested).toMatch(/^kequn-campaign-.*-treated\.csv$/);
			const csv = readFileSync(file.path, 'utf8');
			expect(csv.startsWith('\uFEFF')).toBe(true);
			const lines = csv.slice(1).trimEnd().split('\r\n');
			expect(lines[0]).toBe(t.header);
			expect(lines).toHaveLength(treated + 1);
			const rows = lines.slice(1).map(cells);
			const treatedIds = rows.map((row) => row[0]);
			expect(new Set(treatedIds).size).toBe(treated);
			// Phone and email where the demo knows them.
			expect(rows.some((row) => /\d{7,}/.test(row[2].replace(/\D/g, '')))).toBe(true);
			expect(rows.some((row) => row[3].includes('@'))).toBe(true);
			// The hold-out list is shown as "do not contact" and shares nobody with the export.
			await before.locator('summary', { hasText: t.holdoutList }).click();
			const held = before.getByTestId('campaign-holdout-list').locator('li small');
			await expect(held).toHaveCount(members - treated);
			const heldIds = await held.allInnerTexts();
			expect(heldIds.filter((id) => treatedIds.includes(id))).toEqual([]);

			// The demo's next period with a 20 % simulated uplift for treated members.
			await page.getByLabel(t.uplift).fill('20');
			await page.getByRole('button', { name: t.run }).click();
			await expect(page.getByText(t.added)).toBeVisible({ timeout: 60_000 });

			const after = await card(page);
			const verdict = after.getByTestId('campaign-verdict');
			await expect(verdict).toHaveText(t.lift);
			const interval = after.getByTestId('campaign-interval');
			const low = Number(await interval.getAttribute('data-low'));
			const high = Number(await interval.getAttribute('data-high'));
			const effect = Number(
				await after.getByTestId('campaign-simulated').getAttribute('data-effect')
			);
			// The simulation's true effect on the share who ordered (added buyers / treated) lies
			// in the measured 95 % interval, which the card shows in percentage points.
			expect(effect).toBeGreaterThan(0);
			expect(low).toBeLessThanOrEqual(effect);
			expect(high).toBeGreaterThanOrEqual(effect);
			const shown = await after.innerText();

			// The segment's scorecard line shows the campaign's result.
			await expect(
				page.getByTestId('scorecard-campaigns').filter({ hasText: t.scorecard })
			).toContainText(await verdict.innerText());

			await page.reload();
			expect(await (await card(page)).innerText()).toBe(shown);

			// A backup restored on a fresh profile shows the same campaign and result.
			await page.goto('/settings');
			const backup = await downloadTo(
				page,
				() => page.getByRole('button', { name: t.backup }).click(),
				'backup.kequn'
			);
			const fresh = await freshPage(browser, language);
			fresh.page.on('dialog', (dialog) => void dialog.accept());
			await fresh.page.goto('/settings');
			await fresh.page.getByTestId('restore-input').setInputFiles(backup.path);
			await expect(fresh.page.getByText(t.restored)).toBeVisible({ timeout: 60_000 });
			expect(await (await card(fresh.page)).innerText()).toBe(shown);
			await fresh.context.close();
		});
	});
}

test('campaigns start from a filtered customer list and from the explorer, with exactly their members', async ({
	page
}) => {
	test.setTimeout(180_000);
	await loadDemo(page);

	// The customer list filtered to net value ≥ 10,000.
	await page.goto('/customers');
	await expect(page.getByTestId('customer-list')).toBeVisible();
	await page.getByTestId('list-filters').locator('summary').click();
	await page.getByRole('button', { name: '添加筛选条件' }).click();
	const filter = page.getByTestId('field-filter');
	await filter.getByRole('combobox', { name: /^字段/ }).selectOption('netValue');
	await filter.getByRole('combobox', { name: /^条件/ }).selectOption('>=');
	await filter.getByLabel('值', { exact: true }).fill('10000');
	const start = page.getByRole('button', { name: /^为这 [\d,]+ 位客户发起营销活动$/ });
	await expect(start).toBeVisible();
	const matching = Number((await start.innerText()).replace(/[^\d]/g, ''));
	await start.click();
	const dialog = page.getByTestId('campaign-dialog');
	await expect(dialog.getByTestId('campaign-members')).toHaveText(
		`目前共 ${matching.toLocaleString('en')} 位成员`
	);
	// 10 % of fewer than 300 members is below the stated minimum of 30 per group.
	expect(matching).toBeLessThan(300);
	await expect(dialog.getByRole('alert')).toHaveText(
		'成员太少，无法得出可测量的结果：每组至少需要 30 位成员。'
	);
	await expect(dialog.getByRole('button', { name: '发起活动' })).toBeDisabled();
	await dialog.getByLabel('对照组比例（%）').fill('20');
	await dialog.getByRole('button', { name: '发起活动' }).click();
	await expect(dialog.getByRole('status')).toContainText('已发起');
	await dialog.getByRole('button', { name: '关闭' }).click();

	// The explorer's Champions.
	await page.goto('/segments');
	const explorer = page.getByTestId('segment-explorer');
	await expect(explorer.getByTestId('segment-cards')).toBeVisible({ timeout: 60_000 });
	await explorer.locator('li[data-class="champions"]').getByRole('button').click();
	const champions = Number(
		(await page.getByTestId('member-count').innerText()).replace(/[^\d]/g, '')
	);
	await page.locator('#segment-members').getByTestId('start-campaign').click();
	await expect(dialog.getByTestId('campaign-members')).toHaveText(
		`目前共 ${champions.toLocaleString('en')} 位成员`
	);
	await dialog.getByLabel('对照组比例（%）').fill('25');
	await dialog.getByRole('button', { name: '发起活动' }).click();
	await expect(dialog.getByRole('status')).toContainText('已发起');

	await page.goto('/strategies/evaluation');
	const cards = page.getByTestId('campaign-card');
	await expect(cards).toHaveCount(2);
	// Newest first: Champions (25 % held out), then the filtered list (20 %).
	const held = (count: number, share: number) => Math.round(count * share);
	const split = (count: number, share: number) =>
		`触达 ${(count - held(count, share)).toLocaleString('en')} 人，对照 ${held(count, share)} 人`;
	await expect(cards.nth(0)).toContainText('客群：');
	await expect(cards.nth(0)).toContainText('冠军客户');
	await expect(cards.nth(0)).toContainText(split(champions, 0.25));
	await expect(cards.nth(1)).toContainText('客户列表：净消费额 ≥ 10000');
	await expect(cards.nth(1)).toContainText(split(matching, 0.2));
});
