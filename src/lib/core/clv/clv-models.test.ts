import { describe, expect, it } from 'vitest';
import { fitClvModels } from './clv-models';
import { readCdnowSample } from './testing/cdnow';
import { CDNOW_CALIBRATION_END, CDNOW_HOLDOUT_END } from './testing/published';

describe('fitClvModels on CDNOW', { timeout: 60_000 }, () => {
	const orders = readCdnowSample();
	const auto = fitClvModels(orders, {
		calibrationEnd: CDNOW_CALIBRATION_END,
		holdoutEnd: CDNOW_HOLDOUT_END,
		model: 'auto'
	});

	it('uses the hold-out choice and fills every predicted column', () => {
		expect(auto.model).toBe('pnbd');
		expect(auto.choice.reason).toBe('lowest-error');
		expect(auto.comparison?.evaluations).toHaveLength(3);
		expect(auto.degeneracy.usable).toBe(true);
		const { columns } = auto;
		expect(columns.churnRisk).toHaveLength(2357);
		for (let c = 0; c < 2357; c += 53) {
			const next = columns.nextPurchaseIn[c];
			if (Number.isFinite(next)) {
				expect(columns.nextOrderDay[c]).toBe(
					CDNOW_CALIBRATION_END + Math.max(1, Math.ceil(next * 7 - 1e-9))
				);
			} else expect(columns.nextOrderDay[c]).toBeNaN();
		}
		const tiers = { high: 0, medium: 0, low: 0 };
		for (const tier of columns.spendTier) if (tier) tiers[tier]++;
		expect(tiers.high / 2357).toBeCloseTo(0.2, 2);
		expect((tiers.high + tiers.medium) / 2357).toBeCloseTo(0.5, 2);
	});

	it('tiers by the 12-month CLV whatever the horizon, and honours a requested model', () => {
		const long = fitClvModels(orders, {
			calibrationEnd: CDNOW_CALIBRATION_END,
			model: 'pnbd',
			horizon: 104
		});
		expect(long.choice.reason).toBe('requested');
		expect(long.comparison).toBeUndefined();
		expect(long.columns.spendTier).toEqual(auto.columns.spendTier);
		expect(long.columns.clv[5]).toBeGreaterThan(auto.columns.clv[5]);
	});
});
