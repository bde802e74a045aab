/**
 * `segment FILE`: each customer's measures, their class in every registered scheme, and the
 * predicted fields the app shows (churn risk, next order, days between orders, spend tier).
 */

import { fitAsOf } from '../lib/core/clv';
import { SPEND_TIERS } from '../lib/core/clv/predicted';
import {
	DEFAULT_VALUE_SETTINGS,
	predictionSettings,
	type ValueSettings
} from '../lib/core/clv/value-settings';
import { dayFromIso, isoFromDay } from '../lib/core/days';
import { predictedFields } from '../lib/core/predicted-fields';
import { runAllSchemes, SCHEMES, type AnyScheme, type SchemeBase } from '../lib/core/segments';
import { MEASURE_COLUMNS } from '../lib/core/sql/segment-query';
import { csvLine } from './csv-out';
import { CliError, readOrders, type ReadOptions } from './read-orders';

/** The predicted fields, empty where the model cannot predict single customers. */
export const PREDICTED_HEADER: readonly string[] = [
	'churn_risk',
	'next_order_date',
	'avg_days_between_orders',
	'spend_tier'
];

/**
 * The output's header: the measures, each registered scheme's columns in registry order, then
 * the predicted fields.
 */
export const SEGMENT_HEADER: readonly string[] = [
	...MEASURE_COLUMNS,
	...SCHEMES.flatMap((entry) => entry.cliColumns.map((column) => column.header)),
	...PREDICTED_HEADER
];

/** The registered schemes' ids, for `sql --scheme`. */
export const SCHEME_IDS: readonly string[] = SCHEMES.map((entry) => entry.id);

export interface SegmentCommandOptions extends ReadOptions {
	asOf?: string;
	/** Churn-risk window in days (default 90). */
	churnDays?: string;
	unit?: string;
	model?: string;
}

/** The app's value settings with the command's choices. */
export function predictionOptions(
	options: Pick<SegmentCommandOptions, 'churnDays' | 'unit' | 'model'>
): ValueSettings {
	const churnDays = options.churnDays === undefined ? 90 : Number(options.churnDays);
	if (!(churnDays > 0 && churnDays < Infinity))
		throw new CliError(`--churn-days: '${options.churnDays}' is not a number > 0`, 2);
	const unit = options.unit ?? 'week';
	if (unit !== 'week' && unit !== 'day')
		throw new CliError(`--unit: week or day, not '${unit}'`, 2);
	const model = options.model ?? 'bgnbd';
	if (!['auto', 'bgnbd', 'mbgnbd', 'pnbd'].includes(model))
		throw new CliError(`--model: bgnbd, mbgnbd, pnbd or auto, not '${model}'`, 2);
	return {
		...DEFAULT_VALUE_SETTINGS,
		unit,
		horizon: unit === 'week' ? 52 : 365,
		churnDays,
		model: model as ValueSettings['model']
	};
}

/** Per registered scheme column, the value of customer i. */
function schemeColumns(
	schemes: readonly AnyScheme[]
): ((i: number) => string | number | undefined)[] {
	return SCHEMES.flatMap((entry) => {
		const scheme: SchemeBase | undefined = schemes.find((s) => s.schemeId === entry.id);
		return entry.cliColumns.map((column) => (i: number) => {
			if (!scheme) return undefined;
			return column.value ? column.value(scheme, i) : scheme.classes[scheme.classIndex[i]].id;
		});
	});
}

/** Write the per-customer CSV to `out`. */
export async function segmentCommand(
	file: string,
	options: SegmentCommandOptions,
	out: (text: string) => void
): Promise<void> {
	const settings = predictionSettings(predictionOptions(options));
	const table = await readOrders(file, options);
	let analysisDay: number | undefined;
	if (options.asOf !== undefined) {
		analysisDay = dayFromIso(options.asOf);
		if (Number.isNaN(analysisDay))
			throw new CliError(`--as-of: '${options.asOf}' is not YYYY-MM-DD`, 2);
	}
	const result = runAllSchemes({ orders: table.orders, customers: table.customers, analysisDay });
	const { measures, schemes } = result;
	const columns = schemeColumns(schemes);
	const day = (value: number) => (Number.isNaN(value) ? undefined : isoFromDay(value));
	const fit = fitAsOf(table.orders, result.analysisDay, settings);
	const predicted = predictedFields(measures.customerIds, fit);
	const figure = (value: number) => (Number.isNaN(value) ? undefined : value);
	const tier = (rank: number) =>
		Number.isNaN(rank) ? undefined : SPEND_TIERS[SPEND_TIERS.length - rank];
	let text = csvLine([...SEGMENT_HEADER]);
	for (let i = 0; i < measures.customerIds.length; i++) {
		text += csvLine([
			measures.customerIds[i],
			measures.orders[i],
			day(measures.firstDay[i]),
			day(measures.lastDay[i]),
			measures.recencyDays[i],
			measures.netValue[i],
			...columns.map((column) => column(i)),
			figure(predicted.churnRisk[i]),
			day(predicted.nextOrderDay[i]),
			figure(predicted.avgDaysBetweenOrders[i]),
			tier(predicted.spendTier[i])
		]);
		if (text.length > 1 << 16) {
			out(text);
			text = '';
		}
	}
	out(text);
}
