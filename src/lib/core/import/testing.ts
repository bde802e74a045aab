/** Helpers for the import tests: real data files, and imports of small texts and byte arrays. */

import { fileURLToPath } from 'node:url';
import { openAsBlob } from 'node:fs';
import { runImport } from './run';
import { previewImport } from './preview';
import { sourceFromBlob, sourceFromBytes } from './source';
import type {
	ImportOptions,
	ImportOutcome,
	ImportReport,
	ImportResult,
	ImportSource
} from './types';

/** A file of `../shared/data` (outside the repository; never copied into it). */
export function dataPath(relative: string): string {
	return fileURLToPath(new URL(`../../../../../shared/data/${relative}`, import.meta.url));
}

/** A source reading a shared data file slice by slice, as the worker reads a `File`. */
export async function dataSource(relative: string): Promise<ImportSource> {
	return sourceFromBlob(await openAsBlob(dataPath(relative)), relative);
}

/** Imports UTF-8 text. */
export function importText(text: string, options: ImportOptions = {}): Promise<ImportOutcome> {
	return runImport(sourceFromBytes(new TextEncoder().encode(text), 'test.csv'), options);
}

/** Imports bytes. */
export function importBytes(
	bytes: Uint8Array,
	options: ImportOptions = {}
): Promise<ImportOutcome> {
	return runImport(sourceFromBytes(bytes, 'test'), options);
}

/** Previews UTF-8 text. */
export function previewText(text: string, options: ImportOptions = {}) {
	return previewImport(sourceFromBytes(new TextEncoder().encode(text), 'test.csv'), options);
}

/** The result of an outcome that must have succeeded (fails the test with the error otherwise). */
export function expectOk(outcome: ImportOutcome): ImportResult {
	if (!outcome.ok) throw new Error(`import failed: ${outcome.error.code} ${outcome.error.detail}`);
	return outcome.result;
}

/** The error code of an outcome ('ok' when it succeeded). */
export function errorCode(outcome: { ok: boolean; error?: { code: string } }): string {
	return outcome.ok ? 'ok' : (outcome.error?.code ?? 'missing');
}

/** Rows skipped, over all reasons. */
export function skippedRows(report: ImportReport): number {
	return Object.values(report.skipped).reduce((sum, count) => sum + (count ?? 0), 0);
}

/**
 * Lines of a text file as an independent count (CR LF, LF and CR each end one line; a line end
 * at the very end starts no new line), from the bytes: in UTF-8, GBK and the single-byte
 * encodings the bytes 0x0A and 0x0D are always line ends.
 */
export function physicalLines(bytes: Uint8Array): number {
	if (bytes.length === 0) return 0;
	let lines = 1;
	for (let i = 0; i < bytes.length; i++) {
		if (bytes[i] === 13 && bytes[i + 1] === 10) i++;
		if ((bytes[i] === 10 || bytes[i] === 13) && i < bytes.length - 1) lines++;
	}
	return lines;
}
