/**
 * What a scheme declares to be written as SQL: one step of the segment query. The query is a
 * chain of stages, one per scheme; a step reads the stage before it as `p` (every customer's
 * measures, scores, the record columns it asked for and the class of each earlier scheme) and
 * adds its class id. See `segment-query.ts`, which chains them, and `base-query.ts` for the
 * columns of `p`.
 */

import type { Dialect } from './dialect';

/** A named subquery of the WITH clause. */
export interface SqlCte {
	name: string;
	sql: string;
}

/** What a scheme's SQL builder reads. */
export interface SqlContext {
	dialect: Dialect;
	/** The stage before this step, for the step's own subqueries (`FROM ${ctx.previous}`). */
	previous: string;
	/** A prefix for this step's subquery names, unique in the query. */
	prefix: string;
	/**
	 * The column of a customer-record field (`creditLimit`, `region`, `custom:会员等级`) as an
	 * expression over `p` (numbers as doubles, text trimmed with '' as NULL); asking for it adds
	 * it to the query's reading of `customers`. `kind` is needed for custom columns only.
	 */
	record(field: string, kind?: 'number' | 'string'): string;
}

/** One scheme's part of the query. */
export interface SqlStep {
	/** Subqueries, typically one-row aggregates over `ctx.previous`. */
	with?: readonly SqlCte[];
	/** Joined to the previous stage `p`, e.g. `CROSS JOIN x_splits s`. */
	joins?: readonly string[];
	/** The class id of each customer, an expression over `p` and the joins. */
	classId: string;
	/** Output columns by header, where a column is not the class id (the RFM digits). */
	columns?: Readonly<Record<string, string>>;
	/** What the step could not read, for the query's header (a rule's unknown fields). */
	notes?: readonly string[];
}

/** Why settings cannot be written as the query: each code has a message (`sql.error.*`). */
export type SqlUnsupportedCode = 'profit-basis';

/** Thrown when settings ask for something the query's tables cannot give. */
export class SqlUnsupportedError extends Error {
	constructor(
		readonly code: SqlUnsupportedCode,
		message: string
	) {
		super(message);
	}
}

/** `CASE WHEN … THEN … ELSE … END` from condition → value pairs. */
export function caseWhen(branches: readonly [string, string][], otherwise: string): string {
	if (branches.length === 0) return otherwise;
	const whens = branches.map(([condition, value]) => `WHEN ${condition} THEN ${value}`);
	return `CASE ${whens.join(' ')} ELSE ${otherwise} END`;
}
