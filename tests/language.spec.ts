import { expect, test, type Page } from '@playwright/test';
import { en } from '../src/lib/i18n/messages/en';
import { zh } from '../src/lib/i18n/messages/zh';
import { SCREENS } from './helpers';

const CJK = /[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/;

/** Interface texts of one language that must not be visible in the other (the language switch excepted). */
function foreignTexts(table: Record<string, string>, other: Record<string, string>): string[] {
	return Object.entries(table)
		.filter(([key, text]) => key !== 'lang.switch' && text !== other[key] && text.length > 3)
		.map(([, text]) => text.replace(/\{\w+\}.*$/s, '').trim())
		.filter((text) => text.length > 3);
}

async function visibleText(page: Page): Promise<string> {
	return page.evaluate(() => document.body.innerText);
}

test('switching language leaves no text of the other language on any screen', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: '客户概览' })).toBeVisible();
	await page.getByRole('button', { name: '将界面切换为英文' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Your customers at a glance' })
	).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');

	for (const screen of SCREENS) {
		await page.goto(screen.path);
		await expect(
			page.getByRole('heading', { level: 1, name: screen.en, exact: true })
		).toBeVisible();
		const text = await visibleText(page);
		// The only Chinese allowed in English mode is the switch back to Chinese.
		const withoutSwitch = text.replace(en['lang.switch'], '').replace('简体中文', '');
		expect(withoutSwitch.match(CJK), `${screen.path} shows Chinese`).toBeNull();
	}

	// The choice persists across a reload and a new visit.
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

	await page.getByRole('button', { name: 'Switch the interface to Chinese' }).click();
	for (const screen of SCREENS) {
		await page.goto(screen.path);
		await expect(
			page.getByRole('heading', { level: 1, name: screen.zh, exact: true })
		).toBeVisible();
		const text = await visibleText(page);
		for (const english of foreignTexts(en, zh)) {
			expect(text.includes(english), `${screen.path} shows English “${english}”`).toBe(false);
		}
	}
});

test('the browser language picks the first language', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'en-GB' });
	const page = await context.newPage();
	await page.goto('/');
	await expect(
		page.getByRole('heading', { level: 1, name: 'Your customers at a glance' })
	).toBeVisible();
	await page.goto('/settings');
	// en-GB: the default currency follows the browser's region.
	await expect(page.getByRole('combobox', { name: /Currency/ })).toHaveValue('GBP');
	await context.close();
});
