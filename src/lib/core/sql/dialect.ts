/**
 * What differs between the SQL dialects the segment query is written for: type names, date
 * arithmetic, lenient number parsing, identifier quoting, text ordering and UNION. Everything
 * else in the query is standard SQL that DuckDB, PostgreSQL and BigQuery all accept; quantiles
 * are computed from row numbers (not each dialect's own percentile function) so every dialect
 * does the engine's arithmetic in the engine's order.
 */

export const DIALECTS = ['duckdb', 'postgres', 'bigquery'] as const;
export type DialectId = (typeof DIALECTS)[number];

export interface Dialect {
	id: DialectId;
	/** The product's name (the same in every language). */
	name: string;
	/** The 64-bit floating type, in which every measure is computed (as the engine's doubles). */
	double: string;
	text: string;
	/** Days from the day number 0 (1970-01-01) to a DATE expression. */
	dayNumber(date: string): string;
	/** The DATE of a day number expression. */
	dateOf(dayNumber: string): string;
	/** The calendar year (integer) of a day number expression. */
	yearOf(dayNumber: string): string;
	/** A text expression as a number, NULL when it does not read as one. */
	tryNumber(text: string): string;
	/** A quoted identifier (for a custom column named by the user). */
	identifier(name: string): string;
	/** A text expression ordered by code points, whatever the database's collation. */
	binaryOrder(text: string): string;
	union: string;
}

const EPOCH = "DATE '1970-01-01'";

/** A number literal typed as a double, written so it reads back as exactly the same double. */
export function doubleLiteral(dialect: Dialect, value: number): string {
	if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
	return `CAST(${String(value)} AS ${dialect.double})`;
}

/** A string literal: quotes doubled (standard SQL), backslashes too where they escape. */
export function stringLiteral(dialect: Dialect, value: string): string {
	const quoted = value.replaceAll("'", "''");
	return dialect.id === 'bigquery' ? `'${quoted.replaceAll('\\', '\\\\')}'` : `'${quoted}'`;
}

const duckdb: Dialect = {
	id: 'duckdb',
	name: 'DuckDB',
	double: 'DOUBLE',
	text: 'VARCHAR',
	dayNumber: (date) => `(${date} - ${EPOCH})`,
	dateOf: (day) => `(${EPOCH} + CAST(${day} AS INTEGER))`,
	yearOf: (day) => `year(${EPOCH} + CAST(${day} AS INTEGER))`,
	tryNumber: (text) => `TRY_CAST(${text} AS DOUBLE)`,
	identifier: (name) => `"${name.replaceAll('"', '""')}"`,
	binaryOrder: (text) => text,
	union: 'UNION'
};

const postgres: Dialect = {
	id: 'postgres',
	name: 'PostgreSQL',
	double: 'DOUBLE PRECISION',
	text: 'TEXT',
	dayNumber: (date) => `(${date} - ${EPOCH})`,
	dateOf: (day) => `(${EPOCH} + CAST(${day} AS INTEGER))`,
	yearOf: (day) => `CAST(EXTRACT(YEAR FROM ${EPOCH} + CAST(${day} AS INTEGER)) AS INTEGER)`,
	// PostgreSQL has no TRY_CAST: cast only what matches a decimal number.
	tryNumber: (text) =>
		`CASE WHEN ${text} ~ '^\\s*[-+]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][-+]?[0-9]+)?\\s*$' THEN CAST(${text} AS DOUBLE PRECISION) END`,
	identifier: (name) => `"${name.replaceAll('"', '""')}"`,
	binaryOrder: (text) => `${text} COLLATE "C"`,
	union: 'UNION'
};

const bigquery: Dialect = {
	id: 'bigquery',
	name: 'BigQuery',
	double: 'FLOAT64',
	text: 'STRING',
	dayNumber: (date) => `DATE_DIFF(${date}, ${EPOCH}, DAY)`,
	dateOf: (day) => `DATE_ADD(${EPOCH}, INTERVAL CAST(${day} AS INT64) DAY)`,
	yearOf: (day) => `EXTRACT(YEAR FROM DATE_ADD(${EPOCH}, INTERVAL CAST(${day} AS INT64) DAY))`,
	tryNumber: (text) => `SAFE_CAST(${text} AS FLOAT64)`,
	identifier: (name) => `\`${name.replaceAll('\\', '\\\\').replaceAll('`', '\\`')}\``,
	binaryOrder: (text) => text,
	union: 'UNION DISTINCT'
};

const BY_ID: Record<DialectId, Dialect> = { duckdb, postgres, bigquery };

/** The dialect of an id. */
export function dialectOf(id: DialectId): Dialect {
	return BY_ID[id];
}

/** Whether a text names a dialect. */
export function isDialectId(text: string): text is DialectId {
	return (DIALECTS as readonly string[]).includes(text);
}
