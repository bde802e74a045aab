import { readFileSync, writeFileSync } from 'node:fs';
import { webcrypto } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { loadDemo } from './helpers';

/**
 * Hand-made encrypted backups: a header asking for 2,000,000,000 PBKDF2 rounds is refused at
 * once, and neither it nor a restore abandoned mid-derivation keeps the next restore or an
 * encrypted backup waiting.
 */

const PASSPHRASE = '春天的客户 2026';

function splitHeader(file: Uint8Array) {
	const newline = file.indexOf(10);
	return {
		header: JSON.parse(new TextDecoder().decode(file.subarray(0, newline))),
		body: file.subarray(newline + 1)
	};
}

function joinHeader(header: unknown, body: Uint8Array): Uint8Array {
	const head = new TextEncoder().encode(JSON.stringify(header) + '\n');
	const out = new Uint8Array(head.length + body.length);
	out.set(head);
	out.set(body, head.length);
	return out;
}

/** The same file with other rounds in its header (it no longer opens, whatever the rounds). */
function withIterations(file: Uint8Array, iterations: number): Uint8Array {
	const { header, body } = splitHeader(file);
	header.kdf.iterations = iterations;
	return joinHeader(header, body);
}

async function aesKey(salt: Uint8Array, iterations: number) {
	const subtle = webcrypto.subtle;
	const material = await subtle.importKey(
		'raw',
		new TextEncoder().encode(PASSPHRASE.normalize('NFC')),
		'PBKDF2',
		false,
		['deriveKey']
	);
	return subtle.deriveKey(
		{ name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
		material,
		{ name: 'AES-GCM', length: 256 },
		false,
		['encrypt', 'decrypt']
	);
}

/** A valid file of the same backup whose key takes `iterations` rounds (made with Node's crypto). */
async function reEncrypted(file: Uint8Array, iterations: number): Promise<Uint8Array> {
	const { header, body } = splitHeader(file);
	const salt = Buffer.from(header.kdf.salt, 'base64');
	const iv = Buffer.from(header.cipher.iv, 'base64');
	const plain = await webcrypto.subtle.decrypt(
		{ name: 'AES-GCM', iv },
		await aesKey(salt, header.kdf.iterations),
		body
	);
	const cipher = await webcrypto.subtle.encrypt(
		{ name: 'AES-GCM', iv },
		await aesKey(salt, iterations),
		plain
	);
	header.kdf.iterations = iterations;
	return joinHeader(header, new Uint8Array(cipher));
}

async function downloadEncrypted(page: Page, name: string): Promise<string> {
	await page.getByLabel('用密码保护备份').check();
	await page.getByLabel('密码', { exact: true }).fill(PASSPHRASE);
	await page.getByLabel('再次输入密码').fill(PASSPHRASE);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: '下载备份' }).click();
	const file = test.info().outputPath(name);
	await (await download).saveAs(file);
	return file;
}

async function unlockWith(page: Page, file: string) {
	await page.getByTestId('restore-input').setInputFiles(file);
	await expect(page.getByRole('alert')).toContainText('该备份受密码保护');
	await page.getByLabel('备份密码').fill(PASSPHRASE);
	await page.getByRole('button', { name: '打开备份' }).click();
}

test('2,000,000,000 rounds are refused at once; an abandoned restore frees the next', async ({
	page
}) => {
	test.setTimeout(120_000);
	page.on('dialog', (dialog) => void dialog.accept());
	await loadDemo(page);
	await page.goto('/settings');
	const valid = await downloadEncrypted(page, 'valid.kequn');
	const bytes = new Uint8Array(readFileSync(valid));

	const crafted = test.info().outputPath('crafted.kequn');
	writeFileSync(crafted, withIterations(bytes, 2_000_000_000));
	await page.reload();
	await unlockWith(page, crafted);
	await expect(page.getByRole('alert')).toContainText('该备份要求 2000000000 轮密钥派生');
	await expect(page.getByRole('alert')).toContainText('100,000 到 5,000,000');
	await expect(page.getByRole('button', { name: '从备份文件恢复' })).toBeEnabled();

	// A valid file at the most rounds accepted, abandoned by a reload while its key is derived.
	const slow = test.info().outputPath('slow.kequn');
	writeFileSync(slow, await reEncrypted(bytes, 5_000_000));
	await unlockWith(page, slow);
	await expect(page.getByText('正在检查并恢复备份…')).toBeVisible();
	await page.reload();

	// The next restore and an encrypted backup go through as usual.
	await unlockWith(page, valid);
	await expect(page.getByText(/已恢复 2,000 位客户/)).toBeVisible({ timeout: 30_000 });
	await downloadEncrypted(page, 'after.kequn');
	await expect(page.getByText(/备份已保存/)).toBeVisible();
});
