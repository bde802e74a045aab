import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

/** The cells of a CSV exported by the app (BOM, CRLF, RFC 4180 quotes), header first. */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	const body = text.replace(/^\uFEFF/, '');
	for (let i = 0; i < body.length; i++) {
		const char = body[i];
		if (quoted && char === '"' && body[i + 1] === '"') {
			cell += '"';
			i++;
		} else if (char === '"') quoted = !quoted;
		else if (!quoted && char === ',') {
			row.push(cell);
			cell = '';
		} else if (!quoted && char === '\r' && body[i + 1] === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			i++;
		} else cell += char;
	}
	if (cell !== '' || row.length > 0) rows.push([...row, cell]);
	return rows;
}

/** Click a button that downloads a file; its text. */
export async function downloadText(page: Page, button: Locator): Promise<string> {
	const [download]: [Download, void] = await Promise.all([
		page.waitForEvent('download'),
		button.click()
	]);
	return readFile((await download.path())!, 'utf8');
}

/** Every customer id of a virtual customer table, scrolled through from top to bottom. */
export async function idsOfVirtualTable(table: Locator): Promise<string[]> {
	await expect(table.getByRole('cell').first()).toBeVisible();
	return table.locator('[role="rowgroup"]').evaluate(async (viewport: HTMLElement) => {
		const ids = new Map<number, string>();
		const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
		const total = Number(viewport.closest('[role="table"]')?.getAttribute('aria-rowcount')) - 1;
		for (let top = 0, guard = 0; guard < 10_000; guard++) {
			viewport.scrollTop = top;
			// Wait until every row in view has its data (fetched from the worker page by page).
			for (let tries = 0; tries < 200; tries++) {
				await frame();
				const rows = [...viewport.querySelectorAll('[role="row"]')];
				if (rows.every((row) => row.querySelector('a'))) break;
			}
			for (const row of viewport.querySelectorAll('[role="row"]')) {
				const link = row.querySelector('a');
				if (link) ids.set(Number(row.getAttribute('aria-rowindex')), link.textContent ?? '');
			}
			if (ids.size >= total || top >= viewport.scrollHeight) break;
			top += viewport.clientHeight;
		}
		return [...ids.entries()].sort((a, b) => a[0] - b[0]).map(([, id]) => id);
	});
}

/** The number in a text such as "该细分共 1,234 位客户". */
export const numberIn = (text: string): number =>
	Number(/[\d,]+/.exec(text)?.[0].replace(/,/g, ''));
