/**
 * A hybrid logical clock: every edit carries (wall time, counter, device). A device's clock never
 * goes backwards, and after seeing another device's stamp it stamps later than it, so a device
 * whose wall clock runs fast cannot win every later conflict: it only wins until the others have
 * seen its stamp. Ties break by device id, so every device orders stamps the same way.
 */

export interface Hlc {
	/** Epoch milliseconds (the largest wall time seen, not necessarily this device's clock). */
	wall: number;
	/** Orders stamps within one millisecond. */
	counter: number;
	device: string;
}

/** The stamp for a new local edit after `last` (the device's previous stamp, if any). */
export function tick(last: Hlc | undefined, now: number, device: string): Hlc {
	if (!last || now > last.wall) return { wall: now, counter: 0, device };
	return { wall: last.wall, counter: last.counter + 1, device };
}

/** This device's clock after seeing `remote` (merging a file from another device). */
export function receive(last: Hlc | undefined, remote: Hlc, now: number, device: string): Hlc {
	const wall = Math.max(now, last?.wall ?? 0, remote.wall);
	const fromLast = last && last.wall === wall ? last.counter + 1 : 0;
	const fromRemote = remote.wall === wall ? remote.counter + 1 : 0;
	return { wall, counter: Math.max(fromLast, fromRemote), device };
}

/** Negative when `a` is earlier, positive when later; 0 only for the same stamp. */
export function compareHlc(a: Hlc, b: Hlc): number {
	return (
		a.wall - b.wall ||
		a.counter - b.counter ||
		(a.device < b.device ? -1 : a.device > b.device ? 1 : 0)
	);
}

/** One text per stamp (ids of edits, keys of the merged-edits ledger). */
export function hlcKey(stamp: Hlc): string {
	return `${stamp.wall}:${stamp.counter}:${stamp.device}`;
}
