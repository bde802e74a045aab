/** `clv FILE`: BG/NBD and Gamma-Gamma fitted on the file, as JSON, or per customer as CSV. */

import { fitClv } from '../lib/core/clv';
import { dayFromIso } from '../lib/core/days';
import { csvLine } from './csv-out';
import { CliError, readOrders, type ReadOptions } from './read-orders';

export interface ClvCommandOptions extends ReadOptions {
	calibrationEnd?: string;
	unit?: string;
	horizon?: string;
	discount?: string;
	perCustomer?: boolean;
}

/** The per-customer CSV's column kinds: probability as a share, values in money. */
const CLV_KINDS = [
	'text',
	'number',
	'number',
	'number',
	'share',
	'number',
	'money',
	'money'
] as const;

const round = (value: number, digits = 6) => Number(value.toFixed(digits));

/** A finite number from an option, or a usage error. */
function numberOption(name: string, text: string | undefined, fallback: number): number {
	if (text === undefined) return fallback;
	const value = Number(text);
	if (!Number.isFinite(value) || value < 0)
		throw new CliError(`--${name}: '${text}' is not a number ≥ 0`, 2);
	return value;
}

/** Fit both models and write JSON (or the per-customer CSV) to `out`. */
export async function clvCommand(
	file: string,
	options: ClvCommandOptions,
	out: (text: string) => void
): Promise<void> {
	if (!options.calibrationEnd) throw new CliError('--calibration-end YYYY-MM-DD is required', 2);
	const calibrationEnd = dayFromIso(options.calibrationEnd);
	if (Number.isNaN(calibrationEnd))
		throw new CliError(`--calibration-end: '${options.calibrationEnd}' is not YYYY-MM-DD`, 2);
	const unit = options.unit ?? 'week';
	if (unit !== 'week' && unit !== 'day')
		throw new CliError(`--unit: week or day, not '${unit}'`, 2);
	const table = await readOrders(file, options);
	const result = fitClv(table.orders, {
		calibrationEnd,
		unit,
		horizon: numberOption('horizon', options.horizon, unit === 'week' ? 52 : 365),
		annualDiscountRate: numberOption('discount', options.discount, 0.1)
	});
	if (options.perCustomer) {
		const { columns } = result;
		let text = csvLine([
			'customer_id',
			'frequency',
			'recency',
			'T',
			'p_alive',
			'expected_purchases',
			'expected_value',
			'clv'
		]);
		result.customerIds.forEach((id, i) => {
			text += csvLine(
				[
					id,
					columns.frequency[i],
					columns.recency[i],
					columns.age[i],
					columns.probabilityAlive[i],
					columns.expectedPurchases[i],
					columns.expectedValue[i],
					columns.clv[i]
				],
				CLV_KINDS
			);
		});
		out(text);
		return;
	}
	const { bgNbd, gammaGamma } = result;
	out(
		JSON.stringify(
			{
				customers: result.customers,
				repeatCustomers: result.repeatCustomers,
				bgnbd: {
					r: round(bgNbd.params.r),
					alpha: round(bgNbd.params.alpha),
					a: round(bgNbd.params.a),
					b: round(bgNbd.params.b),
					logLikelihood: round(bgNbd.logLikelihood, 4),
					converged: bgNbd.converged
				},
				gammaGamma: {
					p: round(gammaGamma.params.p),
					q: round(gammaGamma.params.q),
					v: round(gammaGamma.params.v),
					logLikelihood: round(gammaGamma.logLikelihood, 4),
					converged: gammaGamma.converged
				}
			},
			null,
			2
		) + '\n'
	);
}
