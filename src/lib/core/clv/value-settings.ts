/** The Customer value screen's model settings, kept on the device and used by every screen. */

import type { ClvModelName } from './models';
import type { TimeUnit } from './summary';

export interface ValueSettings {
	unit: TimeUnit;
	/** Prediction and CLV horizon, in units. */
	horizon: number;
	/** 0.1 = 10 % a year. */
	annualDiscountRate: number;
	/** Margin share 0–1 where orders have no cost. */
	defaultMargin: number;
	/** Weeks held out at the end of the data for the back-test (0: none). */
	holdoutWeeks: number;
	/**
	 * The model; 'auto' = the one with the lowest hold-out error (`compare.ts`). BG/NBD by
	 * default: the Pareto/NBD fit, which 'auto' needs, can take minutes on some data (its
	 * gradient is by finite differences), and every screen waits for the fit.
	 */
	model: ClvModelName | 'auto';
	/** Churn risk = P(no order in the next `churnDays` days). */
	churnDays: number;
}

export const DEFAULT_VALUE_SETTINGS: ValueSettings = {
	unit: 'week',
	horizon: 52,
	annualDiscountRate: 0.1,
	defaultMargin: 1,
	holdoutWeeks: 26,
	model: 'bgnbd',
	churnDays: 90
};

/**
 * The settings that shape per-customer predictions: the hold-out only when the model is chosen
 * automatically (it decides which model), otherwise it shapes only the back-test.
 */
export type PredictionSettings = Omit<ValueSettings, 'holdoutWeeks'> & { holdoutWeeks?: number };

/** Saved settings completed with the defaults (a missing or partial record is fine). */
export function valueSettingsOf(saved: Partial<ValueSettings> | undefined): ValueSettings {
	return { ...DEFAULT_VALUE_SETTINGS, ...saved };
}

/** Only what changes the predictions, so a back-test setting never refits everyone needlessly. */
export function predictionSettings(settings: ValueSettings): PredictionSettings {
	const { unit, horizon, annualDiscountRate, defaultMargin, model, churnDays } = settings;
	const chosen = { unit, horizon, annualDiscountRate, defaultMargin, model, churnDays };
	return model === 'auto' ? { ...chosen, holdoutWeeks: settings.holdoutWeeks } : chosen;
}

/** The back-test window: the last `holdoutWeeks` weeks up to `end` (undefined without one). */
export function holdoutWindow(
	end: number,
	holdoutWeeks: number
): { calibrationEnd: number; holdoutEnd: number } | undefined {
	if (!(holdoutWeeks > 0) || !Number.isFinite(end)) return undefined;
	return { calibrationEnd: end - Math.round(holdoutWeeks * 7), holdoutEnd: end };
}
