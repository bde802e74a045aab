import { expect, test } from '@playwright/test';
import { loadDemo, SCREENS } from './helpers';

const WIDTHS = [768, 1366] as const;

test('every screen renders in both languages at tablet and laptop width, with no errors and no foreign requests', async ({
	page,
	baseURL
}) => {
	// Forty full-page pictures: more than the default budget on a busy machine.
	test.setTimeout(240_000);
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
	page.on('request', (request) => {
		const origin = new URL(request.url()).origin;
		if (
			!['data:', 'blob:'].some((scheme) => request.url().startsWith(scheme)) &&
			origin !== new URL(baseURL!).origin
		)
			problems.push(`request to ${request.url()}`);
	});

	await loadDemo(page);
	const screens = [...SCREENS, { path: '/customers/C00001', zh: '', en: '' }];
	for (const language of ['zh', 'en'] as const) {
		await page.goto('/settings');
		await page.getByRole('combobox', { name: /语言|Language/ }).selectOption(language);
		for (const width of WIDTHS) {
			await page.setViewportSize({ width, height: width === 768 ? 1024 : 800 });
			for (const screen of screens) {
				await page.goto(screen.path);
				const heading = page.getByRole('heading', { level: 1 });
				if (screen[language]) await expect(heading).toHaveText(screen[language]);
				else await expect(heading).toBeVisible();
				await expect(
					page.getByText(
						/加载中…|Loading…|正在计算仪表盘|Computing the dashboard|计算中…|Computing…/
					)
				).toHaveCount(0, { timeout: 30_000 });
				const name = `${language}-${width}${screen.path.replaceAll('/', '_') || '_home'}`;
				await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
			}
		}
	}
	expect(problems).toEqual([]);
});
