/** Every scheme's settings as one plain, serialisable value, with defaults. */

import type { Customer } from '../model';
import type { AttributeSettings } from './attributes';
import type { SavedClustering } from './cluster-scheme';
import { attributeSettings } from './attributes';
import { withDefaults } from './with-defaults';
import type { CustomRuleSet } from './custom-rules';
import type { RegisteredSettings } from './registry';
import { SCHEMES } from './registry';

/** Every scheme's settings: the registered schemes' by their key ('rfm', 'lifecycle', …). */
export type SegmentSettings = RegisteredSettings & {
	/** One attribute scheme per entry. */
	attributes: AttributeSettings[];
	customRules: CustomRuleSet[];
	/** Clusterings saved from the clustering lab, one scheme `cluster:<id>` each. */
	clusterings: SavedClustering[];
	/** The scheme whose class is each customer's primary segment. */
	primarySchemeId: string;
};

/** Settings as a caller may give them: any part left out takes its default. */
export type SegmentSettingsInput = {
	[Key in keyof RegisteredSettings]?: Partial<RegisteredSettings[Key]>;
} & {
	/** Omitted: one scheme per standard customer column the data has (see `defaultAttributes`). */
	attributes?: (Partial<AttributeSettings> & { field: string })[];
	customRules?: CustomRuleSet[];
	clusterings?: SavedClustering[];
	primarySchemeId?: string;
};

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
	const registered: Record<string, object> = {};
	for (const { settings } of SCHEMES) {
		if (!settings) continue;
		const given = (input as Record<string, Partial<object> | undefined>)[settings.key];
		registered[settings.key] = withDefaults<object>(settings.defaults, given);
	}
	// A deep copy: editing the result (e.g. through a Svelte $state proxy) must never reach
	// the shared defaults or the caller's input.
	return structuredClone({
		...(registered as RegisteredSettings),
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
