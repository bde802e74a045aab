import { expect, test } from '@playwright/test';
import { loadDemo } from './helpers';

const numberIn = (text: string) => Number(text.replace(/[^\d]/g, ''));

const LANGUAGES = [
	{
		locale: 'zh',
		compare: '比较 k = 2 到 10',
		overall: /总体一致率 \d+(\.\d)? %/,
		fidelity: /一致率 \d+(\.\d)? %/,
		name: '规则组名称',
		setName: '聚类规则',
		save: '保存为自定义规则',
		saved: '已保存为规则组',
		open: '到“客户细分”页查看',
		totals: '共 2,000 位客户',
		schemes: '细分方案',
		scheme: '自定义规则：聚类规则',
		others: '其他',
		value: '数值'
	},
	{
		locale: 'en',
		compare: 'Compare k = 2 to 10',
		overall: /Overall fidelity \d+(\.\d)? %/,
		fidelity: /Fidelity \d+(\.\d)? %/,
		name: 'Rule set name',
		setName: 'Cluster rules',
		save: 'Save as custom rules',
		saved: 'Saved as the rule set',
		open: 'Open it on the Segments screen',
		totals: '2,000 customers',
		schemes: 'Schemes',
		scheme: 'Custom rules: Cluster rules',
		others: 'Others',
		value: 'Value'
	}
] as const;

for (const language of LANGUAGES) {
	test(`clusters as rules (${language.locale}): rules with fidelity, saved as custom rules, same counts on the Segments screen`, async ({
		page
	}) => {
		await loadDemo(page);
		if (language.locale === 'en')
			await page.evaluate(() => window.localStorage.setItem('kequn.locale', 'en'));
		await page.goto('/clusters');
		await page.getByRole('button', { name: language.compare }).click();

		// Every cluster: its fidelity, at most three rules, each with the customers it matches.
		const panel = page.getByTestId('cluster-rules');
		await expect(panel).toBeVisible({ timeout: 60_000 });
		await expect(page.getByTestId('rules-overall')).toContainText(language.overall);
		const clusters = await page.getByTestId('cluster-size').count();
		await expect(panel.getByTestId('rule-fidelity')).toHaveCount(clusters);
		for (const text of await panel.getByTestId('rule-fidelity').allInnerTexts())
			expect(text).toMatch(language.fidelity);
		const rules = panel.getByTestId('cluster-rule');
		const ruleCount = await rules.count();
		expect(ruleCount).toBeGreaterThanOrEqual(1);
		expect(ruleCount).toBeLessThanOrEqual(3 * clusters);
		const labCounts = await panel
			.getByTestId('rule-customers')
			.evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-customers'))));
		// The rules are disjoint leaves of one tree: they never match more than everyone clustered.
		const clustered = numberIn(
			(await page.getByTestId('cluster-population').innerText()).split(
				language.locale === 'zh' ? '位客户' : ' customers'
			)[0]
		);
		expect(labCounts.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(clustered);

		// Saved as an ordered custom rule set with an explicit "others".
		await page.getByLabel(language.name).fill(language.setName);
		await page.getByRole('button', { name: language.save }).click();
		const saved = page.getByTestId('rules-saved');
		await expect(saved).toContainText(language.saved);
		await saved.getByRole('link', { name: language.open }).click();

		// The Segments screen: the rule set, one class per rule with the lab's counts, then others.
		await expect(page.getByTestId('segment-totals')).toContainText(language.totals);
		const nav = page.getByRole('navigation', { name: language.schemes });
		await nav.getByRole('button', { name: language.scheme, exact: true }).click();
		await expect(page.getByRole('heading', { level: 2, name: language.scheme })).toBeVisible();
		const rows = page.getByTestId('class-table').locator('tbody tr');
		await expect(rows).toHaveCount(ruleCount + 1);
		await expect(rows.last()).toContainText(language.others);
		const counts = (await page.getByTestId('class-count').allInnerTexts()).map(numberIn);
		expect(counts.slice(0, ruleCount)).toEqual(labCounts);
		expect(counts.reduce((a, b) => a + b, 0)).toBe(2000);

		// Editable afterwards: the rule editor holds the rules; moving a limit moves the counts.
		await expect(page.locator('li.rule')).toHaveCount(ruleCount);
		const limit = page
			.locator('li.rule')
			.first()
			.getByLabel(language.value, { exact: true })
			.last();
		await limit.fill('100000');
		await limit.press('Enter');
		await expect
			.poll(async () => (await page.getByTestId('class-count').allInnerTexts()).map(numberIn)[0])
			.not.toBe(counts[0]);
	});
}
