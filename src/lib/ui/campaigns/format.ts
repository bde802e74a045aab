/** How campaign figures read on screen: signed differences, percentage points, the verdict. */

import type { Verdict } from '$lib/core/campaigns/result';
import { locale } from '$lib/state/locale.svelte';
import { settings } from '$lib/state/settings.svelte';

/** A number with its sign (+1.5, −2.0), or "none" when not finite. */
export function signed(value: number, digits: number): string {
	if (!Number.isFinite(value)) return locale.t('common.none');
	const text = locale.number(Math.abs(value), digits);
	return value > 0 ? `+${text}` : value < 0 ? `\u2212${text}` : text;
}

/** A share (0–1) in percent. */
export function percent(share: number, digits = 1): string {
	return Number.isFinite(share)
		? `${locale.number(share * 100, digits)}\u00a0%`
		: locale.t('common.none');
}

/** An amount in the shop's currency, or "none". */
export function money(value: number): string {
	return Number.isFinite(value) ? locale.money(value, settings.currency) : locale.t('common.none');
}

/** The verdict in plain words. */
export function verdictText(verdict: Verdict): string {
	if (verdict.kind === 'too-early')
		return locale.t('campaign.verdict.tooEarly', {
			elapsed: locale.number(verdict.elapsedDays),
			window: locale.number(verdict.windowDays)
		});
	if (verdict.kind === 'no-difference') return locale.t('campaign.verdict.none');
	return locale.t('campaign.verdict.lift', {
		points: signed(verdict.points, 1),
		low: signed(verdict.low, 1),
		high: signed(verdict.high, 1)
	});
}
