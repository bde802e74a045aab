import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './base64';

describe('base64', () => {
	it('matches the standard encoding (RFC 4648 test vectors)', () => {
		const vectors: [string, string][] = [
			['', ''],
			['f', 'Zg=='],
			['fo', 'Zm8='],
			['foo', 'Zm9v'],
			['foob', 'Zm9vYg=='],
			['fooba', 'Zm9vYmE='],
			['foobar', 'Zm9vYmFy']
		];
		for (const [plain, encoded] of vectors) {
			const bytes = new TextEncoder().encode(plain);
			expect(bytesToBase64(bytes)).toBe(encoded);
			expect(new TextDecoder().decode(base64ToBytes(encoded)!)).toBe(plain);
		}
	});

	it('round-trips every byte value and agrees with Node', () => {
		const bytes = Uint8Array.from({ length: 70_001 }, (_, i) => (i * 31 + (i >> 8)) & 255);
		const text = bytesToBase64(bytes);
		expect(text).toBe(Buffer.from(bytes).toString('base64'));
		expect(base64ToBytes(text)).toEqual(bytes);
	});

	it('refuses text that is not base64', () => {
		expect(base64ToBytes('abc')).toBeNull();
		expect(base64ToBytes('ab!d')).toBeNull();
		expect(base64ToBytes('中文中文')).toBeNull();
	});
});
