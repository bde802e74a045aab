/** Byte sources: a `File`/`Blob` (worker, Node's `fs.openAsBlob`) or bytes in memory. */

import type { ImportSource } from './types';

/** Bytes read per step of a run: large enough to be fast, small enough for smooth progress. */
export const DEFAULT_CHUNK_BYTES = 1 << 20;

/** A source reading a `Blob` or `File` slice by slice (nothing is loaded whole). */
export function sourceFromBlob(
	blob: Blob,
	name = (blob as { name?: string }).name ?? ''
): ImportSource {
	return {
		name,
		size: blob.size,
		read: async (start, end) => new Uint8Array(await blob.slice(start, end).arrayBuffer())
	};
}

/** A source over bytes already in memory. */
export function sourceFromBytes(bytes: Uint8Array, name = ''): ImportSource {
	return {
		name,
		size: bytes.length,
		read: (start, end) => Promise.resolve(bytes.subarray(start, Math.min(end, bytes.length)))
	};
}

/** The source's bytes in chunks of `chunkBytes`, starting at `start`. */
export async function* chunksOf(
	source: ImportSource,
	chunkBytes = DEFAULT_CHUNK_BYTES,
	start = 0
): AsyncGenerator<Uint8Array> {
	const step = Math.max(1, Math.floor(chunkBytes));
	for (let offset = start; offset < source.size; offset += step)
		yield await source.read(offset, Math.min(source.size, offset + step));
}

/** The whole source as one `ArrayBuffer` (Excel files are zip archives: read at once). */
export async function readAll(source: ImportSource): Promise<ArrayBuffer> {
	const bytes = await source.read(0, source.size);
	const copy = new Uint8Array(bytes.length);
	copy.set(bytes);
	return copy.buffer;
}
