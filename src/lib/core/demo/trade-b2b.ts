/**
 * A B2B distributor: every customer is a business account with an industry, a region and an
 * account owner; most buy on credit (limit, balance, overdue days and count), so the credit-risk
 * scheme has low, general and high risk accounts.
 */

import { ARCHETYPES, MIXED_TRADE, type ArchetypeSpec, type TradeParams } from './behaviour';
import type { DemoLocale, LocaleLists } from './names';
import { setCustom, type Decorate } from './trade-records';

const accounts = (spec: ArchetypeSpec, share: number, amount: number): ArchetypeSpec => ({
	...spec,
	share,
	businessShare: 1,
	amount
});

const A = ARCHETYPES;
export const B2B_TRADE: TradeParams = {
	...MIXED_TRADE,
	// share, median order in yuan before the business multiplier (×4)
	archetypes: {
		champion: accounts(A.champion, 0.08, 900),
		regular: accounts(A.regular, 0.22, 700),
		occasional: accounts(A.occasional, 0.17, 500),
		new: accounts(A.new, 0.08, 600),
		lapsing: accounts(A.lapsing, 0.14, 600),
		churned: accounts(A.churned, 0.13, 550),
		oneTime: accounts(A.oneTime, 0.13, 400),
		prospect: accounts(A.prospect, 0.05, 0)
	},
	businessChannels: [15, 55, 30]
};

/** The distributor's word lists over the base lists of a locale. */
export function b2bLists(base: LocaleLists): LocaleLists {
	return {
		...base,
		trade: B2B_TRADE,
		channels:
			base.locale === 'zh'
				? ['线上订货', '业务员', '分销商']
				: ['online ordering', 'field sales', 'sub-distributor']
	};
}

/** Column names and values of the distributor's own fields. */
export const B2B_FIELDS: Record<DemoLocale, { terms: string; values: [string, string, string] }> = {
	zh: { terms: '付款条件', values: ['现款现货', '月结30天', '月结60天'] },
	en: { terms: 'Payment terms', values: ['cash on delivery', '30 days', '60 days'] }
};

/** Payment terms: cash for accounts without credit, 60 days for the larger limits. */
export const decorateB2b: Decorate = ({ customers, lists, random }) => {
	const { terms, values } = B2B_FIELDS[lists.locale];
	// Limits of 50,000 yuan (or the pound equivalent) and more get the longer terms.
	const large = lists.locale === 'zh' ? 50_000 : 5_000;
	for (const customer of customers) {
		const limit = customer.creditLimit;
		const term =
			limit === undefined
				? values[0]
				: limit >= large || random.chance(0.15)
					? values[2]
					: values[1];
		setCustom(customer, terms, term);
	}
};
