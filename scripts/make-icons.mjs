/** Renders the PNG app icons from the SVGs in static/icons (run by hand when the icon changes). */
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.mjs';

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const jobs = [
	['icon.svg', 'icon-192.png', 192],
	['icon.svg', 'icon-512.png', 512],
	['maskable.svg', 'maskable-512.png', 512]
];
for (const [source, target, size] of jobs) {
	const page = await browser.newPage({ viewport: { width: size, height: size } });
	const svg = readFileSync(`static/icons/${source}`, 'utf8');
	await page.setContent(
		`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`
	);
	await page.screenshot({ path: `static/icons/${target}`, omitBackground: true });
	await page.close();
}
await browser.close();
