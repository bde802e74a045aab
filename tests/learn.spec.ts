import { expect, test, type Page } from '@playwright/test';

/** The steps of the guided path, in order, and where their screenshots go. */
const STEPS = ['goal', 'data', 'measures', 'schemes', 'evaluate', 'strategy', 'monitor'];
const TRADES = ['retail', 'b2b', 'bank', 'travel'] as const;
const SHOTS = 'test-results/screenshots/learn';
/** The element each step outlines on its screen (`data-learn`). */
const TARGETS: Record<string, string> = {
	goal: 'goal',
	data: 'data',
	measures: 'rfm-cuts',
	schemes: 'schemes',
	evaluate: 'class-table',
	strategy: 'strategies',
	monitor: 'monitor'
};

/** Choose a trade and the classroom size on the learn page and load it. */
async function loadFromGuide(page: Page, trade: string): Promise<void> {
	await page.goto('/learn');
	const picker = page.getByTestId('demo-picker');
	await picker.locator('select').first().selectOption(trade);
	await picker.locator('select').nth(1).selectOption('300');
	await picker.getByRole('button', { name: /^(加载此示例|Load this demo)$/ }).click();
	await expect(page.getByTestId('demo-current')).toContainText('300', { timeout: 60_000 });
}

async function classCounts(page: Page): Promise<number[]> {
	const cells = await page.getByTestId('class-count').allInnerTexts();
	return cells.map((text) => Number(text.replace(/[^\d]/g, '')));
}

/** Wait until the guide has outlined the step's element, and check it is the right one. */
async function expectStep(page: Page, id: string): Promise<void> {
	await expect(page.getByTestId('learn-card')).toHaveAttribute('data-step', id);
	const active = page.locator(`[data-learn-active="${id}"]`);
	await expect(active).toBeVisible({ timeout: 20_000 });
	await expect(active).toHaveAttribute('data-learn', TARGETS[id]);
}

for (const locale of ['zh', 'en'] as const) {
	test.describe(`guided path in ${locale}`, () => {
		test.use({
			locale: locale === 'zh' ? 'zh-CN' : 'en-GB',
			viewport: { width: 1366, height: 900 }
		});

		for (const trade of TRADES) {
			test(`runs from the first step to the last on the ${trade} demo`, async ({ page }) => {
				await loadFromGuide(page, trade);
				await page.screenshot({ path: `${SHOTS}/${locale}-${trade}-0-guide.png` });
				await page.getByTestId('open-step').click();
				for (const [i, id] of STEPS.entries()) {
					await expectStep(page, id);
					if (id === 'evaluate') {
						// Saving the run is what the strategies and monitoring steps work from.
						await page.getByRole('button', { name: /^(运行并保存|Run and save)$/ }).click();
						await expect(page.getByText(/已保存本次运行|Run saved/)).toBeVisible();
					}
					await page.waitForTimeout(600); // let the scroll and charts settle for the picture
					await page.screenshot({ path: `${SHOTS}/${locale}-${trade}-${i + 1}-${id}.png` });
					await page.getByTestId('learn-next').click();
				}
				await expect(page).toHaveURL(/\/learn$/);
				// The path remembers where it was: the last step is the current one.
				await expect(page.getByTestId('step-panel')).toContainText(/第 7 步|Step 7 of 7/);
			});
		}
	});
}

test('at the RFM step a cut point changes the counts; reset returns to the first load', async ({
	page
}) => {
	await loadFromGuide(page, 'b2b');
	await page.goto('/segments?learn=schemes');
	await expectStep(page, 'schemes');
	await expect.poll(() => classCounts(page)).not.toEqual([]);
	const firstLoad = await classCounts(page);
	expect(firstLoad.reduce((a, b) => a + b, 0)).toBe(300);

	await page.goto('/segments?learn=measures');
	await expectStep(page, 'measures');
	await expect(page.getByRole('heading', { level: 2, name: 'RFM 评分' })).toBeVisible();
	const before = await classCounts(page);
	const recency20 = page.locator('[data-learn="rfm-cuts"] input[type="number"]').first();
	const original = Number(await recency20.inputValue());
	await recency20.fill(String(Math.round(original * 3 + 30)));
	await recency20.press('Enter');
	await expect.poll(() => classCounts(page)).not.toEqual(before);
	await page.getByRole('button', { name: '运行并保存' }).click();
	const saved = page.getByText('已保存本次运行');
	await expect(saved).toBeVisible();
	// The guide's card never covers the confirmation: what is drawn at its centre is the text.
	for (const edge of ['end', 'center', 'start'] as const) {
		await saved.evaluate((element, block) => element.scrollIntoView({ block }), edge);
		await expect
			.poll(() =>
				saved.evaluate((element) => {
					const box = element.getBoundingClientRect();
					const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
					return hit !== null && element.contains(hit);
				})
			)
			.toBe(true);
	}

	await page.goto('/segments?learn=schemes');
	await expectStep(page, 'schemes');
	await expect.poll(() => classCounts(page)).not.toEqual(firstLoad);
	await expect(page.getByTestId('last-run')).toBeVisible();

	await page.goto('/learn');
	await page.getByRole('button', { name: '重置为干净的示例' }).click();
	await expect(page.getByRole('status').filter({ hasText: '示例数据已加载' })).toBeVisible({
		timeout: 60_000
	});
	await page.goto('/segments?learn=schemes');
	await expectStep(page, 'schemes');
	await expect.poll(() => classCounts(page)).toEqual(firstLoad);
	// The saved run went with the old data; only the fresh demo's automatic run is stored.
	const runs = await page.evaluate(
		() =>
			new Promise<{ automatic?: boolean }[]>((resolve, reject) => {
				const request = indexedDB.open('kequn');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const all = request.result.transaction('runs').objectStore('runs').getAll();
					all.onsuccess = () => (request.result.close(), resolve(all.result));
					all.onerror = () => reject(all.error);
				};
			})
	);
	expect(runs.map((run) => run.automatic === true)).toEqual([true]);
});

test('the demo of a trade loads from the home screen too', async ({ page }) => {
	await page.goto('/');
	const picker = page.getByTestId('demo-picker');
	await picker.locator('select').first().selectOption('bank');
	await picker.locator('select').nth(1).selectOption('300');
	await picker.getByRole('button', { name: '加载此示例' }).click();
	await expect(page.getByTestId('stat-customers')).toContainText('300', { timeout: 60_000 });
	await page.goto('/segments');
	const nav = page.getByRole('navigation', { name: '细分方案' });
	await nav.getByRole('button', { name: '特征：客户类型' }).click();
	await expect(page.getByTestId('class-table')).toContainText('退休客户');
	await nav.getByRole('button', { name: '信用风险', exact: true }).click();
	await expect(page.getByTestId('class-table')).toContainText('高风险');
});

test('explanations open and close from the keyboard; presentation mode is kept', async ({
	page
}) => {
	await loadFromGuide(page, 'retail');
	await page.goto('/segments');
	const explain = page.locator('[data-explain="rfm-named"] button[aria-expanded]');
	await expect(explain).toHaveAttribute('aria-expanded', 'false');
	await explain.focus();
	await page.keyboard.press('Enter');
	await expect(explain).toHaveAttribute('aria-expanded', 'true');
	await expect(page.getByRole('region', { name: '说明：RFM 细分' })).toContainText('冠军客户');
	await page.keyboard.press('Escape');
	await expect(explain).toHaveAttribute('aria-expanded', 'false');
	await expect(explain).toBeFocused();
	await expect(page.getByRole('region', { name: '说明：RFM 细分' })).toBeHidden();

	const toggle = page.getByRole('button', { name: '演示模式' });
	await toggle.focus();
	await page.keyboard.press('Enter');
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('html')).toHaveClass(/presentation/);
	const size = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
	expect(await size()).toBe('20px');
	await page.reload();
	await expect(page.locator('html')).toHaveClass(/presentation/);
	await page.getByRole('button', { name: '演示模式' }).click();
	expect(await size()).toBe('16px');
});
