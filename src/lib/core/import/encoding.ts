/**
 * What kind of file the bytes are (text, Excel, or something that is not a table at all), which
 * text encoding they use, and decoding them in chunks without breaking multi-byte characters.
 */

import type { FileFormat, TextEncodingLabel } from './types';

/** Bytes looked at to tell text from binary. */
const SNIFF_BYTES = 8192;

export type SniffResult =
	| { format: FileFormat; utf16?: 'utf-16le' | 'utf-16be' }
	| {
			error: 'binaryFile' | 'legacyExcel' | 'unsupportedSpreadsheet';
			detail: string;
	  };

const MAGIC: [string, number[]][] = [
	['PNG image', [0x89, 0x50, 0x4e, 0x47]],
	['JPEG image', [0xff, 0xd8, 0xff]],
	['GIF image', [0x47, 0x49, 0x46, 0x38]],
	['PDF document', [0x25, 0x50, 0x44, 0x46]],
	['gzip archive', [0x1f, 0x8b]],
	['7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
	['RAR archive', [0x52, 0x61, 0x72, 0x21]],
	['WebP or WAV file', [0x52, 0x49, 0x46, 0x46]],
	['executable', [0x4d, 0x5a, 0x90, 0x00]],
	['executable', [0x7f, 0x45, 0x4c, 0x46]]
];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Decides from the first bytes whether the file is CSV text, an .xlsx workbook, or unusable. */
export function sniffFormat(head: Uint8Array): SniffResult {
	if (startsWith(head, [0xff, 0xfe])) return { format: 'csv', utf16: 'utf-16le' };
	if (startsWith(head, [0xfe, 0xff])) return { format: 'csv', utf16: 'utf-16be' };
	if (startsWith(head, ZIP)) return sniffZip(head);
	if (startsWith(head, OLE))
		return { error: 'legacyExcel', detail: 'Excel 97–2003 (.xls) or another OLE document' };
	for (const [name, magic] of MAGIC) if (startsWith(head, magic)) return binary(name);
	const end = Math.min(head.length, SNIFF_BYTES);
	let control = 0;
	for (let i = 0; i < end; i++) {
		const byte = head[i];
		if (byte === 0) return binary(`NUL byte at offset ${i}`);
		// Tab, LF, FF, CR and ESC appear in text; other control bytes do not.
		if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13 && byte !== 27)
			control++;
	}
	if (end > 0 && control / end > 0.01) return binary(`${control} control bytes`);
	return { format: 'csv' };
}

function sniffZip(head: Uint8Array): SniffResult {
	const text = latin1(head.subarray(0, Math.min(head.length, 65_536)));
	if (text.includes('mimetypeapplication/vnd.oasis.opendocument'))
		return { error: 'unsupportedSpreadsheet', detail: 'OpenDocument (.ods/.odt)' };
	if (text.includes('xl/') || text.includes('[Content_Types].xml')) return { format: 'xlsx' };
	return binary('ZIP archive');
}

function binary(detail: string): SniffResult {
	return { error: 'binaryFile', detail };
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
	if (bytes.length < magic.length) return false;
	return magic.every((byte, index) => bytes[index] === byte);
}

function latin1(bytes: Uint8Array): string {
	let text = '';
	for (let i = 0; i < bytes.length; i += 8192)
		text += String.fromCharCode(...bytes.subarray(i, i + 8192));
	return text;
}

/**
 * UTF-8 (with or without BOM) if every sample is valid UTF-8, else GB18030 (a superset of GBK
 * and GB2312, what Chinese Excel and tills write) — unless the bytes cannot be GBK either
 * (lone high bytes, as Western Excel writes é or £): then Windows-1252.
 * Samples may start and end mid-character.
 */
export function detectEncoding(samples: readonly Uint8Array[]): TextEncodingLabel {
	const [head] = samples;
	if (head && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
	for (const [index, sample] of samples.entries()) {
		let start = 0;
		// A sample from the middle of the file may begin inside a UTF-8 sequence.
		if (index > 0) while (start < 3 && (sample[start] & 0xc0) === 0x80) start++;
		try {
			new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(start), { stream: true });
		} catch {
			return mostlyUtf8(samples) ? 'utf-8' : looksLikeGbk(samples) ? 'gb18030' : 'windows-1252';
		}
	}
	return 'utf-8';
}

/**
 * Whether valid UTF-8 sequences far outnumber invalid bytes: a UTF-8 file with a few lines
 * pasted in from a GBK file (mixed encodings) stays UTF-8, and the bad rows are reported.
 */
function mostlyUtf8(samples: readonly Uint8Array[]): boolean {
	let valid = 0;
	let invalid = 0;
	for (const sample of samples)
		for (let i = 0; i < sample.length; i++) {
			const byte = sample[i];
			if (byte < 0x80) continue;
			const length = byte >= 0xf0 && byte <= 0xf4 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc2 ? 2 : 0;
			let ok = length > 0 && i + length <= sample.length;
			for (let k = 1; ok && k < length; k++) ok = (sample[i + k] & 0xc0) === 0x80;
			if (ok) {
				valid++;
				i += length - 1;
			} else invalid++;
		}
	return valid >= 20 * invalid;
}

/**
 * Whether high bytes come in GB2312-style pairs (both bytes 0xA1–0xFE, as common Chinese
 * characters are written) more often than otherwise. Western single-byte text has lone high
 * bytes followed by ASCII (é, or £5), which could only be rare GBK pairs.
 */
function looksLikeGbk(samples: readonly Uint8Array[]): boolean {
	let pairs = 0;
	let others = 0;
	for (const sample of samples)
		for (let i = 0; i < sample.length - 1; i++) {
			const lead = sample[i];
			if (lead < 0x80) continue;
			const trail = sample[i + 1];
			if (lead >= 0xa1 && lead <= 0xfe && trail >= 0xa1 && trail <= 0xfe) {
				pairs++;
				i++;
			} else others++;
		}
	return pairs > others;
}

/**
 * Decodes a stream of byte chunks with ONE streaming decoder, so a character split across two
 * chunks is joined, never replaced by U+FFFD (papaparse decoding per chunk does that: #751).
 */
export async function* decodeChunks(
	chunks: AsyncIterable<Uint8Array>,
	encoding: TextEncodingLabel
): AsyncGenerator<string> {
	const decoder = new TextDecoder(encoding);
	for await (const chunk of chunks) {
		const text = decoder.decode(chunk, { stream: true });
		if (text) yield text;
	}
	const rest = decoder.decode();
	if (rest) yield rest;
}

/** The whole of a small byte sample as text, cut at its last complete character. */
export function decodeSample(bytes: Uint8Array, encoding: TextEncodingLabel): string {
	return new TextDecoder(encoding).decode(bytes, { stream: true });
}
