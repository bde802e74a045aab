import { expect, test } from '@playwright/test';
import { numberIn } from './explorer-helpers';
import { loadDemo } from './helpers';

test('exercises check typed answers against the figures the screens show', async ({ page }) => {
	await loadDemo(page);
	// What a learner finds on the screens: the concentration sentence and the class table.
	const sentence = await page.getByTestId('pareto-home').innerText();
	const [, topShare, customerShare] = /前 20 % 的客户贡献了 (\d+) % .*?(\d+) % 的客户贡献了 80 %/
		.exec(sentence)!
		.map(Number);
	await page.goto('/segments');
	const champions = numberIn(
		await page
			.getByTestId('class-table')
			.locator('tr[data-class="champions"] [data-testid="class-count"]')
			.innerText()
	);

	await page.goto('/learn');
	const ask = async (id: string, answer: string) => {
		const exercise = page.getByTestId(`exercise-${id}`);
		await exercise.getByRole('textbox').fill(answer);
		await exercise.getByRole('button', { name: '检查' }).click();
		return page.getByTestId(`verdict-${id}`);
	};
	await expect(await ask('pareto-top', String(topShare + 5))).toHaveText(
		'不太对。提示：首页 → 收入集中度。'
	);
	await expect(await ask('pareto-top', `${topShare} %`)).toContainText('正确');
	await expect(await ask('customers-for-value', String(customerShare))).toContainText('正确');
	await expect(await ask('champions', String(champions - 1))).toContainText('不太对');
	await expect(await ask('champions', champions.toLocaleString('en'))).toContainText('正确');
	await expect(await ask('champions', '很多')).toHaveText('请输入一个数字，例如 42 或 42%。');

	// Keyboard: Enter in the field checks the answer.
	const field = page.getByTestId('exercise-pareto-top').getByRole('textbox');
	await field.fill(String(topShare));
	await field.press('Enter');
	await expect(page.getByTestId('verdict-pareto-top')).toContainText('正确');
});
