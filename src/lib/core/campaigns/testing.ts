/** A small campaign on the small store's customers, for storage and backup tests. */

import type { Campaign, GroupBaseline } from './model';

const baseline = (members: number): GroupBaseline => ({
	members,
	recencyDays: 30,
	orders: 2,
	netValue: 100,
	clv: 50,
	tiers: { high: members }
});

export function smallCampaign(id = 'campaign-1'): Campaign {
	return {
		id,
		name: '老客回访',
		action: 'Call and offer a coupon',
		source: {
			kind: 'segment',
			runId: 'run-1',
			schemeId: 'rfm-named',
			classId: 'at-risk',
			segment: { en: 'At risk', zh: '流失风险' }
		},
		createdAt: 1_700_000_000_000,
		startDay: 20_000,
		windowDays: 60,
		holdoutShare: 0.34,
		seed: 42,
		treated: ['C1', 'C2'],
		holdout: ['C3'],
		baseline: { treated: baseline(2), holdout: baseline(1) }
	};
}
