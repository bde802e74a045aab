import { describe, expect, it } from 'vitest';
import { BackupError, decodeBackup, encodeBackup } from './backup';
import { decryptBackup, encryptBackup, isEncryptedBackup } from './backup-crypto';
import { smallSnapshot } from './testing/small-store';

// Fewer PBKDF2 rounds than the app uses, so the suite stays fast; the code path is the same.
const ROUNDS = 1_000;

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
});
