/** `segment FILE`: each customer's measures and their class in every registered scheme. */

import { dayFromIso, isoFromDay } from '../lib/core/days';
import { runAllSchemes, SCHEMES, type AnyScheme, type SchemeBase } from '../lib/core/segments';
import { MEASURE_COLUMNS } from '../lib/core/sql/segment-query';
import { csvLine } from './csv-out';
import { CliError, readOrders, type ReadOptions } from './read-orders';

/** The output's header: the measures, then each registered scheme's columns in registry order. */
export const SEGMENT_HEADER: readonly string[] = [
	...MEASURE_COLUMNS,
	...SCHEMES.flatMap((entry) => entry.cliColumns.map((column) => column.header))
];

/** The registered schemes' ids, for `sql --scheme`. */
export const SCHEME_IDS: readonly string[] = SCHEMES.map((entry) => entry.id);

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
	options: ReadOptions & { asOf?: string },
	out: (text: string) => void
): Promise<void> {
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
	let text = csvLine([...SEGMENT_HEADER]);
	for (let i = 0; i < measures.customerIds.length; i++) {
		text += csvLine([
			measures.customerIds[i],
			measures.orders[i],
			day(measures.firstDay[i]),
			day(measures.lastDay[i]),
			measures.recencyDays[i],
			measures.netValue[i],
			...columns.map((column) => column(i))
		]);
		if (text.length > 1 << 16) {
			out(text);
			text = '';
		}
	}
	out(text);
}
