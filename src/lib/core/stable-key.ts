/**
 * A text key for a plain value that does not depend on the order its object keys were written
 * in, so the same settings always name the same cache entry.
 */
export function stableKey(value: unknown): string {
	return JSON.stringify(value, (_key, inner: unknown) => {
		if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
		if (ArrayBuffer.isView(inner)) return inner;
		const sorted: Record<string, unknown> = {};
		for (const key of Object.keys(inner).sort())
			sorted[key] = (inner as Record<string, unknown>)[key];
		return sorted;
	});
}
