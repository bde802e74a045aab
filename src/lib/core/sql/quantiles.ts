/**
 * Quantiles in SQL exactly as `stats.ts` computes them (R-7 / PERCENTILE.INC): the values
 * ranked, position = (n − 1) × p, and the value at ⌊position⌋ plus the fraction of the step to
 * the next one. Written with row numbers so that DuckDB, PostgreSQL and BigQuery (whose
 * PERCENTILE_CONT is only a window function) all do the same double arithmetic as the engine.
 */

import { doubleLiteral, type Dialect } from './dialect';
import type { SqlCte } from './step';

/** A value to take quantiles of: its column name in the result and its expression. */
export interface QuantileValue {
	name: string;
	expr: string;
}

/**
 * Subqueries ending in one named `name` with one row: column `<value>_<k>` is the quantile at
 * `probabilities[k]` of the value over the rows of `from` (a FROM clause body with its WHERE).
 * NULL when there are no rows.
 */
export function quantileCtes(
	dialect: Dialect,
	name: string,
	from: string,
	values: readonly QuantileValue[],
	probabilities: readonly number[]
): SqlCte[] {
	const ranked = values.flatMap(({ name: value, expr }) => [
		`CAST(${expr} AS ${dialect.double}) AS ${value}`,
		`ROW_NUMBER() OVER (ORDER BY ${expr}) AS ${value}_rank`
	]);
	const position = (p: number) =>
		`CAST(n - 1 AS ${dialect.double}) * ${doubleLiteral(dialect, Math.min(1, Math.max(0, p)))}`;
	const bounds = values.flatMap(({ name: value }) =>
		probabilities.flatMap((p, k) => [
			`MAX(${position(p)}) AS ${value}_${k}_at`,
			`MAX(CASE WHEN ${value}_rank = FLOOR(${position(p)}) + 1 THEN ${value} END) AS ${value}_${k}_low`,
			`MAX(CASE WHEN ${value}_rank = FLOOR(${position(p)}) + 2 THEN ${value} END) AS ${value}_${k}_high`
		])
	);
	const cuts = values.flatMap(({ name: value }) =>
		probabilities.map((_, k) => {
			const [at, low, high] = [`${value}_${k}_at`, `${value}_${k}_low`, `${value}_${k}_high`];
			const fraction = `(${at} - FLOOR(${at}))`;
			return `CASE WHEN ${fraction} = 0 OR ${high} IS NULL THEN ${low} ELSE ${low} + ${fraction} * (${high} - ${low}) END AS ${value}_${k}`;
		})
	);
	return [
		{
			name: `${name}_ranked`,
			sql: `SELECT ${ranked.join(', ')}, COUNT(*) OVER () AS n FROM ${from}`
		},
		{ name: `${name}_bounds`, sql: `SELECT ${bounds.join(',\n    ')} FROM ${name}_ranked` },
		{ name, sql: `SELECT ${cuts.join(',\n    ')} FROM ${name}_bounds` }
	];
}
