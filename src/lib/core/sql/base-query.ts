/**
 * The first part of the segment query: every customer's measures (as `segments/measures.ts`
 * computes them) and RFM scores (as `segments/rfm-scores.ts`), in a subquery named `base` with
 * one row per customer and these columns:
 *   customer_id, analysis_day, analysis_year, orders, gross_value, returns, return_value,
 *   cancellations, net_value, average_order_value, recency_days, tenure_days, median_gap_days,
 *   first_day, last_day (day numbers: days since 1970-01-01), r_score, f_score, m_score
 *   (NULL without a purchase), and one `rec_<k>` column per customer-record field asked for.
 * Which order rows count: a purchase has no status (or 'ok') and an amount ≥ 0; a return has
 * status 'returned' or a negative amount and reduces value by |amount|; any other row (status
 * 'cancelled' with an amount ≥ 0) is a cancellation; rows after the analysis day are ignored.
 */

import type { DayNumber } from '../model';
import type { MonetaryBasis, RfmSettings } from '../segments/rfm-scores';
import { checkCuts, QUINTILE_PROBABILITIES } from '../segments/rfm-scores';
import { doubleLiteral, type Dialect } from './dialect';
import { quantileCtes } from './quantiles';
import type { SqlCte } from './step';

/** A customer-record column read from `customers`: its alias and its expression over `cu`. */
export interface RecordColumn {
	alias: string;
	expr: string;
}

/** The monetary value of the scores and the eight classes, over `p` (NULL without a purchase). */
export function monetarySql(basis: MonetaryBasis): string {
	return basis === 'average'
		? 'p.average_order_value'
		: 'CASE WHEN p.orders > 0 THEN p.net_value END';
}

function analysisCte(dialect: Dialect, analysisDay: DayNumber | undefined): SqlCte {
	const day =
		analysisDay === undefined
			? '(SELECT MAX(day) + 1 FROM order_rows)'
			: String(Math.trunc(analysisDay));
	return {
		name: 'analysis',
		sql: `SELECT d.day AS analysis_day, ${dialect.yearOf('d.day')} AS analysis_year FROM (SELECT ${day} AS day) d`
	};
}

function measureCtes(dialect: Dialect, records: readonly RecordColumn[]): SqlCte[] {
	const { double, text } = dialect;
	const flag = (condition: string, value: string) =>
		`SUM(CASE WHEN ${condition} THEN ${value} ELSE 0 END)`;
	const recordJoin =
		records.length > 0 ? ' LEFT JOIN customer_records cu ON cu.customer_id = c.customer_id' : '';
	return [
		{
			name: 'order_rows',
			sql: `SELECT CAST(customer_id AS ${text}) AS customer_id, ${dialect.dayNumber('CAST(order_date AS DATE)')} AS day, CAST(amount AS ${double}) AS amount,
      CASE LOWER(TRIM(status)) WHEN 'returned' THEN 1 WHEN 'cancelled' THEN 2 ELSE 0 END AS status
    FROM orders`
		},
		{
			name: 'customer_list',
			sql: `SELECT CAST(customer_id AS ${text}) AS customer_id FROM customers ${dialect.union} SELECT customer_id FROM order_rows`
		},
		...(records.length > 0
			? [
					{
						name: 'customer_records',
						sql: `SELECT CAST(customer_id AS ${text}) AS customer_id, ${records.map((r) => `${r.expr} AS ${r.alias}`).join(', ')} FROM customers cu`
					}
				]
			: []),
		{
			name: 'counted',
			sql: `SELECT o.customer_id, o.day, o.amount,
      CASE WHEN o.status = 0 AND o.amount >= 0 THEN 1 WHEN o.status = 1 OR o.amount < 0 THEN 2 ELSE 3 END AS kind
    FROM order_rows o CROSS JOIN analysis a WHERE o.day <= a.analysis_day`
		},
		{
			name: 'totals',
			sql: `SELECT customer_id, ${flag('kind = 1', '1')} AS orders, ${flag('kind = 1', 'amount')} AS gross_value,
      ${flag('kind = 2', '1')} AS returns, ${flag('kind = 2', 'ABS(amount)')} AS return_value,
      ${flag('kind = 3', '1')} AS cancellations,
      MIN(CASE WHEN kind = 1 THEN day END) AS first_day, MAX(CASE WHEN kind = 1 THEN day END) AS last_day
    FROM counted GROUP BY customer_id`
		},
		{
			name: 'purchase_gaps',
			sql: `SELECT customer_id, day - LAG(day) OVER (PARTITION BY customer_id ORDER BY day) AS gap FROM counted WHERE kind = 1`
		},
		{
			name: 'ranked_gaps',
			sql: `SELECT customer_id, gap, ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY gap) AS k,
      COUNT(*) OVER (PARTITION BY customer_id) AS n
    FROM purchase_gaps WHERE gap IS NOT NULL`
		},
		{
			// The middle gap, or the mean of the two middle ones: 2k ∈ {n, n + 1, n + 2}.
			name: 'median_gaps',
			sql: `SELECT customer_id, AVG(CAST(gap AS ${double})) AS median_gap_days FROM ranked_gaps WHERE 2 * k IN (n, n + 1, n + 2) GROUP BY customer_id`
		},
		{
			name: 'measures',
			sql: `SELECT c.customer_id, a.analysis_day, a.analysis_year,
      COALESCE(t.orders, 0) AS orders, COALESCE(t.gross_value, 0) AS gross_value,
      COALESCE(t.returns, 0) AS returns, COALESCE(t.return_value, 0) AS return_value,
      COALESCE(t.cancellations, 0) AS cancellations,
      COALESCE(t.gross_value, 0) - COALESCE(t.return_value, 0) AS net_value,
      CASE WHEN t.orders > 0 THEN (t.gross_value - t.return_value) / t.orders END AS average_order_value,
      CASE WHEN t.orders > 0 THEN a.analysis_day - t.last_day END AS recency_days,
      CASE WHEN t.orders > 0 THEN a.analysis_day - t.first_day END AS tenure_days,
      g.median_gap_days, t.first_day, t.last_day${records.map((r) => `, cu.${r.alias}`).join('')}
    FROM customer_list c CROSS JOIN analysis a
    LEFT JOIN totals t ON t.customer_id = c.customer_id
    LEFT JOIN median_gaps g ON g.customer_id = c.customer_id${recordJoin}`
		}
	];
}

/** The cut points of one measure: typed ones as literals, else the data's quintiles. */
function cutsOf(
	dialect: Dialect,
	measure: 'recency' | 'frequency' | 'monetary',
	typed: readonly number[] | undefined
): string[] {
	if (typed) return checkCuts(typed, measure).map((cut) => doubleLiteral(dialect, cut));
	return QUINTILE_PROBABILITIES.map((_, k) => `q.${measure}_${k}`);
}

/** `count of cuts strictly below value` as a sum of 0/1 (the cuts are ascending). */
function countBelowSql(cuts: readonly string[], value: string): string {
	return cuts.map((cut) => `CASE WHEN ${cut} < ${value} THEN 1 ELSE 0 END`).join(' + ');
}

function scoreCtes(dialect: Dialect, rfm: RfmSettings): SqlCte[] {
	const monetary = monetarySql(rfm.monetary);
	const quintiles = quantileCtes(
		dialect,
		'rfm_cuts',
		'measures p WHERE p.orders > 0',
		[
			{ name: 'recency', expr: 'p.recency_days' },
			{ name: 'frequency', expr: 'p.orders' },
			{ name: 'monetary', expr: monetary }
		],
		QUINTILE_PROBABILITIES
	);
	const r = cutsOf(dialect, 'recency', rfm.cuts.recency);
	const f = cutsOf(dialect, 'frequency', rfm.cuts.frequency);
	const m = cutsOf(dialect, 'monetary', rfm.cuts.monetary);
	return [
		...quintiles,
		{
			name: 'base',
			sql: `SELECT p.*,
      CASE WHEN p.orders > 0 THEN 5 - (${countBelowSql(r, 'p.recency_days')}) END AS r_score,
      CASE WHEN p.orders > 0 THEN 1 + ${countBelowSql(f, 'p.orders')} END AS f_score,
      CASE WHEN p.orders > 0 THEN 1 + ${countBelowSql(m, monetary)} END AS m_score
    FROM measures p CROSS JOIN rfm_cuts q`
		}
	];
}

/** The subqueries up to `base`, for an analysis day (default: the day after the last order). */
export function baseCtes(
	dialect: Dialect,
	analysisDay: DayNumber | undefined,
	rfm: RfmSettings,
	records: readonly RecordColumn[]
): SqlCte[] {
	// The default analysis day reads the order rows, so they come first.
	const [orderRows, ...measures] = measureCtes(dialect, records);
	return [orderRows, analysisCte(dialect, analysisDay), ...measures, ...scoreCtes(dialect, rfm)];
}
