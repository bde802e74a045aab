/** The Customer value screen's model settings, kept on the device and used by every screen. */

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
}

export const DEFAULT_VALUE_SETTINGS: ValueSettings = {
	unit: 'week',
	horizon: 52,
	annualDiscountRate: 0.1,
	defaultMargin: 1,
	holdoutWeeks: 26
};

/** The settings that shape per-customer predictions (the hold-out shapes only the back-test). */
export type PredictionSettings = Omit<ValueSettings, 'holdoutWeeks'>;

/** Saved settings completed with the defaults (a missing or partial record is fine). */
export function valueSettingsOf(saved: Partial<ValueSettings> | undefined): ValueSettings {
	return { ...DEFAULT_VALUE_SETTINGS, ...saved };
}

/** Only what changes the predictions, so the back-test's hold-out never refits everyone. */
export function predictionSettings(settings: ValueSettings): PredictionSettings {
	const { unit, horizon, annualDiscountRate, defaultMargin } = settings;
	return { unit, horizon, annualDiscountRate, defaultMargin };
}
