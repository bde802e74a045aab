/** What the value screen and profiles receive from the worker. */

import type {
	ClvModelName,
	Degeneracy,
	FitResult,
	GammaGammaParams,
	ModelChoice,
	ModelEvaluation,
	ModelParams
} from '$lib/core/clv';
import type { ValueSettings } from '$lib/core/clv/value-settings';
import type { TopCustomer } from '$lib/core/clv/value-summary';

export { DEFAULT_VALUE_SETTINGS, type ValueSettings } from '$lib/core/clv/value-settings';
export type { CustomerValue } from '$lib/core/clv/value-summary';

export interface ValueView {
	settings: ValueSettings;
	calibrationEnd: number;
	customers: number;
	repeatCustomers: number;
	/** The model the predictions use, its fit, and whether it supports per-customer figures. */
	model: ClvModelName;
	fit: FitResult<ModelParams>;
	degeneracy: Degeneracy;
	/** Why this model (the back-test's choice, or the user's). */
	choice: ModelChoice;
	gammaGamma: FitResult<GammaGammaParams>;
	populationMeanSpend: number;
	/** NaN when the fit is not usable. */
	totalClv: number;
	meanProbabilityAlive: number;
	/** Customers by CLV, highest first (at most 20; none when the fit is not usable). */
	top: TopCustomer[];
	/** The three models fitted before the hold-out and compared with what happened in it. */
	holdout?: {
		calibrationEnd: number;
		holdoutEnd: number;
		evaluations: ModelEvaluation[];
		/** What 'auto' picks from this back-test. */
		choice: ModelChoice;
	};
}

/** What the list and exports need to know about the predictions behind their columns. */
export interface PredictionStatus {
	model: ClvModelName;
	degeneracy: Degeneracy;
	/** Customers the fit scored (0: no orders, nothing to say). */
	customers: number;
}
