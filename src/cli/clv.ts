/**
 * `clv FILE`: BG/NBD (or MBG/NBD, Pareto/NBD, or the hold-out comparison's choice) and
 * Gamma-Gamma fitted on the file, as JSON, or per customer as CSV.
 */

import { CLV_MODEL_NAMES, fitClv, fitClvModels, namedParameters } from '../lib/core/clv';
import type { ClvModelName, ModelClvResult } from '../lib/core/clv';
import { dayFromIso } from '../lib/core/days';
import { csvLine } from './csv-out';
import { CliError, readOrders, type ReadOptions } from './read-orders';

export interface ClvCommandOptions extends ReadOptions {
	calibrationEnd?: string;
	holdoutEnd?: string;
	unit?: string;
	horizon?: string;
	discount?: string;
	perCustomer?: boolean;
	model?: string;
	churnDays?: string;
}

/** The per-customer CSV's column kinds: probabilities as shares, values in money. */
const CLV_KINDS = [
	'text',
	'number',
	'number',
	'number',
	'share',
	'number',
	'money',
	'money',
	'share'
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

function dayOption(name: string, text: string): number {
	const day = dayFromIso(text);
	if (Number.isNaN(day)) throw new CliError(`--${name}: '${text}' is not YYYY-MM-DD`, 2);
	return day;
}

function modelOption(text: string | undefined): ClvModelName | 'auto' {
	const model = text ?? 'bgnbd';
	if (model === 'auto' || (CLV_MODEL_NAMES as readonly string[]).includes(model)) {
		return model as ClvModelName | 'auto';
	}
	throw new CliError(`--model: bgnbd, mbgnbd, pnbd or auto, not '${model}'`, 2);
}

/** Rounded figures, NaN as null (JSON has no NaN). */
function figure(value: number, digits = 6): number | null {
	return Number.isFinite(value) ? round(value, digits) : null;
}

/** The chosen model, why, and the hold-out comparison, for the JSON output. */
function modelReport(result: ModelClvResult) {
	const { fit, degeneracy, choice, comparison } = result;
	const parameters = Object.fromEntries(
		Object.entries(namedParameters(result.model, fit.params)).map(([key, value]) => [
			key,
			figure(value)
		])
	);
	return {
		model: {
			name: result.model,
			parameters,
			logLikelihood: figure(fit.logLikelihood, 4),
			converged: fit.converged,
			usable: degeneracy.usable,
			degeneracy: degeneracy.reasons
		},
		choice: {
			model: choice.model,
			reason: choice.reason,
			runnerUp: choice.runnerUp,
			error: figure(choice.error),
			runnerUpError: figure(choice.runnerUpError),
			excluded: choice.excluded
		},
		holdout: comparison?.evaluations.map((e) => ({
			model: e.model,
			meanAbsoluteError: figure(e.meanAbsoluteError),
			predictedTotal: figure(e.predictedTotal, 2),
			actualTotal: e.actualTotal,
			usable: e.degeneracy.usable,
			degeneracy: e.degeneracy.reasons
		}))
	};
}

/** Fit the models and write JSON (or the per-customer CSV) to `out`. */
export async function clvCommand(
	file: string,
	options: ClvCommandOptions,
	out: (text: string) => void
): Promise<void> {
	if (!options.calibrationEnd) throw new CliError('--calibration-end YYYY-MM-DD is required', 2);
	const calibrationEnd = dayOption('calibration-end', options.calibrationEnd);
	const unit = options.unit ?? 'week';
	if (unit !== 'week' && unit !== 'day')
		throw new CliError(`--unit: week or day, not '${unit}'`, 2);
	const model = modelOption(options.model);
	const churnDays = numberOption('churn-days', options.churnDays, 90);
	const explicitHoldout =
		options.holdoutEnd === undefined ? undefined : dayOption('holdout-end', options.holdoutEnd);
	const table = await readOrders(file, options);
	const horizon = numberOption('horizon', options.horizon, unit === 'week' ? 52 : 365);
	const annualDiscountRate = numberOption('discount', options.discount, 0.1);
	// The hold-out is everything after the calibration end unless --holdout-end says otherwise.
	let lastDay = -Infinity;
	for (let i = 0; i < table.orders.day.length; i++)
		lastDay = Math.max(lastDay, table.orders.day[i]);
	const holdoutEnd = explicitHoldout ?? (lastDay > calibrationEnd ? lastDay : undefined);
	const result = fitClvModels(table.orders, {
		calibrationEnd,
		model,
		unit,
		horizon,
		annualDiscountRate,
		holdoutEnd,
		churnDays
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
			'clv',
			'churn_risk'
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
					columns.clv[i],
					columns.churnRisk[i]
				],
				CLV_KINDS
			);
		});
		out(text);
		return;
	}
	// Today's BG/NBD and Gamma-Gamma block stays as it was; the chosen model comes beside it.
	const { bgNbd, gammaGamma } = fitClv(table.orders, {
		calibrationEnd,
		unit,
		horizon,
		annualDiscountRate
	});
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
				},
				...modelReport(result),
				churnDays: result.churnDays
			},
			null,
			2
		) + '\n'
	);
}
