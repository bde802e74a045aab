/** What the value screen and profiles receive from the worker, and the default settings. */

import type {
	Backtest,
	BgNbdParams,
	FitResult,
	GammaGammaParams,
	IntentionScore,
	TimeUnit
} from '$lib/core/clv';

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

export interface ValueView {
	settings: ValueSettings;
	calibrationEnd: number;
	customers: number;
	repeatCustomers: number;
	bgNbd: FitResult<BgNbdParams>;
	gammaGamma: FitResult<GammaGammaParams>;
	populationMeanSpend: number;
	totalClv: number;
	meanProbabilityAlive: number;
	/** Customers by CLV, highest first (at most 20). */
	top: {
		customerId: string;
		name: string;
		clv: number;
		probabilityAlive: number;
		intention: number;
	}[];
	/** The fit on the data before the hold-out, compared with what happened in it. */
	backtest?: Backtest & { calibrationEnd: number; holdoutEnd: number };
}

export interface CustomerValue {
	probabilityAlive: number;
	expectedPurchases: number;
	expectedValue: number;
	valueFromPopulation: boolean;
	clv: number;
	frequency: number;
	intention: IntentionScore;
	unit: TimeUnit;
	horizon: number;
}
