/**
 * Kequn on the command line: the same core as the app, for batch use, trainers' preparation
 * and benchmarks. stdout holds only the result (CSV or JSON); messages go to stderr.
 *   npx kequn --help          (the bundled command: `npm ci` builds it, see scripts/build-cli.mjs)
 *   npm run -s cli -- --help  (the development entry, through tsx)
 * The commands are imported when chosen, so `--help` starts without loading the core.
 */

import { parseArgs } from 'node:util';
import { CliError } from './cli-error';

/** The help text; the segment columns and scheme ids come from the scheme registry. */
const help = (
	segmentHeader: readonly string[],
	schemeIds: readonly string[]
) => `kequn — customer segmentation on the command line

Usage:
  kequn segment FILE [--as-of YYYY-MM-DD] [--map KEY=COL,...] [--no-header] [--date-format FMT]
      One CSV row per customer:
      ${segmentHeader.join(',')}
      --as-of        analysis date (default: the day after the last order in the file)

  kequn clv FILE --calibration-end YYYY-MM-DD [--model bgnbd|mbgnbd|pnbd|auto]
                [--holdout-end YYYY-MM-DD] [--unit week|day] [--horizon N] [--discount RATE]
                [--churn-days N] [--per-customer] [--map KEY=COL,...] [--no-header] [--date-format FMT]
      BG/NBD and Gamma-Gamma fitted by maximum likelihood, and the chosen model (name, parameters,
      whether its fit supports per-customer predictions), as JSON; with --per-customer, CSV:
      customer_id,frequency,recency,T,p_alive,expected_purchases,expected_value,clv,churn_risk
      --model        default bgnbd; auto = the model with the lowest per-customer error on the
                     hold-out (orders after --calibration-end, up to --holdout-end or the last order)
      --horizon      in units (default 52 weeks / 365 days); --discount annual rate (default 0.1)
      --churn-days   churn_risk = P(no purchase in the next N days), default 90 (N/7 weeks with --unit week)

  kequn kmeans FILE --features COL,COL,... --k K [--scale standard|none] [--log COL,...]
                   [--restarts N] [--seed S] [--id COL] [--rules]
      k-means on a table with one row per customer, as JSON { k, inertia, silhouette, sizes,
      centroids, labels }; centroids in the features' original units, inertia in the scaled space.
      --k 2..10 prints the k-selection table instead.
      --rules        adds "rules": a decision tree (depth 3, leaves of at least 1 % of the rows,
                     5 or more) on the unscaled columns gives each cluster at most three rules
                     (conditions, customers matched, in English and Chinese) and the fidelity:
                     the share of rows the rules put in their k-means cluster, per cluster and overall

  kequn cohort FILE [--map KEY=COL,...] [--no-header] [--date-format FMT]
      Cohort retention, one CSV row per cohort (month of first purchase) and month since:
      cohort,months_since,customers,active,share,revenue
      (purchases only: returns and cancellations count neither as activity nor as revenue;
      revenue = the cohort's purchase amounts in that month)

  kequn sql [--dialect duckdb|postgres|bigquery] [--scheme ID,...] [--as-of YYYY-MM-DD]
            [--settings FILE]
      The rule-based schemes as one SQL query over your warehouse's tables
      orders(customer_id, order_id, order_date, amount, status) and customers(customer_id, ...),
      with the settings and the analysis day written in; it returns one row per customer with
      the columns and class ids of \`segment\` (and one custom_<id> column per rule set).
      --dialect      default duckdb
      --scheme       only these schemes, default all:
                     ${schemeIds.join(', ')}, custom:<rule set id>
      --settings     a JSON file of segment settings, as the app keeps them (the Segments screen's
                     SQL export shows them in its header); parts left out take their defaults
      --as-of        default: the day after the last order, found by the query

Common options:
  --map KEY=COL,...   columns by header name, or 1-based position for files without a header;
                      KEY is one of customer, order, date, amount, quantity, price, name, cost,
                      product, status. Without --map the importer's guesses are used.
  --no-header         the first row is data
  --date-format FMT   ymd, dmy or mdy (or a pattern such as DD/MM/YYYY) for dates like 03/05/2024
  --strict            exit 1 when any row of FILE was skipped (segment, clv)

Reading FILE (segment, clv) prints a summary on stderr when any row was skipped or has a
problem: rows read, imported, skipped by reason and the first problems by line and column.

Exit codes: 0 done, 1 the file cannot be used (message on stderr), 2 wrong usage.
`;

const write = (text: string) => {
	process.stdout.write(text);
};

async function main(argv: string[]): Promise<void> {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			help: { type: 'boolean', short: 'h' },
			'as-of': { type: 'string' },
			map: { type: 'string' },
			'no-header': { type: 'boolean' },
			'date-format': { type: 'string' },
			strict: { type: 'boolean' },
			'calibration-end': { type: 'string' },
			unit: { type: 'string' },
			horizon: { type: 'string' },
			discount: { type: 'string' },
			'per-customer': { type: 'boolean' },
			model: { type: 'string' },
			'churn-days': { type: 'string' },
			'holdout-end': { type: 'string' },
			features: { type: 'string' },
			k: { type: 'string' },
			scale: { type: 'string' },
			log: { type: 'string' },
			restarts: { type: 'string' },
			seed: { type: 'string' },
			id: { type: 'string' },
			rules: { type: 'boolean' },
			dialect: { type: 'string' },
			scheme: { type: 'string', multiple: true },
			settings: { type: 'string' }
		}
	});
	const [command, file] = positionals;
	if (values.help || !command) {
		const { SEGMENT_HEADER, SCHEME_IDS } = await import('./segment');
		write(help(SEGMENT_HEADER, SCHEME_IDS));
		return;
	}
	if (command === 'sql') {
		const { sqlCommand } = await import('./sql');
		return sqlCommand({ ...values, asOf: values['as-of'] }, write);
	}
	if (!file) throw new CliError(`${command}: a FILE is required (see --help)`, 2);
	const read = {
		map: values.map,
		noHeader: values['no-header'],
		dateFormat: values['date-format'],
		strict: values.strict
	};
	switch (command) {
		case 'segment': {
			const { segmentCommand } = await import('./segment');
			return segmentCommand(file, { ...read, asOf: values['as-of'] }, write);
		}
		case 'clv': {
			const { clvCommand } = await import('./clv');
			return clvCommand(
				file,
				{
					...read,
					calibrationEnd: values['calibration-end'],
					unit: values.unit,
					horizon: values.horizon,
					discount: values.discount,
					perCustomer: values['per-customer'],
					model: values.model,
					churnDays: values['churn-days'],
					holdoutEnd: values['holdout-end']
				},
				write
			);
		}
		case 'kmeans': {
			const { kmeansCommand } = await import('./kmeans');
			return kmeansCommand(file, values, write);
		}
		case 'cohort': {
			const { cohortCommand } = await import('./cohort');
			return cohortCommand(file, read, write);
		}
		default:
			throw new CliError(`unknown command '${command}' (see --help)`, 2);
	}
}

main(process.argv.slice(2)).catch((error: unknown) => {
	if (error instanceof CliError) {
		process.stderr.write(`kequn: ${error.message}\n`);
		process.exitCode = error.exitCode;
		return;
	}
	if (
		error instanceof TypeError &&
		'code' in error &&
		String(error.code).startsWith('ERR_PARSE_ARGS')
	) {
		process.stderr.write(`kequn: ${error.message} (see --help)\n`);
		process.exitCode = 2;
		return;
	}
	process.stderr.write(
		`kequn: unexpected failure: ${error instanceof Error ? error.stack : String(error)}\n`
	);
	process.exitCode = 1;
});
