/** Bytes to records in one streaming pass: decode (one TextDecoder) then split (papaparse). */

import { CsvRowReader, type Dialect, type RowBatch } from './csv-reader';
import { decodeChunks } from './encoding';
import type { TextEncodingLabel } from './types';

export interface CsvReadOptions {
	encoding: TextEncodingLabel;
	dialect: Dialect;
	/** A record longer than this (characters) throws `RecordTooLongError`. */
	maxLineChars?: number;
}

/**
 * Records of a CSV byte stream, in batches as the chunks complete them. Chunks may split
 * multi-byte characters and records anywhere. Batches also say which blank lines were skipped
 * (`reader.blankLines` after the last batch is available through `onFinish`).
 */
export async function* readCsvRows(
	chunks: AsyncIterable<Uint8Array>,
	options: CsvReadOptions,
	onFinish?: (summary: { blankLines: number }) => void
): AsyncGenerator<RowBatch> {
	const reader = new CsvRowReader(options.dialect, options.maxLineChars);
	for await (const text of decodeChunks(chunks, options.encoding)) {
		const batch = reader.push(text);
		if (batch.rows.length > 0) yield batch;
	}
	yield reader.finish();
	onFinish?.({ blankLines: reader.blankLines });
}
