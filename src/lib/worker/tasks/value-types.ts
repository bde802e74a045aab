/** What the value screen and profiles receive from the worker. */

import type { Backtest, BgNbdParams, FitResult, GammaGammaParams } from '$lib/core/clv';
import type { ValueSettings } from '$lib/core/clv/value-settings';
import type { TopCustomer } from '$lib/core/clv/value-summary';

export { DEFAULT_VALUE_SETTINGS, type ValueSettings } from '$lib/core/clv/value-settings';
export type { CustomerValue } from '$lib/core/clv/value-summary';

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
	top: TopCustomer[];
	/** The fit on the data before the hold-out, compared with what happened in it. */
	backtest?: Backtest & { calibrationEnd: number; holdoutEnd: number };
}
