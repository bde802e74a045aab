/** Settings objects filled in from their defaults. */

/** The defaults with every given (not undefined) value of `partial` laid over them. */
export function withDefaults<T extends object>(defaults: T, partial: Partial<T> | undefined): T {
	const out = { ...defaults };
	if (!partial) return out;
	for (const key of Object.keys(partial) as (keyof T)[]) {
		const value = partial[key];
		if (value !== undefined) out[key] = value;
	}
	return out;
}
