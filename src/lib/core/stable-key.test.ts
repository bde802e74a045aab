import { describe, expect, it } from 'vitest';
import { stableKey } from './stable-key';

describe('stableKey', () => {
	it('names objects with the same content alike, whatever the order of their keys', () => {
		expect(stableKey({ a: 1, b: { d: [1, 2], c: 'x' } })).toBe(
			stableKey({ b: { c: 'x', d: [1, 2] }, a: 1 })
		);
		expect(stableKey({ a: 1, b: { d: [1, 2], c: 'x' } })).toBe('{"a":1,"b":{"c":"x","d":[1,2]}}');
	});

	it('tells different content apart, array order included', () => {
		expect(stableKey({ a: [1, 2] })).not.toBe(stableKey({ a: [2, 1] }));
		expect(stableKey({ a: 1 })).not.toBe(stableKey({ a: '1' }));
		expect(stableKey(undefined)).toBe(stableKey(undefined));
	});
});
