/**
 * The backup file: one file holding everything the store has, versioned and checksummed.
 *
 * Layout (UTF-8 text): a header line of JSON, a newline, then the payload JSON.
 *   {"format":"kequn-backup","formatVersion":1,"schemaVersion":N,"createdAt":"…","payloadBytes":B,"sha256":"…"}
 *   {"customers":[…],"orders":{…typed columns as base64…},"interactions":[…],…}
 * The checksum is SHA-256 of the payload bytes, so truncation and corruption are caught before
 * anything is parsed, let alone written. Restore decodes and validates the whole file first.
 */

import { base64ToBytes, bytesToBase64 } from './base64';
import { migrateSnapshot } from './snapshot-migrations';
import type { StoreSnapshot } from './model';
import { validateSnapshot } from './snapshot-validation';

export const BACKUP_FORMAT = 'kequn-backup';
export const BACKUP_FORMAT_VERSION = 1;

/** Why a file cannot be restored; each code has a message in the i18n tables (`backup.error.*`). */
export type BackupErrorCode =
	| 'empty'
	| 'not-a-backup'
	| 'format-too-new'
	| 'schema-too-new'
	| 'truncated'
	| 'checksum'
	| 'malformed'
	| 'passphrase-needed'
	| 'wrong-passphrase'
	| 'kdf-out-of-range';

export class BackupError extends Error {
	constructor(
		readonly code: BackupErrorCode,
		readonly detail = ''
	) {
		super(`backup ${code}${detail ? `: ${detail}` : ''}`);
		this.name = 'BackupError';
	}
}

export interface BackupHeader {
	format: string;
	formatVersion: number;
	schemaVersion: number;
	createdAt: string;
	payloadBytes: number;
	sha256: string;
}

const TYPED_ARRAYS = {
	Uint8Array,
	Uint16Array,
	Uint32Array,
	Int32Array,
	Float64Array
} as const;
type TypedName = keyof typeof TYPED_ARRAYS;

/** JSON replacer: a typed array becomes `{ "$typed": name, "base64": bytes }`. */
function encodeTyped(_key: string, value: unknown): unknown {
	if (!ArrayBuffer.isView(value) || value instanceof DataView) return value;
	const name = value.constructor.name;
	if (!(name in TYPED_ARRAYS)) throw new Error(`cannot back up a ${name}`);
	const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
	return { $typed: name, base64: bytesToBase64(bytes) };
}

/** JSON reviver: the inverse of `encodeTyped`; a damaged array throws BackupError. */
function decodeTyped(key: string, value: unknown): unknown {
	if (typeof value !== 'object' || value === null || !('$typed' in value)) return value;
	const { $typed: name, base64 } = value as { $typed: string; base64: unknown };
	const Type = TYPED_ARRAYS[name as TypedName];
	const bytes = Type && typeof base64 === 'string' ? base64ToBytes(base64) : null;
	if (!bytes || bytes.length % Type.BYTES_PER_ELEMENT !== 0)
		throw new BackupError('malformed', key);
	// Copy into a fresh, aligned buffer: the decoded bytes have no alignment guarantee.
	return new Type(bytes.slice().buffer);
}

/** Hex SHA-256 of bytes (Web Crypto: the same in Node 20 and browsers). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
	return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The backup file's bytes for a snapshot taken at `schemaVersion`. */
export async function encodeBackup(
	snapshot: StoreSnapshot,
	schemaVersion: number,
	createdAt: Date
): Promise<Uint8Array> {
	const payload = new TextEncoder().encode(JSON.stringify(snapshot, encodeTyped));
	const header: BackupHeader = {
		format: BACKUP_FORMAT,
		formatVersion: BACKUP_FORMAT_VERSION,
		schemaVersion,
		createdAt: createdAt.toISOString(),
		payloadBytes: payload.length,
		sha256: await sha256Hex(payload)
	};
	const headerBytes = new TextEncoder().encode(JSON.stringify(header) + '\n');
	const file = new Uint8Array(headerBytes.length + payload.length);
	file.set(headerBytes, 0);
	file.set(payload, headerBytes.length);
	return file;
}

/** The header of a backup file, checked for format and version; throws BackupError. */
export function readBackupHeader(file: Uint8Array, currentSchemaVersion: number): BackupHeader {
	if (file.length === 0) throw new BackupError('empty');
	const newline = file.indexOf(10);
	if (newline < 0 || newline > 4096) throw new BackupError('not-a-backup');
	let header: BackupHeader;
	try {
		header = JSON.parse(
			new TextDecoder('utf-8', { fatal: true }).decode(file.subarray(0, newline))
		);
	} catch {
		throw new BackupError('not-a-backup');
	}
	if (header?.format !== BACKUP_FORMAT) throw new BackupError('not-a-backup');
	if (!Number.isInteger(header.formatVersion) || header.formatVersion > BACKUP_FORMAT_VERSION)
		throw new BackupError('format-too-new', String(header.formatVersion));
	if (!Number.isInteger(header.schemaVersion) || header.schemaVersion < 1)
		throw new BackupError('malformed', 'schemaVersion');
	if (header.schemaVersion > currentSchemaVersion)
		throw new BackupError('schema-too-new', String(header.schemaVersion));
	if (!Number.isInteger(header.payloadBytes) || typeof header.sha256 !== 'string')
		throw new BackupError('malformed', 'header');
	return header;
}

/**
 * The snapshot in a backup file, checked whole (header, length, checksum, every table) and
 * migrated to the current schema. Throws BackupError; never returns a partial snapshot.
 */
export async function decodeBackup(
	file: Uint8Array,
	currentSchemaVersion: number
): Promise<{ header: BackupHeader; snapshot: StoreSnapshot }> {
	const header = readBackupHeader(file, currentSchemaVersion);
	const payload = file.subarray(file.indexOf(10) + 1);
	if (payload.length < header.payloadBytes)
		throw new BackupError('truncated', `${payload.length} / ${header.payloadBytes}`);
	if (payload.length > header.payloadBytes) throw new BackupError('malformed', 'trailing bytes');
	if ((await sha256Hex(payload)) !== header.sha256) throw new BackupError('checksum');
	let parsed: Record<string, unknown>;
	try {
		parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payload), decodeTyped);
	} catch (error) {
		if (error instanceof BackupError) throw error;
		throw new BackupError('malformed', 'payload');
	}
	if (typeof parsed !== 'object' || parsed === null) throw new BackupError('malformed', 'payload');
	const snapshot = migrateSnapshot(parsed, header.schemaVersion, currentSchemaVersion);
	const problem = validateSnapshot(snapshot);
	if (problem) throw new BackupError('malformed', problem);
	return { header, snapshot };
}
