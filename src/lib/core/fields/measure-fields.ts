/** The measures, RFM scores and predicted value a customer has, as fields. */

import type { FieldEntry } from './field-entry';

const measure = (
	field: string,
	labelKey: FieldEntry['labelKey'],
	kind: FieldEntry['kind'],
	role?: FieldEntry['role']
): FieldEntry => ({ field, kind, source: 'measure', labelKey, ...(role ? { role } : {}) });

export const MEASURE_FIELDS: readonly FieldEntry[] = [
	measure('orders', 'measure.orders', 'number', 'frequency'),
	measure('grossValue', 'measure.grossValue', 'money', 'monetary'),
	measure('netValue', 'measure.netValue', 'money', 'monetary'),
	measure('averageOrderValue', 'measure.averageOrderValue', 'money', 'monetary'),
	measure('returns', 'measure.returns', 'number'),
	measure('returnValue', 'measure.returnValue', 'money'),
	measure('cancellations', 'measure.cancellations', 'number'),
	measure('recencyDays', 'measure.recencyDays', 'number', 'recency'),
	measure('tenureDays', 'measure.tenureDays', 'number', 'tenure'),
	measure('medianGapDays', 'measure.medianGapDays', 'number'),
	measure('profit', 'measure.profit', 'money', 'monetary'),
	measure('firstDay', 'measure.firstDay', 'day'),
	measure('lastDay', 'measure.lastDay', 'day')
];

export const SCORE_FIELDS: readonly FieldEntry[] = [
	{ field: 'rScore', kind: 'number', source: 'score', labelKey: 'measure.rScore' },
	{ field: 'fScore', kind: 'number', source: 'score', labelKey: 'measure.fScore' },
	{ field: 'mScore', kind: 'number', source: 'score', labelKey: 'measure.mScore' }
];

export const PREDICTED_VALUE_FIELDS: readonly FieldEntry[] = [
	{ field: 'clv', kind: 'money', source: 'predicted', labelKey: 'measure.clv', role: 'monetary' },
	{
		field: 'probabilityAlive',
		kind: 'share',
		source: 'predicted',
		labelKey: 'measure.probabilityAlive'
	},
	{
		field: 'expectedPurchases',
		kind: 'number',
		source: 'predicted',
		labelKey: 'measure.expectedPurchases',
		role: 'frequency'
	},
	{ field: 'intention', kind: 'number', source: 'predicted', labelKey: 'measure.intention' },
	{ field: 'churnRisk', kind: 'share', source: 'predicted', labelKey: 'measure.churnRisk' },
	{
		field: 'nextOrderDay',
		kind: 'day',
		source: 'predicted',
		labelKey: 'measure.nextOrderDay',
		clustering: false
	},
	{
		field: 'avgDaysBetweenOrders',
		kind: 'number',
		source: 'predicted',
		labelKey: 'measure.avgDaysBetweenOrders'
	},
	{ field: 'spendTier', kind: 'number', source: 'predicted', labelKey: 'measure.spendTier' }
];
