/**
 * Optional passphrase encryption of a backup file: AES-GCM (Web Crypto) with a key derived by
 * PBKDF2-SHA-256. The encrypted file is a JSON header line (format, KDF parameters, salt, IV)
 * followed by the ciphertext of the plain backup file. GCM's authentication tag makes a wrong
 * passphrase and a damaged file fail loudly, never silently.
 *
 * The key is derived in JavaScript (@noble/hashes, audited), not by `crypto.subtle.deriveKey`:
 * Chromium runs Web Crypto on one thread per process that nothing can stop, so a file asking
 * for 2,000,000,000 rounds kept every later backup and restore of the tab waiting, even across
 * reloads. In JavaScript the derivation lives and dies with the worker that runs it, yields
 * between rounds, and the rounds a file may ask for are bounded.
 */

import { pbkdf2Async } from '@noble/hashes/pbkdf2.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { base64ToBytes, bytesToBase64 } from './base64';
import { BackupError } from './backup';

export const ENCRYPTED_FORMAT = 'kequn-backup-encrypted';
/** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256: what new backups use. */
export const PBKDF2_ITERATIONS = 600_000;
/**
 * The rounds a backup file may ask for: from a sixth of today's to about eight times it (a few
 * seconds on a phone). Anything else is refused before any work, with `kdf-out-of-range`.
 */
export const PBKDF2_MIN_ITERATIONS = 100_000;
export const PBKDF2_MAX_ITERATIONS = 5_000_000;

interface EncryptedHeader {
	format: typeof ENCRYPTED_FORMAT;
	formatVersion: 1;
	kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
	cipher: { name: 'AES-GCM'; iv: string };
}

/** Whether a number of PBKDF2 rounds is one a backup may use. */
export function acceptedIterations(iterations: unknown): iterations is number {
	return (
		Number.isInteger(iterations) &&
		(iterations as number) >= PBKDF2_MIN_ITERATIONS &&
		(iterations as number) <= PBKDF2_MAX_ITERATIONS
	);
}

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number) {
	if (!acceptedIterations(iterations))
		throw new BackupError('kdf-out-of-range', String(iterations));
	const password = new TextEncoder().encode(passphrase.normalize('NFC'));
	// asyncTick: give the worker's event loop a turn every 10 ms of rounds.
	const bits = await pbkdf2Async(sha256, password, salt, {
		c: iterations,
		dkLen: 32,
		asyncTick: 10
	});
	return crypto.subtle.importKey('raw', bits as Uint8Array<ArrayBuffer>, 'AES-GCM', false, [
		'encrypt',
		'decrypt'
	]);
}

/** The header of an encrypted backup, or null when the file is not one. */
function encryptedHeader(file: Uint8Array): EncryptedHeader | null {
	const newline = file.indexOf(10);
	if (newline < 0 || newline > 4096) return null;
	try {
		const header = JSON.parse(new TextDecoder().decode(file.subarray(0, newline)));
		return header?.format === ENCRYPTED_FORMAT ? (header as EncryptedHeader) : null;
	} catch {
		return null;
	}
}

/** Whether a file is a passphrase-encrypted backup. */
export function isEncryptedBackup(file: Uint8Array): boolean {
	return encryptedHeader(file) !== null;
}

/** Encrypt a plain backup file with a passphrase. */
export async function encryptBackup(
	plain: Uint8Array,
	passphrase: string,
	iterations = PBKDF2_ITERATIONS
): Promise<Uint8Array> {
	const salt = crypto.getRandomValues(new Uint8Array(16));
	const iv = crypto.getRandomValues(new Uint8Array(12));
	const key = await deriveKey(passphrase, salt, iterations);
	const cipherText = new Uint8Array(
		await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain as Uint8Array<ArrayBuffer>)
	);
	const header: EncryptedHeader = {
		format: ENCRYPTED_FORMAT,
		formatVersion: 1,
		kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: bytesToBase64(salt) },
		cipher: { name: 'AES-GCM', iv: bytesToBase64(iv) }
	};
	const head = new TextEncoder().encode(JSON.stringify(header) + '\n');
	const file = new Uint8Array(head.length + cipherText.length);
	file.set(head);
	file.set(cipherText, head.length);
	return file;
}

/**
 * The plain backup inside an encrypted file. Throws BackupError 'passphrase-needed' without a
 * passphrase, 'wrong-passphrase' when the passphrase (or the file) does not authenticate.
 */
export async function decryptBackup(file: Uint8Array, passphrase: string | undefined) {
	const header = encryptedHeader(file);
	if (!header) throw new BackupError('not-a-backup');
	if (header.formatVersion !== 1)
		throw new BackupError('format-too-new', String(header.formatVersion));
	if (!passphrase) throw new BackupError('passphrase-needed');
	const salt = base64ToBytes(header.kdf?.salt ?? '');
	const iv = base64ToBytes(header.cipher?.iv ?? '');
	const iterations = header.kdf?.iterations;
	if (!salt || !iv || typeof iterations !== 'number')
		throw new BackupError('malformed', 'encryption header');
	const key = await deriveKey(passphrase, salt, iterations);
	try {
		const plain = await crypto.subtle.decrypt(
			{ name: 'AES-GCM', iv: iv as Uint8Array<ArrayBuffer> },
			key,
			file.subarray(file.indexOf(10) + 1) as Uint8Array<ArrayBuffer>
		);
		return new Uint8Array(plain);
	} catch {
		throw new BackupError('wrong-passphrase');
	}
}
