/** `segment FILE`: measures and the RFM, eight-class, value-tier and lifecycle class of each customer. */

import { dayFromIso, isoFromDay } from '../lib/core/days';
import { runAllSchemes, type AnyScheme } from '../lib/core/segments';
import { csvLine } from './csv-out';
import { CliError, readOrders, type ReadOptions } from './read-orders';

const HEADER = [
	'customer_id',
	'orders',
	'first_order',
	'last_order',
	'recency_days',
	'monetary',
	'r',
	'f',
	'm',
	'rfm_segment',
	'rfm8_segment',
	'value_tier',
	'lifecycle'
];

/** Each customer's class id in a scheme. */
function classIds(schemes: AnyScheme[], schemeId: string): (i: number) => string {
	const scheme = schemes.find((candidate) => candidate.schemeId === schemeId);
	if (!scheme) return () => '';
	return (i) => scheme.classes[scheme.classIndex[i]].id;
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
	const { measures, scores, schemes } = result;
	const named = classIds(schemes, 'rfm-named');
	const eight = classIds(schemes, 'rfm-eight');
	const tier = classIds(schemes, 'value-tier');
	const stage = classIds(schemes, 'lifecycle');
	const score = (value: number) => (value === 0 ? undefined : value);
	const day = (value: number) => (Number.isNaN(value) ? undefined : isoFromDay(value));
	let text = csvLine(HEADER);
	for (let i = 0; i < measures.customerIds.length; i++) {
		text += csvLine([
			measures.customerIds[i],
			measures.orders[i],
			day(measures.firstDay[i]),
			day(measures.lastDay[i]),
			measures.recencyDays[i],
			measures.netValue[i],
			score(scores.recency[i]),
			score(scores.frequency[i]),
			score(scores.monetary[i]),
			named(i),
			eight(i),
			tier(i),
			stage(i)
		]);
		if (text.length > 1 << 16) {
			out(text);
			text = '';
		}
	}
	out(text);
}
