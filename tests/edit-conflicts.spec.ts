import { expect, test, type Page } from '@playwright/test';
import { loadDemo } from './helpers';
import { checkAndImport, chooseImportFile } from './import-helpers';

/**
 * Two tabs of one browser: an edit form left open while another tab imports new attributes of
 * the same customer. Saving saves only what was typed, over the record as stored then; a field
 * both changed is shown with both values to choose from.
 */

const ID = 'C00002';

/** Import a customer file (id, city, email, phone) in a tab. */
async function importAttributes(page: Page, row: string) {
	await chooseImportFile(page, {
		name: 'customers.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(`customer_id,city,email,phone\n${row}\n`)
	});
	await checkAndImport(page);
}

async function storedAttributes(page: Page) {
	await page.goto(`/customers/${ID}`);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	return page.locator('dl').first().innerText();
}

async function openEditForm(page: Page) {
	await page.goto(`/customers/${ID}`);
	await page.getByRole('button', { name: '编辑属性' }).click();
}

test('an open edit form keeps what another tab imported meanwhile', async ({ context }) => {
	const tabA = await context.newPage();
	await loadDemo(tabA);
	const tabB = await context.newPage();
	await openEditForm(tabB);
	await tabB
		.getByTestId('customer-edit')
		.getByRole('textbox', { name: '电话' })
		.fill('13900000002');

	await importAttributes(tabA, `${ID},宁波,new-city@example.cn,`);

	await tabB.getByTestId('customer-edit').getByRole('button', { name: '保存' }).click();
	await expect(tabB.getByRole('button', { name: '编辑属性' })).toBeVisible();
	const stored = await storedAttributes(tabA);
	expect(stored).toContain('宁波');
	expect(stored).toContain('new-city@example.cn');
	expect(stored).toContain('13900000002');
});

test('a field changed in both tabs shows both values and keeps the one chosen', async ({
	context
}) => {
	const tabA = await context.newPage();
	await loadDemo(tabA);
	const tabB = await context.newPage();
	await openEditForm(tabB);
	await tabB.getByTestId('customer-edit').getByRole('textbox', { name: '城市' }).fill('温州');
	await tabB
		.getByTestId('customer-edit')
		.getByRole('textbox', { name: '电话' })
		.fill('13900000002');

	await importAttributes(tabA, `${ID},宁波,new-city@example.cn,`);

	await tabB.getByTestId('customer-edit').getByRole('button', { name: '保存' }).click();
	const conflicts = tabB.getByTestId('edit-conflicts');
	await expect(conflicts).toContainText('期间保存的值： 宁波');
	await expect(conflicts).toContainText('您填写的值： 温州');
	// The fields not edited in this tab now show what the import stored.
	await expect(
		tabB.getByTestId('customer-edit').getByRole('textbox', { name: '邮箱' })
	).toHaveValue('new-city@example.cn');
	await tabB.screenshot({ path: test.info().outputPath('edit-conflict.png'), fullPage: true });
	// Nothing was written by the refused save: the phone typed is not stored yet.
	expect(await storedAttributes(tabA)).not.toContain('13900000002');

	await conflicts.getByRole('radio', { name: /期间保存的值/ }).check();
	await tabB.getByTestId('customer-edit').getByRole('button', { name: '保存' }).click();
	await expect(tabB.getByRole('button', { name: '编辑属性' })).toBeVisible();
	const stored = await storedAttributes(tabA);
	expect(stored).toContain('宁波');
	expect(stored).not.toContain('温州');
	expect(stored).toContain('new-city@example.cn');
	expect(stored).toContain('13900000002');
});
