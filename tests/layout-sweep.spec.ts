import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { appendFileSync, mkdirSync, rmSync } from 'node:fs';
import { seriousViolations } from './axe-helpers';
import { loadDemo } from './helpers';
import { layoutProblems } from './layout-checks';

/**
 * Every screen, in both languages, at a laptop, a projector (presentation mode) and a tablet:
 * no sideways page scroll, no text spilling out of its box, no serious accessibility violation.
 * A full-page picture of each is kept in the test artefacts to be looked at.
 */

const SHOTS = 'test-results/screenshots/layout-sweep';

const SIZES = [
	{ name: '1366', width: 1366, height: 900, presentation: false },
	{ name: '1024-presentation', width: 1024, height: 768, presentation: true },
	{ name: '768', width: 768, height: 1024, presentation: false }
] as const;

/** Every screen, with what to wait for before checking (the screen's data is in). */
const SCREENS: { name: string; path: string; ready?: (page: Page) => Promise<void> }[] = [
	{
		name: 'home',
		path: '/',
		ready: (page) => expect(page.getByTestId('pareto-home')).toBeVisible()
	},
	{ name: 'import', path: '/import' },
	{
		name: 'customers',
		path: '/customers',
		ready: (page) =>
			expect(page.getByTestId('customer-list').getByRole('cell').first()).toBeVisible()
	},
	{
		name: 'customer',
		path: '/customers/C00001',
		ready: (page) => expect(page.getByTestId('order-table')).toBeVisible()
	},
	{
		name: 'segments',
		path: '/segments',
		ready: (page) => expect(page.getByTestId('class-table')).toBeVisible()
	},
	{ name: 'value', path: '/value' },
	{ name: 'clusters', path: '/clusters' },
	{ name: 'strategies', path: '/strategies' },
	{ name: 'evaluation', path: '/strategies/evaluation' },
	{
		name: 'monitor',
		path: '/monitor',
		ready: (page) => expect(page.getByTestId('migration-matrix')).toBeVisible()
	},
	{
		name: 'learn',
		path: '/learn',
		ready: (page) => expect(page.getByTestId('step-panel')).toBeVisible()
	},
	{ name: 'settings', path: '/settings' }
];

const BUSY = /加载中…|Loading…|正在计算|Computing|计算中…/;

/** Every axe rule, the experimental ones (label-content-name-mismatch) included. */
const ALL_RULES = axe.getRules().map((rule) => rule.ruleId);

/** Serious and critical violations of every axe rule on the page as it is now. */
const allRuleViolations = (page: Page) =>
	seriousViolations(new AxeBuilder({ page }).withRules(ALL_RULES));

/** A context in one language with the demo loaded and a second period added (so two runs). */
async function demoContext(browser: Browser, language: 'zh' | 'en'): Promise<BrowserContext> {
	const context = await browser.newContext({ locale: language === 'zh' ? 'zh-CN' : 'en-US' });
	const page = await context.newPage();
	await loadDemo(page);
	// The second period records a second run by itself, so Monitoring has a matrix to show.
	await page.getByRole('button', { name: /加入示例企业接下来 3 个月|next 3 months/ }).click();
	await expect(page.getByText(/已加入 \d+ 位新客户|Added \d+ new customers/)).toBeVisible({
		timeout: 60_000
	});
	await page.goto('/monitor');
	await expect(page.getByTestId('migration-matrix')).toBeVisible({ timeout: 60_000 });
	await page.close();
	return context;
}

test('the overflow check finds a cell and a figure that spill out, and passes a scroll box', async ({
	page
}) => {
	await page.setViewportSize({ width: 400, height: 600 });
	await page.setContent(`<main>
		<table style="width:100px;table-layout:fixed"><tr><td style="white-space:nowrap">a-very-long-unbroken-text-value</td></tr></table>
		<div class="card" style="width:80px"><strong style="white-space:nowrap">¥8,380,250.85</strong></div>
		<div class="card" style="width:40px"><strong style="overflow-wrap:anywhere">¥8,380,250.85</strong></div>
		<div class="table-wrap" style="width:100px;overflow-x:auto"><table style="width:600px"><tr><td>wide but scrolling</td></tr></table></div>
	</main>`);
	const problems = await layoutProblems(page);
	expect(problems.some((problem) => problem.startsWith('overflow: td'))).toBe(true);
	expect(problems.some((problem) => problem.startsWith('overflow: div.card'))).toBe(true);
	expect(problems.some((problem) => problem.startsWith('broken figure'))).toBe(true);
	expect(problems.filter((problem) => problem.includes('wide but scrolling'))).toEqual([]);
});

for (const language of ['zh', 'en'] as const) {
	test.describe(`every screen fits (${language})`, () => {
		let context: BrowserContext;

		test.beforeAll(async ({ browser }) => {
			test.setTimeout(180_000);
			context = await demoContext(browser, language);
		});
		test.afterAll(() => context?.close());

		for (const size of SIZES) {
			test(`at ${size.name}`, async () => {
				test.setTimeout(300_000);
				const page = await context.newPage();
				await page.setViewportSize({ width: size.width, height: size.height });
				await page.goto('/settings');
				await page.evaluate(
					(on) => localStorage.setItem('kequn.presentation', on ? 'on' : 'off'),
					size.presentation
				);
				const found: string[] = [];
				mkdirSync(SHOTS, { recursive: true });
				rmSync(`${SHOTS}/${language}-${size.name}-problems.txt`, { force: true });
				for (const screen of SCREENS) {
					await page.goto(screen.path);
					await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
					await expect(page.locator('html')).toHaveClass(
						size.presentation ? /presentation/ : /^(?!.*presentation)/
					);
					await expect(page.getByText(BUSY)).toHaveCount(0, { timeout: 60_000 });
					await screen.ready?.(page);
					// The window's title names the screen in the screen's language.
					await expect(page).toHaveTitle(
						screen.name === 'customer'
							? language === 'zh'
								? '客户档案 · 客群'
								: 'Customer profile · Kequn'
							: `${await page.getByRole('heading', { level: 1 }).innerText()} · ${language === 'zh' ? '客群' : 'Kequn'}`
					);
					// Let charts draw and live regions settle.
					await page.waitForTimeout(400);
					await page.screenshot({
						path: `${SHOTS}/${language}-${size.name}-${screen.name}.png`,
						fullPage: true
					});
					for (const problem of await layoutProblems(page))
						found.push(`${screen.name}: ${problem}`);
					for (const violation of await allRuleViolations(page))
						found.push(`${screen.name}: axe ${violation}`);
					// Kept beside the pictures, so a long run can be read as it goes.
					appendFileSync(`${SHOTS}/${language}-${size.name}-problems.txt`, '');
					for (const problem of found.filter((line) => line.startsWith(`${screen.name}: `)))
						appendFileSync(`${SHOTS}/${language}-${size.name}-problems.txt`, `${problem}\n`);
				}
				await page.close();
				expect(found, found.join('\n')).toEqual([]);
			});
		}
	});
}
