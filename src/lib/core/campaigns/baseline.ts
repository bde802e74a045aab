/** The starting R/F/M, value and tiers of a campaign's groups, to show both start alike. */

import type { CustomerMeasures } from '../segments/measures';
import type { GroupBaseline } from './model';

/** Per-row inputs aligned with the measures' customers. */
export interface BaselineColumns {
	measures: Pick<CustomerMeasures, 'customerIds' | 'recencyDays' | 'orders' | 'netValue'>;
	/** Predicted 12-month value (currency, NaN without a prediction). */
	clv: ArrayLike<number>;
	/** The split stratum of each row. */
	tier: readonly string[];
}

/** Mean of the finite values (NaN when none is). */
function finiteMean(values: readonly number[]): number {
	const finite = values.filter(Number.isFinite);
	return finite.length > 0 ? finite.reduce((sum, v) => sum + v, 0) / finite.length : NaN;
}

/** One group's baseline; ids the measures do not know count as members without purchases. */
export function groupBaseline(ids: readonly string[], columns: BaselineColumns): GroupBaseline {
	const row = new Map(columns.measures.customerIds.map((id, i) => [id, i]));
	const rows = ids.map((id) => row.get(id) ?? -1);
	const at = (values: ArrayLike<number>, fallback: number) =>
		rows.map((r) => (r >= 0 ? values[r] : fallback));
	const tiers: Record<string, number> = {};
	for (const r of rows) {
		const tier = r >= 0 ? columns.tier[r] : '';
		tiers[tier] = (tiers[tier] ?? 0) + 1;
	}
	const members = ids.length;
	const sum = (values: number[]) => values.reduce((total, v) => total + v, 0);
	return {
		members,
		recencyDays: finiteMean(at(columns.measures.recencyDays, NaN)),
		orders: members > 0 ? sum(at(columns.measures.orders, 0)) / members : NaN,
		netValue: members > 0 ? sum(at(columns.measures.netValue, 0)) / members : NaN,
		clv: finiteMean(at(columns.clv, NaN)),
		tiers
	};
}
