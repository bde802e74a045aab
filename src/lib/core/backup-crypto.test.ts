import { describe, expect, it } from 'vitest';
import { BackupError, decodeBackup, encodeBackup } from './backup';
import { bytesToBase64 } from './base64';
import {
	decryptBackup,
	encryptBackup,
	isEncryptedBackup,
	PBKDF2_MAX_ITERATIONS,
	PBKDF2_MIN_ITERATIONS
} from './backup-crypto';
import { smallSnapshot } from './testing/small-store';

// The fewest PBKDF2 rounds a file may use, so the suite stays fast; the code path is the same.
const ROUNDS = PBKDF2_MIN_ITERATIONS;

/** The file's header with other KDF rounds (the ciphertext unchanged). */
function withIterations(file: Uint8Array, iterations: unknown): Uint8Array {
	const newline = file.indexOf(10);
	const header = JSON.parse(new TextDecoder().decode(file.subarray(0, newline)));
	header.kdf.iterations = iterations;
	const head = new TextEncoder().encode(JSON.stringify(header));
	const out = new Uint8Array(head.length + file.length - newline);
	out.set(head);
	out.set(file.subarray(newline), head.length);
	return out;
}

/**
 * An encrypted file made independently of the code under test: the key derived by Web Crypto's
 * own PBKDF2, the header written by hand as the format says.
 */
async function encryptWithWebCrypto(plain: Uint8Array, passphrase: string, iterations: number) {
	const salt = crypto.getRandomValues(new Uint8Array(16));
	const iv = crypto.getRandomValues(new Uint8Array(12));
	const material = await crypto.subtle.importKey(
		'raw',
		new TextEncoder().encode(passphrase.normalize('NFC')),
		'PBKDF2',
		false,
		['deriveKey']
	);
	const key = await crypto.subtle.deriveKey(
		{ name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
		material,
		{ name: 'AES-GCM', length: 256 },
		false,
		['encrypt']
	);
	const cipher = new Uint8Array(
		await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain as Uint8Array<ArrayBuffer>)
	);
	const header = {
		format: 'kequn-backup-encrypted',
		formatVersion: 1,
		kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: bytesToBase64(salt) },
		cipher: { name: 'AES-GCM', iv: bytesToBase64(iv) }
	};
	const head = new TextEncoder().encode(JSON.stringify(header) + '\n');
	const file = new Uint8Array(head.length + cipher.length);
	file.set(head);
	file.set(cipher, head.length);
	return file;
}

async function code(promise: Promise<unknown>) {
	const error = await promise.then(
		() => null,
		(caught: unknown) => caught
	);
	expect(error).toBeInstanceOf(BackupError);
	return (error as BackupError).code;
}

describe('encrypted backups', () => {
	it('round-trip with the right passphrase', async () => {
		const plain = await encodeBackup(smallSnapshot(), 2, new Date('2026-11-22T00:00:00Z'));
		const file = await encryptBackup(plain, '客群 passphrase ✓', ROUNDS);
		expect(isEncryptedBackup(file)).toBe(true);
		expect(isEncryptedBackup(plain)).toBe(false);
		// The customers' names must not be readable in the file.
		expect(new TextDecoder().decode(file).includes('王芳')).toBe(false);
		const back = await decryptBackup(file, '客群 passphrase ✓');
		expect(back).toEqual(plain);
		const { snapshot } = await decodeBackup(back, 2);
		expect(snapshot.customers).toEqual(smallSnapshot().customers);
	});

	it('a wrong or missing passphrase is a clear error', async () => {
		const plain = await encodeBackup(smallSnapshot(), 2, new Date());
		const file = await encryptBackup(plain, 'right', ROUNDS);
		expect(await code(decryptBackup(file, 'wrong'))).toBe('wrong-passphrase');
		expect(await code(decryptBackup(file, undefined))).toBe('passphrase-needed');
		expect(await code(decryptBackup(file, ''))).toBe('passphrase-needed');
	});

	it('a damaged encrypted file does not decrypt', async () => {
		const plain = await encodeBackup(smallSnapshot(), 2, new Date());
		const file = (await encryptBackup(plain, 'pw', ROUNDS)).slice();
		file[file.length - 5] ^= 1;
		expect(await code(decryptBackup(file, 'pw'))).toBe('wrong-passphrase');
		expect(await code(decryptBackup(file.subarray(0, 30), 'pw'))).toBe('not-a-backup');
	});

	it('uses a fresh salt and IV each time', async () => {
		const plain = await encodeBackup(smallSnapshot(), 2, new Date());
		const a = await encryptBackup(plain, 'pw', ROUNDS);
		const b = await encryptBackup(plain, 'pw', ROUNDS);
		expect(a).not.toEqual(b);
	});

	it('opens a file whose key was derived by Web Crypto (an independent PBKDF2)', async () => {
		const plain = await encodeBackup(smallSnapshot(), 2, new Date());
		const file = await encryptWithWebCrypto(plain, 'pässphrase 客群', ROUNDS + 1);
		expect(await decryptBackup(file, 'pässphrase 客群')).toEqual(plain);
		expect(await code(decryptBackup(file, 'passphrase 客群'))).toBe('wrong-passphrase');
	});

	it('refuses rounds outside the documented range before deriving anything', async () => {
		const plain = await encodeBackup(smallSnapshot(), 2, new Date());
		const file = await encryptBackup(plain, 'pw', ROUNDS);
		// 2,000,000,000 rounds would take hours: the test finishing at all shows no work was done.
		for (const iterations of [2_000_000_000, PBKDF2_MAX_ITERATIONS + 1, ROUNDS - 1, 1, 0, -5, 1.5])
			expect(await code(decryptBackup(withIterations(file, iterations), 'pw'))).toBe(
				'kdf-out-of-range'
			);
		for (const iterations of ['600000', null, undefined])
			expect(await code(decryptBackup(withIterations(file, iterations), 'pw'))).toBe('malformed');
		expect(await code(encryptBackup(plain, 'pw', PBKDF2_MAX_ITERATIONS + 1))).toBe(
			'kdf-out-of-range'
		);
		// The bounds themselves are accepted (the maximum is only checked to be let through).
		expect(await decryptBackup(withIterations(file, ROUNDS), 'pw')).toEqual(plain);
	});
});
