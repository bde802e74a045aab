import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { loadDemo } from './helpers';

/**
 * Who went from which class to which between the two stored runs, read straight from IndexedDB
 * (not through the app's code): `${from}>${to}` → customer ids, '+new' / '-gone' at the edges.
 */
async function movesFromStore(page: Page, schemeId: string): Promise<Record<string, string[]>> {
	return page.evaluate(async (scheme) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('kequn');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const all = <T>(store: string) =>
			new Promise<T[]>((resolve, reject) => {
				const request = db.transaction(store).objectStore(store).getAll();
				request.onsuccess = () => resolve(request.result as T[]);
				request.onerror = () => reject(request.error);
			});
		type Run = {
			id: string;
			createdAt: number;
			schemes: { schemeId: string; classes: { id: string }[] }[];
		};
		type Assignment = {
			runId: string;
			customerIds: string[];
			classIndex: Record<string, Uint8Array>;
		};
		const runs = (await all<Run>('runs')).sort((a, b) => a.createdAt - b.createdAt);
		const assignments = await all<Assignment>('runAssignments');
		db.close();
		const classOf = (run: Run) => {
			const assignment = assignments.find((item) => item.runId === run.id)!;
			const classes = run.schemes.find((item) => item.schemeId === scheme)!.classes;
			const index = assignment.classIndex[scheme];
			return new Map(assignment.customerIds.map((id, i) => [id, classes[index[i]].id]));
		};
		const before = classOf(runs[runs.length - 2]);
		const after = classOf(runs[runs.length - 1]);
		const moves: Record<string, string[]> = {};
		const add = (key: string, id: string) => (moves[key] ??= []).push(id);
		for (const [id, to] of after) add(`${before.get(id) ?? '+new'}>${to}`, id);
		for (const [id, from] of before) if (!after.has(id)) add(`${from}>-gone`, id);
		return moves;
	}, schemeId);
}

test('the migration matrix equals a direct comparison of the two runs; a cell lists exactly its customers', async ({
	page
}) => {
	// Both runs record themselves: one after the demo load, one after its next period.
	await loadDemo(page);
	await page.goto('/monitor');
	await expect(page.getByText('已有一次运行')).toBeVisible();

	await page.goto('/');
	await page.getByRole('button', { name: '加入示例企业接下来 3 个月的数据' }).click();
	await expect(page.getByText(/已加入 \d+ 位新客户/)).toBeVisible({ timeout: 30_000 });

	await page.goto('/monitor');
	await expect(page.getByLabel('细分方案')).toHaveValue('rfm-named');
	const matrix = page.getByTestId('migration-matrix');
	await expect(matrix).toBeVisible();
	const cells = await matrix.getByTestId('migration-cell').evaluateAll((buttons) =>
		buttons.map((button) => ({
			key: `${button.getAttribute('data-from')}>${button.getAttribute('data-to')}`,
			count: Number(button.querySelector('strong')?.textContent?.replace(/[^\d]/g, ''))
		}))
	);
	const shown = Object.fromEntries(cells.map((cell) => [cell.key, cell.count]));

	const moves = await movesFromStore(page, 'rfm-named');
	const expected = Object.fromEntries(Object.entries(moves).map(([key, ids]) => [key, ids.length]));
	expect(shown).toEqual(expected);
	expect(Object.keys(expected).some((key) => key.startsWith('+new>'))).toBe(true);

	// A cell of movers (not the diagonal) small enough to be listed in full.
	const [key, ids] = Object.entries(moves)
		.filter(([cell, members]) => {
			const [from, to] = cell.split('>');
			return from !== to && !from.startsWith('+') && members.length <= 200;
		})
		.sort((a, b) => b[1].length - a[1].length)[0];
	const [from, to] = key.split('>');
	await matrix
		.locator(`[data-testid="migration-cell"][data-from="${from}"][data-to="${to}"]`)
		.click();
	const moved = page.getByTestId('moved-customers');
	await expect(moved.getByTestId('moved-count')).toContainText(`共 ${ids.length} 位客户`);
	const listed = await moved.getByTestId('moved-customer').locator('a').allInnerTexts();
	expect([...listed].sort()).toEqual([...ids].sort());

	const download = page.waitForEvent('download');
	await moved.getByRole('button', { name: '导出 CSV' }).click();
	const csv = readFileSync(await (await download).path(), 'utf8');
	const exported = csv
		.replace(/^\uFEFF/, '')
		.trim()
		.split('\r\n')
		.slice(1)
		.map((line) => line.split(',')[0]);
	expect(exported.sort()).toEqual([...ids].sort());

	// The trend has one column per stored run.
	const trend = page.getByTestId('trend-table');
	await expect(trend.locator('thead th')).toHaveCount(3);
});
