import { expect, test, type Page } from '@playwright/test';
import { loadDemo } from './helpers';

/**
 * Hand edits written from the page when the origin's storage is full: each says so in the
 * same words as an import does, keeps what was typed, and lands once there is room again.
 */

const FULL = '存储空间已用完';
/**
 * A text larger than the room left, of varied characters (IndexedDB compresses what it stores,
 * so a repeated character would take almost no space).
 */
const BIG = (() => {
	let state = 20_261_202;
	let text = '';
	for (let i = 0; i < 20_000; i++) {
		state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
		text += String.fromCharCode(0x4e00 + ((state >>> 16) % 20_000));
	}
	return text;
})();

/** The origin's quota for this test: room for the app's offline copy, the demo and a run. */
const QUOTA = 30_000_000;

/**
 * Fill what is left of the quota with a database of random bytes, down to the last kilobyte
 * (IndexedDB keeps its own account of the room left, so the filler must be IndexedDB too).
 */
async function fillStorage(page: Page) {
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('filler');
				request.onupgradeneeded = () => request.result.createObjectStore('chunks');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const db = request.result;
					const sizes = [1_000_000, 100_000, 10_000, 1_000];
					let key = 0;
					const next = () => {
						const size = sizes[0];
						if (size === undefined) return resolve(db.close());
						const bytes = new Uint8Array(size);
						for (let at = 0; at < size; at += 65_536)
							crypto.getRandomValues(bytes.subarray(at, at + 65_536));
						const transaction = db.transaction('chunks', 'readwrite');
						transaction.objectStore('chunks').put(bytes, key++);
						transaction.oncomplete = next;
						transaction.onabort = () => {
							sizes.shift();
							next();
						};
					};
					next();
				};
			})
	);
}

/** Room again: the filler goes. */
async function freeStorage(page: Page) {
	await page.evaluate(
		() =>
			new Promise((resolve) => {
				const request = indexedDB.deleteDatabase('filler');
				request.onsuccess = request.onerror = resolve;
			})
	);
}

test('storage full: notes, profile edits, checklists and settings say so and keep the text', async ({
	page,
	baseURL
}) => {
	test.setTimeout(120_000);
	// Chromium enforces a quota override only for connections opened after it: set it first.
	const origin = new URL(baseURL!).origin;
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: QUOTA });
	await loadDemo(page);
	await page.goto('/segments');
	await page.getByRole('button', { name: '运行并保存' }).click();
	await expect(page.getByText('已保存本次运行')).toBeVisible();

	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));

	// A note (an interaction).
	await page.goto('/customers/C00001');
	await fillStorage(page);
	const note = page.getByLabel('备注');
	await note.fill(BIG);
	const interactionForm = page.getByRole('form', { name: '记录一次互动' });
	await interactionForm.getByRole('button', { name: '保存' }).click();
	await expect(interactionForm.getByRole('alert')).toContainText(FULL);
	await expect(note).toHaveValue(BIG);

	// A profile edit.
	await page.getByRole('button', { name: '编辑属性' }).click();
	const edit = page.getByTestId('customer-edit');
	const owner = edit.getByRole('textbox', { name: '负责人' });
	await owner.fill(BIG);
	await edit.getByRole('button', { name: '保存' }).click();
	await expect(edit.getByRole('alert')).toContainText(FULL);
	await expect(owner).toHaveValue(BIG);

	// A checklist item.
	await page.goto('/strategies');
	const section = page.locator('[data-testid="segment-checklist"][data-class="champions"]');
	await section.getByLabel('新行动').fill(BIG);
	await section.getByRole('button', { name: '添加' }).click();
	await expect(page.getByRole('alert').filter({ hasText: FULL })).toBeVisible();
	await expect(section.getByLabel('新行动')).toHaveValue(BIG);
	await expect(section.getByTestId('checklist-item')).toHaveCount(5);

	// A setting (no form of its own): the alert on the screen.
	await page.goto('/settings');
	await page.getByLabel('货币').selectOption('USD');
	await expect(page.getByTestId('storage-alert')).toContainText(FULL);
	expect(errors).toEqual([]);

	// With room again, the note kept in the form is saved on the next try.
	await page.goto('/customers/C00001');
	await freeStorage(page);
	await page.getByLabel('备注').fill('空间恢复后的备注');
	await interactionForm.getByRole('button', { name: '保存' }).click();
	await expect(page.getByText('已保存在本设备上。')).toBeVisible();
	await cdp.send('Storage.overrideQuotaForOrigin', { origin });
});
