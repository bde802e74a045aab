import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { loadDemo } from './helpers';

/** Load the demo and store one segmentation run (RFM segments as the primary scheme). */
async function demoWithRun(page: Page): Promise<void> {
	await loadDemo(page);
	await page.goto('/segments');
	await page.getByRole('button', { name: '运行并保存' }).click();
	await expect(page.getByText('已保存本次运行')).toBeVisible();
}

const champions = (page: Page) =>
	page.locator('[data-testid="segment-checklist"][data-class="champions"]');

async function itemTexts(section: Locator): Promise<string[]> {
	return section.getByTestId('checklist-item').locator('.text').allInnerTexts();
}

/** Number of pages in a PDF (its page objects). */
function pdfPages(pdf: Buffer): number {
	return pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}

test('checklists: owners, edits, ticks and order survive a reload, print on as few pages as they need, export and back up', async ({
	page
}) => {
	page.on('dialog', (dialog) => void dialog.accept());
	await demoWithRun(page);
	await page.goto('/strategies');
	const section = champions(page);
	await expect(section.getByRole('heading', { name: '冠军客户' })).toBeVisible();
	// Seeded from the top-value template.
	expect(await itemTexts(section)).toEqual([
		'指定专属联系人',
		'提供优先服务',
		'提供新品抢先体验和专属活动',
		'发出推荐邀请',
		'邀请客户写评价'
	]);

	await section.getByLabel('细分负责人').fill('王经理');
	await section.getByLabel('细分负责人').press('Tab');
	await section.getByRole('checkbox', { name: '指定专属联系人' }).check();
	await expect(section.getByTestId('progress')).toHaveText('已完成 1/5');

	await section.getByRole('button', { name: '编辑“提供优先服务”' }).click();
	await section.getByLabel('行动', { exact: true }).fill('提供 VIP 优先服务');
	await section.getByTestId('checklist-item').getByLabel('负责人', { exact: true }).fill('李雷');
	await section.getByTestId('checklist-item').getByLabel('截止日期').fill('2026-12-31');
	await section.getByRole('button', { name: '保存' }).click();
	await expect(section.getByText('负责人：李雷')).toBeVisible();

	// A new action whose text looks like a formula: the export must defuse it.
	await section.getByLabel('新行动').fill('=1+1 寄送感谢卡');
	await section.locator('form.add').getByLabel('负责人').fill('张伟');
	await section.getByRole('button', { name: '添加' }).click();
	await expect(section.getByTestId('checklist-item')).toHaveCount(6);
	await section.getByRole('button', { name: '上移“=1+1 寄送感谢卡”' }).click();
	const expected = [
		'指定专属联系人',
		'提供 VIP 优先服务',
		'提供新品抢先体验和专属活动',
		'发出推荐邀请',
		'=1+1 寄送感谢卡',
		'邀请客户写评价'
	];
	await expect.poll(() => itemTexts(section)).toEqual(expected);
	await expect(
		page.getByTestId('checklist-overview').getByRole('row', { name: /冠军客户/ })
	).toContainText('王经理');

	// Print: a title and date, then the checklists flowing on (no page per segment).
	await page.emulateMedia({ media: 'print' });
	const sections = page.getByTestId('segment-checklist');
	const count = await sections.count();
	expect(count).toBeGreaterThan(5);
	const breaks = await sections.evaluateAll((elements) =>
		elements.map((element) => getComputedStyle(element).breakBefore)
	);
	expect(breaks.filter((value) => value === 'page')).toEqual([]);
	await expect(page.getByTestId('print-title')).toBeVisible();
	await expect(page.getByTestId('print-title')).toContainText(/策略清单：.+打印于 \d{4}/s);
	await expect(page.getByRole('button', { name: '打印' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
	const pages = pdfPages(await page.pdf({ format: 'A4' }));
	expect(pages).toBeGreaterThan(0);
	expect(pages).toBeLessThan(count / 2);
	await page.emulateMedia({ media: 'screen' });

	await page.reload();
	await expect(section.getByLabel('细分负责人')).toHaveValue('王经理');
	await expect(section.getByRole('checkbox', { name: '指定专属联系人' })).toBeChecked();
	expect(await itemTexts(section)).toEqual(expected);
	await expect(section.getByText('负责人：李雷')).toBeVisible();

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: '导出 CSV' }).click();
	const csv = readFileSync(await (await download).path(), 'utf8');
	expect(csv).toContain('冠军客户,王经理,2,提供 VIP 优先服务,李雷,2026-12-31,未完成,');
	expect(csv).toContain("冠军客户,王经理,5,'=1+1 寄送感谢卡,张伟,,未完成,");
	expect(csv).toMatch(/冠军客户,王经理,1,指定专属联系人,,,已完成,\d{4}-\d\d-\d\d/);

	// Backup on the Settings page, delete everything, restore: the checklist is back.
	await page.goto('/settings');
	const backup = page.waitForEvent('download');
	await page.getByRole('button', { name: '下载备份' }).click();
	const backupPath = test.info().outputPath('backup.kequn');
	await (await backup).saveAs(backupPath);
	await page.getByRole('button', { name: '删除我的全部数据' }).click();
	await expect(page.getByText('全部数据已删除。')).toBeVisible();
	await page.goto('/strategies');
	await expect(page.getByText('请先保存一次细分运行')).toBeVisible();
	await page.goto('/settings');
	await page.getByTestId('restore-input').setInputFiles(backupPath);
	await expect(page.getByText(/已恢复 2,000 位客户/)).toBeVisible({ timeout: 30_000 });
	await page.goto('/strategies');
	await expect(section.getByLabel('细分负责人')).toHaveValue('王经理');
	await expect(section.getByRole('checkbox', { name: '指定专属联系人' })).toBeChecked();
	expect(await itemTexts(section)).toEqual(expected);
});

test('the scorecard covers every customer and warns about segments without an owner', async ({
	page
}) => {
	await demoWithRun(page);
	await page.goto('/strategies');
	await champions(page).getByLabel('细分负责人').fill('王经理');
	await champions(page).getByLabel('细分负责人').press('Tab');
	await expect(
		page.getByTestId('checklist-overview').getByRole('row', { name: /冠军客户/ })
	).toContainText('王经理');

	await page.getByRole('link', { name: '5 · 细分评估' }).click();
	const card = page.getByTestId('scorecard');
	await expect(card).toBeVisible();
	const sizes = (await card.getByTestId('scorecard-customers').allInnerTexts()).map((text) =>
		Number(text.replace(/[^\d]/g, ''))
	);
	expect(sizes.reduce((a, b) => a + b, 0)).toBe(2000);
	await expect(page.getByTestId('scheme-stability')).toContainText('保存两次后才会显示稳定性');
	const verdict = (classId: string) => card.locator(`tr.verdict[data-class="${classId}"]`);
	await expect(verdict('champions')).not.toContainText('没有负责人');
	await expect(verdict('loyal')).toContainText('没有负责人');
	// Raising the size threshold to 20 % marks the champions (about 14 %) as too small.
	await page.getByText('何时提示').click();
	await page.getByLabel('规模过小：低于（客户占比 %）').fill('20');
	await page.getByLabel('规模过小：低于（客户占比 %）').press('Enter');
	await expect(verdict('champions')).toContainText('规模过小');
});

test('the profile lists the next actions of the customer’s segment and records one, offline', async ({
	page,
	context
}) => {
	await demoWithRun(page);
	await page.goto('/customers/C00001');
	const actions = page.getByTestId('next-actions');
	await expect(actions).toBeVisible();
	const segment = await page.getByTestId('next-actions-segment').innerText();
	expect(segment).toContain('RFM 细分');
	const first = actions.getByTestId('next-action').first();
	const action = await first.locator('.text').innerText();

	await context.setOffline(true);
	await page.getByLabel('完成方式').selectOption('call');
	await first.getByRole('button', { name: `记录已为该客户完成“${action}”` }).click();
	await expect(page.getByRole('status').filter({ hasText: '已在本设备上记录' })).toBeVisible();
	await expect(page.locator('.interactions li').first()).toContainText(`已完成行动：${action}`);
	await expect(page.locator('.interactions li').first()).toContainText('电话');
	await expect(first).toContainText('已于');
	await context.setOffline(false);

	await page.reload();
	await expect(page.getByTestId('next-action').first()).toContainText('已于');
});
