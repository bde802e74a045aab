/**
 * A small seeded pseudo-random generator (sfc32, seeded through splitmix32), so demo data and
 * anything else that needs randomness can be reproduced exactly from a number. Not for security.
 */

/** A seeded source of random values; the same seed always gives the same sequence. */
export interface Random {
	/** A float in [0, 1). */
	next(): number;
	/** An unsigned 32-bit integer. */
	uint32(): number;
	/** An integer in [min, maxInclusive]. */
	int(min: number, maxInclusive: number): number;
	/** A uniformly chosen element of a non-empty list. */
	pick<T>(items: readonly T[]): T;
	/** An element chosen with probability proportional to its (non-negative) weight. */
	weighted<T>(items: readonly T[], weights: readonly number[]): T;
	/** A normally distributed value (Box–Muller). */
	normal(mean?: number, sd?: number): number;
	/** An exponentially distributed value with the given mean. */
	exponential(mean: number): number;
	/** True with probability p. */
	chance(p: number): boolean;
	/** An RFC 4122 version-4-shaped UUID drawn from this generator (deterministic, not secure). */
	uuid(): string;
}

const TWO_POW_32 = 4294967296;
const HEX_BYTE = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** The splitmix32 step: a well-mixed 32-bit value from a 32-bit state. */
function splitmix32(state: number): number {
	let z = (state + 0x9e3779b9) | 0;
	z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
	z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
	return (z ^ (z >>> 15)) >>> 0;
}

/** A 32-bit seed from any number: the low and high 32 bits of its integer part are mixed. */
function seedBits(seed: number): number {
	if (!Number.isFinite(seed)) return 0;
	const whole = Math.trunc(seed);
	const low = whole >>> 0;
	const high = Math.floor(whole / TWO_POW_32) >>> 0;
	return (low ^ splitmix32(high)) >>> 0;
}

/** A new seed derived from a seed and stream numbers, so independent streams can share one seed. */
export function deriveSeed(seed: number, ...streams: readonly number[]): number {
	let state = seedBits(seed);
	for (const stream of streams) state = splitmix32(state ^ seedBits(stream)) ^ 0x5bd1e995;
	return splitmix32(state);
}

/** A seeded random generator (integer seeds; fractions are truncated). */
export function createRandom(seed: number): Random {
	// State in typed arrays: writing numbers there never allocates, unlike closure variables
	// holding values outside the small-integer range.
	const state = new Int32Array(4);
	state[0] = splitmix32(seedBits(seed));
	state[1] = splitmix32(state[0]);
	state[2] = splitmix32(state[1]);
	state[3] = 1;
	// A spare normal deviate from the last Box–Muller pair, NaN when none is waiting.
	const spareNormal = new Float64Array([NaN]);

	function uint32(): number {
		const s1 = state[1];
		const s2 = state[2];
		const counter = (state[3] + 1) | 0;
		const t = (((state[0] + s1) | 0) + counter) | 0;
		state[3] = counter;
		state[0] = s1 ^ (s1 >>> 9);
		state[1] = (s2 + (s2 << 3)) | 0;
		state[2] = (((s2 << 21) | (s2 >>> 11)) + t) | 0;
		return t >>> 0;
	}

	function next(): number {
		return uint32() / TWO_POW_32;
	}

	// Warm up so nearby seeds have decorrelated first outputs.
	for (let i = 0; i < 12; i++) uint32();

	function hex8(value: number): string {
		return (
			HEX_BYTE[value >>> 24] +
			HEX_BYTE[(value >>> 16) & 255] +
			HEX_BYTE[(value >>> 8) & 255] +
			HEX_BYTE[value & 255]
		);
	}

	return {
		next,
		uint32,
		int(min: number, maxInclusive: number): number {
			return min + Math.floor(next() * (maxInclusive - min + 1));
		},
		pick<T>(items: readonly T[]): T {
			if (items.length === 0) throw new RangeError('pick: empty list');
			return items[Math.floor(next() * items.length)];
		},
		weighted<T>(items: readonly T[], weights: readonly number[]): T {
			if (items.length === 0 || items.length !== weights.length) {
				throw new RangeError('weighted: items and weights must be non-empty and equally long');
			}
			let total = 0;
			for (const weight of weights) total += weight > 0 ? weight : 0;
			if (!(total > 0)) throw new RangeError('weighted: weights must have a positive sum');
			let target = next() * total;
			for (let i = 0; i < items.length; i++) {
				const weight = weights[i] > 0 ? weights[i] : 0;
				if (target < weight) return items[i];
				target -= weight;
			}
			// Rounding can leave target just above the last positive weight.
			for (let i = items.length - 1; i >= 0; i--) if (weights[i] > 0) return items[i];
			return items[items.length - 1];
		},
		normal(mean = 0, sd = 1): number {
			const waiting = spareNormal[0];
			if (!Number.isNaN(waiting)) {
				spareNormal[0] = NaN;
				return mean + sd * waiting;
			}
			// 1 - next() lies in (0, 1], so the logarithm is finite.
			const radius = Math.sqrt(-2 * Math.log(1 - next()));
			const angle = 2 * Math.PI * next();
			spareNormal[0] = radius * Math.sin(angle);
			return mean + sd * radius * Math.cos(angle);
		},
		exponential(mean: number): number {
			return -mean * Math.log(1 - next());
		},
		chance(p: number): boolean {
			return next() < p;
		},
		uuid(): string {
			const hex = hex8(uint32()) + hex8(uint32()) + hex8(uint32()) + hex8(uint32());
			// Version nibble 4; variant bits 10xx.
			const variant = '89ab'[parseInt(hex[16], 16) & 3];
			return (
				hex.slice(0, 8) +
				'-' +
				hex.slice(8, 12) +
				'-4' +
				hex.slice(13, 16) +
				'-' +
				variant +
				hex.slice(17, 20) +
				'-' +
				hex.slice(20, 32)
			);
		}
	};
}
