/** `sql`: the rule-based schemes as one SQL query for a warehouse, with the settings inlined. */

import { readFileSync } from 'node:fs';
import { dayFromIso } from '../lib/core/days';
import { resolveSettings, type SegmentSettingsInput } from '../lib/core/segments';
import { DIALECTS, isDialectId } from '../lib/core/sql/dialect';
import { segmentQuery } from '../lib/core/sql/segment-query';
import { SqlUnsupportedError } from '../lib/core/sql/step';
import { CliError } from './cli-error';

export interface SqlOptions {
	dialect?: string;
	/** Scheme ids, each given once or comma-separated. */
	scheme?: string[];
	asOf?: string;
	/** A JSON file of segment settings (any part left out takes its default). */
	settings?: string;
}

function readSettings(path: string | undefined): SegmentSettingsInput {
	if (path === undefined) return {};
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		throw new CliError(`cannot open ${path}: ${(error as Error).message}`);
	}
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch (error) {
		throw new CliError(`--settings: ${path} is not JSON: ${(error as Error).message}`);
	}
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
		throw new CliError(`--settings: ${path} must hold one JSON object of segment settings`);
	}
	return parsed as SegmentSettingsInput;
}

/** Write the query to `out`. */
export function sqlCommand(options: SqlOptions, out: (text: string) => void): void {
	const dialect = options.dialect ?? 'duckdb';
	if (!isDialectId(dialect)) {
		throw new CliError(`--dialect: '${dialect}' is not one of ${DIALECTS.join(', ')}`, 2);
	}
	let analysisDay: number | undefined;
	if (options.asOf !== undefined) {
		analysisDay = dayFromIso(options.asOf);
		if (Number.isNaN(analysisDay)) {
			throw new CliError(`--as-of: '${options.asOf}' is not YYYY-MM-DD`, 2);
		}
	}
	const schemes = options.scheme?.flatMap((list) => list.split(',').map((id) => id.trim()));
	try {
		const settings = resolveSettings(readSettings(options.settings));
		out(segmentQuery({ dialect, settings, analysisDay, schemes }).sql);
	} catch (error) {
		if (error instanceof SqlUnsupportedError) throw new CliError(error.message);
		if (error instanceof RangeError) throw new CliError(`--scheme: ${error.message}`, 2);
		throw error;
	}
}
