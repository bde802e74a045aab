/** Reads the CDNOW sample (`../shared/data/cdnow/CDNOW_sample.txt`) into order columns, for tests. */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dayFromParts } from '../../days';
import type { Order, OrderColumns } from '../../model';
import { ORDER_STATUS } from '../../model';
import { ordersFromObjects } from '../../order-columns';

/** Path of the sample from the project root (vitest's working directory). */
export const CDNOW_SAMPLE_PATH = path.resolve(
	process.cwd(),
	'../shared/data/cdnow/CDNOW_sample.txt'
);

/**
 * The 2,357 customers of the 1/10 sample: no header, whitespace-separated
 * `master_id sample_id date(YYYYMMDD) cds dollars`; the sample id is the customer.
 */
export function readCdnowSample(file = CDNOW_SAMPLE_PATH): OrderColumns {
	const orders: Order[] = [];
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		const fields = line.trim().split(/\s+/);
		if (fields.length < 5) continue;
		const [, sampleId, date, cds, dollars] = fields;
		orders.push({
			customerId: String(Number(sampleId)),
			day: dayFromParts(
				Number(date.slice(0, 4)),
				Number(date.slice(4, 6)),
				Number(date.slice(6, 8))
			),
			secondOfDay: -1,
			amount: Number(dollars),
			cost: NaN,
			quantity: Number(cds),
			status: ORDER_STATUS.ok,
			orderId: '',
			product: ''
		});
	}
	return ordersFromObjects(orders);
}
