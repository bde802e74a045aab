/** Base64 of bytes and back, for typed arrays inside JSON (backups). Works in Node and browsers. */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

/** Standard base64 (with padding) of the bytes. */
export function bytesToBase64(bytes: Uint8Array): string {
	const parts: string[] = [];
	const CHUNK = 3 * 16_384;
	for (let start = 0; start < bytes.length; start += CHUNK) {
		const end = Math.min(start + CHUNK, bytes.length);
		let text = '';
		for (let i = start; i < end; i += 3) {
			const a = bytes[i];
			const b = i + 1 < end ? bytes[i + 1] : 0;
			const c = i + 2 < end ? bytes[i + 2] : 0;
			text +=
				ALPHABET[a >> 2] +
				ALPHABET[((a & 3) << 4) | (b >> 4)] +
				(i + 1 < end ? ALPHABET[((b & 15) << 2) | (c >> 6)] : '=') +
				(i + 2 < end ? ALPHABET[c & 63] : '=');
		}
		parts.push(text);
	}
	return parts.join('');
}

/** Bytes of a standard base64 string; null when the text is not valid base64. */
export function base64ToBytes(text: string): Uint8Array | null {
	if (text.length % 4 !== 0) return null;
	const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
	const body = text.length - padding;
	const bytes = new Uint8Array((text.length / 4) * 3 - padding);
	let out = 0;
	let bits = 0;
	let held = 0;
	for (let i = 0; i < body; i++) {
		const code = text.charCodeAt(i);
		const value = code < 128 ? LOOKUP[code] : -1;
		if (value < 0) return null;
		bits = (bits << 6) | value;
		held += 6;
		if (held >= 8) {
			held -= 8;
			bytes[out++] = (bits >> held) & 255;
		}
	}
	return out === bytes.length ? bytes : null;
}
