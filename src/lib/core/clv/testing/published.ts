/** Published set-ups and numbers the CLV tests check against. */

import { dayFromParts } from '../../days';

/** End of the 39-week calibration of Fader, Hardie & Lee (2005) and the BTYD walkthrough. */
export const CDNOW_CALIBRATION_END = dayFromParts(1997, 9, 30);

/** End of the 39-week hold-out that follows it (the end of the data). */
export const CDNOW_HOLDOUT_END = dayFromParts(1998, 6, 30);

/**
 * BG/NBD estimates on the CDNOW sample in weeks: Fader, Hardie & Lee (2005), Marketing Science
 * 24(2); the same values are the `est.params` of the BTYD package's examples and the expected
 * values of lifetimes' test "params out is close to Hardie paper". LL from the paper.
 */
export const CDNOW_BGNBD = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426, logLikelihood: -9582.4 };

/**
 * Gamma-Gamma estimates on the 946 CDNOW repeat customers: Fader & Hardie (2013), "The
 * Gamma-Gamma Model of Monetary Value"; also BTYD's spend example and lifetimes' test.
 */
export const CDNOW_GAMMA_GAMMA = { p: 6.25, q: 3.74, v: 15.44 };
