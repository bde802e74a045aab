import { expect, test, type Page } from '@playwright/test';
import { loadDemo } from './helpers';
import { chooseImportFile, startImport, storedCounts } from './import-helpers';

/**
 * One writer at a time: tabs of one browser share the data. A tab's writes wait while another
 * tab imports, and it says so; a tab older than the stored data never writes.
 */

const ID = 'C00002';

/** An order file of `customers` new customers, three orders each (X-prefixed ids). */
function ordersFile(customers: number): Buffer {
	const lines = ['customer_id,order_id,order_date,amount'];
	for (let c = 0; c < customers; c++)
		for (let o = 0; o < 3; o++)
			lines.push(`X${c},X${c}-${o},2025-0${1 + o}-${10 + (c % 18)},${20 + ((c * 7 + o) % 90)}`);
	return Buffer.from(lines.join('\n') + '\n');
}

async function storedAttributes(page: Page) {
	await page.goto(`/customers/${ID}`);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	return page.locator('dl').first().innerText();
}

test('an edit saved while another tab imports waits for it and is kept; the tab says why', async ({
	context
}) => {
	const importing = await context.newPage();
	await loadDemo(importing);
	const before = await storedCounts(importing);
	const editing = await context.newPage();
	await editing.goto(`/customers/${ID}`);
	await editing.getByRole('button', { name: '编辑属性' }).click();
	const form = editing.getByTestId('customer-edit');
	await form.getByRole('textbox', { name: '电话' }).fill('13900000077');

	await chooseImportFile(importing, {
		name: 'orders.csv',
		mimeType: 'text/csv',
		buffer: ordersFile(40_000)
	});
	await importing.getByRole('button', { name: '检查文件' }).click();
	await expect(importing.getByTestId('import-report')).toBeVisible({ timeout: 90_000 });
	await startImport(importing);

	const notice = editing.getByTestId('other-tab-working');
	await expect(notice).toHaveText(/另一个标签页正在导入文件/);
	await editing.screenshot({ path: test.info().outputPath('other-tab-zh.png') });
	await form.getByRole('button', { name: '保存' }).click();

	await expect(importing.getByTestId('import-done')).toBeVisible({ timeout: 90_000 });
	await expect(editing.getByRole('button', { name: '编辑属性' })).toBeVisible({ timeout: 30_000 });
	await expect(notice).toBeHidden();
	expect(await storedAttributes(importing)).toContain('13900000077');
	expect(await storedCounts(importing)).toEqual({
		customers: before.customers + 40_000,
		orders: before.orders + 120_000
	});
});

/** From a page of the app's origin, open the database one schema version later (a newer tab). */
async function upgradeDatabase(page: Page): Promise<void> {
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const probe = indexedDB.open('kequn');
				probe.onsuccess = () => {
					const version = probe.result.version;
					probe.result.close();
					const request = indexedDB.open('kequn', version + 10);
					request.onupgradeneeded = () => request.result.createObjectStore('fromTheFuture');
					request.onsuccess = () => {
						request.result.close();
						resolve();
					};
					request.onerror = () => reject(request.error);
					request.onblocked = () => reject(new Error('blocked: a tab did not close'));
				};
				probe.onerror = () => reject(probe.error);
			})
	);
}

/** Add a note to the customer; returns the message the form shows. */
async function addNote(page: Page, note: string) {
	await page.goto(`/customers/${ID}`);
	await page.getByRole('textbox', { name: '备注' }).fill(note);
	await page.getByRole('button', { name: '保存' }).click();
}

test('a tab older than the database never writes and asks for a reload', async ({ context }) => {
	const old = await context.newPage();
	await loadDemo(old);
	await old.goto(`/customers/${ID}`);
	await expect(old.getByRole('heading', { level: 1 })).toBeVisible();

	const newer = await context.newPage();
	await newer.goto('/settings');
	await upgradeDatabase(newer);
	await newer.close();

	// The open tab let the upgrade through, and says to reload.
	await expect(old.getByRole('alert').filter({ hasText: '请重新加载本页' })).toBeVisible();
	await old.getByRole('textbox', { name: '备注' }).fill('写于旧标签页');
	await old.getByRole('button', { name: '保存' }).click();
	await expect(old.getByRole('alert').filter({ hasText: '未保存' })).toBeVisible();

	// A tab opened now runs the same (older) code: it reads, says so, and writes nothing either.
	const reopened = await context.newPage();
	await reopened.goto('/');
	await expect(reopened.getByTestId('stale-tab')).toBeVisible();
	await reopened.screenshot({ path: test.info().outputPath('stale-tab-zh.png') });
	await addNote(reopened, '再写一次');
	await expect(reopened.getByRole('alert').filter({ hasText: '未保存' })).toBeVisible();
	await reopened.reload();
	await expect(reopened.getByText('写于旧标签页')).toHaveCount(0);
	await expect(reopened.getByText('再写一次')).toHaveCount(0);
	await expect(reopened.getByTestId('stale-tab')).toBeVisible();
});

test.describe('in English', () => {
	test.use({ locale: 'en-GB' });

	test('a tab older than the data says so and offers a reload', async ({ context }) => {
		const page = await context.newPage();
		await loadDemo(page);
		await upgradeDatabase(page);
		await page.goto('/customers');
		const notice = page.getByTestId('stale-tab');
		await expect(notice).toContainText('saves nothing until you reload');
		await expect(notice.getByRole('button', { name: 'Reload' })).toBeVisible();
		await page.screenshot({ path: test.info().outputPath('stale-tab-en.png') });
	});
});
