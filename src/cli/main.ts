/**
 * Kequn on the command line: the same core as the app, for batch use, trainers' preparation
 * and benchmarks. stdout holds only the result (CSV or JSON); messages go to stderr.
 *   npm run -s cli -- --help
 */

import { parseArgs } from 'node:util';
import { clvCommand } from './clv';
import { kmeansCommand } from './kmeans';
import { CliError } from './read-orders';
import { SEGMENT_HEADER, segmentCommand } from './segment';

const HELP = `kequn — customer segmentation on the command line

Usage:
  npm run -s cli -- segment FILE [--as-of YYYY-MM-DD] [--map KEY=COL,...] [--no-header] [--date-format FMT]
      One CSV row per customer:
      ${SEGMENT_HEADER.join(',')}
      --as-of        analysis date (default: the day after the last order in the file)

  npm run -s cli -- clv FILE --calibration-end YYYY-MM-DD [--unit week|day] [--horizon N] [--discount RATE]
                             [--per-customer] [--map KEY=COL,...] [--no-header] [--date-format FMT]
      BG/NBD and Gamma-Gamma fitted by maximum likelihood, as JSON; with --per-customer, CSV:
      customer_id,frequency,recency,T,p_alive,expected_purchases,expected_value,clv
      --horizon      in units (default 52 weeks / 365 days); --discount annual rate (default 0.1)

  npm run -s cli -- kmeans FILE --features COL,COL,... --k K [--scale standard|none] [--log COL,...]
                                [--restarts N] [--seed S] [--id COL]
      k-means on a table with one row per customer, as JSON { k, inertia, silhouette, sizes,
      centroids, labels }; centroids in the features' original units, inertia in the scaled space.
      --k 2..10 prints the k-selection table instead.

Common options:
  --map KEY=COL,...   columns by header name, or 1-based position for files without a header;
                      KEY is one of customer, order, date, amount, quantity, price, name, cost,
                      product, status. Without --map the importer's guesses are used.
  --no-header         the first row is data
  --date-format FMT   ymd, dmy or mdy (or a pattern such as DD/MM/YYYY) for dates like 03/05/2024

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
			'calibration-end': { type: 'string' },
			unit: { type: 'string' },
			horizon: { type: 'string' },
			discount: { type: 'string' },
			'per-customer': { type: 'boolean' },
			features: { type: 'string' },
			k: { type: 'string' },
			scale: { type: 'string' },
			log: { type: 'string' },
			restarts: { type: 'string' },
			seed: { type: 'string' },
			id: { type: 'string' }
		}
	});
	const [command, file] = positionals;
	if (values.help || !command) {
		write(HELP);
		return;
	}
	if (!file) throw new CliError(`${command}: a FILE is required (see --help)`, 2);
	const read = {
		map: values.map,
		noHeader: values['no-header'],
		dateFormat: values['date-format']
	};
	switch (command) {
		case 'segment':
			return segmentCommand(file, { ...read, asOf: values['as-of'] }, write);
		case 'clv':
			return clvCommand(
				file,
				{
					...read,
					calibrationEnd: values['calibration-end'],
					unit: values.unit,
					horizon: values.horizon,
					discount: values.discount,
					perCustomer: values['per-customer']
				},
				write
			);
		case 'kmeans':
			return kmeansCommand(file, values, write);
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
