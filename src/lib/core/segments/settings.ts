/** Every scheme's settings as one plain, serialisable value, with defaults. */

import type { Customer } from '../model';
import type { AttributeSettings } from './attributes';
import type { SavedClustering } from './cluster-scheme';
import { attributeSettings } from './attributes';
import { withDefaults } from './with-defaults';
import type { CreditRiskSettings } from './credit-risk';
import { DEFAULT_CREDIT_RISK_SETTINGS } from './credit-risk';
import type { CustomRuleSet } from './custom-rules';
import type { LifecycleSettings } from './lifecycle';
import { DEFAULT_LIFECYCLE_SETTINGS } from './lifecycle';
import type { LoyaltySettings } from './loyalty';
import { DEFAULT_LOYALTY_SETTINGS } from './loyalty';
import type { RfmEightSettings } from './rfm-eight';
import { DEFAULT_RFM_EIGHT_SETTINGS } from './rfm-eight';
import type { RfmSettings } from './rfm-scores';
import { DEFAULT_RFM_SETTINGS } from './rfm-scores';
import type { ValueTierSettings } from './value-tiers';
import { DEFAULT_VALUE_TIER_SETTINGS } from './value-tiers';

export interface SegmentSettings {
	/** RFM scores; the cells and the named map use them. */
	rfm: RfmSettings;
	rfmEight: RfmEightSettings;
	valueTier: ValueTierSettings;
	lifecycle: LifecycleSettings;
	loyalty: LoyaltySettings;
	creditRisk: CreditRiskSettings;
	/** One attribute scheme per entry. */
	attributes: AttributeSettings[];
	customRules: CustomRuleSet[];
	/** Clusterings saved from the clustering lab, one scheme `cluster:<id>` each. */
	clusterings: SavedClustering[];
	/** The scheme whose class is each customer's primary segment. */
	primarySchemeId: string;
}

/** Settings as a caller may give them: any part left out takes its default. */
export interface SegmentSettingsInput {
	rfm?: Partial<RfmSettings>;
	rfmEight?: Partial<RfmEightSettings>;
	valueTier?: Partial<ValueTierSettings>;
	lifecycle?: Partial<LifecycleSettings>;
	loyalty?: Partial<LoyaltySettings>;
	creditRisk?: Partial<CreditRiskSettings>;
	/** Omitted: one scheme per standard customer column the data has (see `defaultAttributes`). */
	attributes?: (Partial<AttributeSettings> & { field: string })[];
	customRules?: CustomRuleSet[];
	clusterings?: SavedClustering[];
	primarySchemeId?: string;
}

export const DEFAULT_PRIMARY_SCHEME = 'rfm-named';

/** Columns offered as attribute schemes by default, where the data has them. */
export const DEFAULT_ATTRIBUTE_FIELDS: readonly string[] = [
	'region',
	'industry',
	'channel',
	'gender',
	'age',
	'ageBand',
	'incomeBand'
];

/** Attribute settings for the default columns the records have ('age' wins over 'ageBand'). */
export function defaultAttributes(records: readonly (Customer | undefined)[]): AttributeSettings[] {
	const wanted = [
		'region',
		'industry',
		'channel',
		'gender',
		'birthYear',
		'ageBand',
		'incomeBand'
	] as const;
	const present = new Set<string>();
	for (const customer of records) {
		if (!customer) continue;
		for (const field of wanted) {
			const value = customer[field];
			if (value !== undefined && value !== '') present.add(field === 'birthYear' ? 'age' : field);
		}
		if (present.size === wanted.length) break;
	}
	return DEFAULT_ATTRIBUTE_FIELDS.filter(
		(field) => present.has(field) && !(field === 'ageBand' && present.has('age'))
	).map((field) => attributeSettings(field));
}

/** The first entry for each key, so no two schemes share an id. */
function firstOfEach<T>(entries: readonly T[], key: (entry: T) => string): T[] {
	const seen = new Set<string>();
	return entries.filter((entry) => {
		const id = key(entry);
		if (seen.has(id)) return false;
		seen.add(id);
		return true;
	});
}

/** Complete settings from partial input; attributes default from `records`, one scheme per id. */
export function resolveSettings(
	input: SegmentSettingsInput = {},
	records: readonly (Customer | undefined)[] = []
): SegmentSettings {
	// A deep copy: editing the result (e.g. through a Svelte $state proxy) must never reach
	// the shared defaults or the caller's input.
	return structuredClone({
		rfm: withDefaults(DEFAULT_RFM_SETTINGS, input.rfm),
		rfmEight: withDefaults(DEFAULT_RFM_EIGHT_SETTINGS, input.rfmEight),
		valueTier: withDefaults(DEFAULT_VALUE_TIER_SETTINGS, input.valueTier),
		lifecycle: withDefaults(DEFAULT_LIFECYCLE_SETTINGS, input.lifecycle),
		loyalty: withDefaults(DEFAULT_LOYALTY_SETTINGS, input.loyalty),
		creditRisk: withDefaults(DEFAULT_CREDIT_RISK_SETTINGS, input.creditRisk),
		attributes: input.attributes
			? firstOfEach(input.attributes, (entry) => entry.field).map((entry) =>
					attributeSettings(entry.field, entry)
				)
			: defaultAttributes(records),
		customRules: firstOfEach(input.customRules ?? [], (set) => set.id),
		clusterings: firstOfEach(input.clusterings ?? [], (clustering) => clustering.id),
		primarySchemeId: input.primarySchemeId ?? DEFAULT_PRIMARY_SCHEME
	});
}
