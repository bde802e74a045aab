/**
 * What a registered scheme declares once, in its own core file: its compute function, default
 * settings, message keys, the settings panel it is edited in, the seed checklist of each class,
 * its relevance to each goal and its command-line columns. `registry.ts` lists the entries; the
 * engine, the Segments screen, strategies, goals, learn topics and the CLI read them from there.
 */

import type { MessageKey } from '../../i18n/messages/en';
import type { BaseTopic } from '../explanations/base-topics';
import type { Customer } from '../model';
import type { SqlContext, SqlStep } from '../sql/step';
import type { TemplateId } from '../strategy/templates';
import type { SchemeBase } from './classes';
import type { CustomerMeasures } from './measures';
import type { RfmScores } from './rfm-scores';

/** Step 1 of the method: what the segmentation is for. It orders schemes and strategies. */
export const GOALS = ['retention', 'growth', 'cost', 'credit'] as const;
export type Goal = (typeof GOALS)[number];

/** What a registered scheme computes from (aligned with the measures' customer ids). */
export interface SchemeInputs {
	measures: CustomerMeasures;
	records: readonly (Customer | undefined)[];
	/** Mean recorded satisfaction per customer, NaN where none. */
	satisfaction: Float64Array;
	scores: RfmScores;
}

/** Every registered scheme's resolved settings, by settings key. */
export type SettingsByKey = Readonly<Record<string, object>>;

/** A figure shown in a panel note: formatted by its kind in the interface language. */
export interface Figure {
	value: number;
	kind: 'number' | 'money' | 'share';
	/** Fraction digits of a number (shares: of the percentage). */
	digits?: number;
}

/** A settings key of settings type S. */
type KeyOf<S> = Extract<keyof S, string>;

/** One part of a scheme's settings panel, drawn by the Segments screen. */
export type SettingsItem<S = object, R = SchemeBase> =
	/** A drop-down setting one string value of the settings. */
	| {
			kind: 'choice';
			key: KeyOf<S>;
			label: MessageKey;
			options: readonly { value: string; label: MessageKey }[];
	  }
	/** Number inputs, one per numeric setting. */
	| { kind: 'numbers'; fields: readonly { key: KeyOf<S>; label: MessageKey }[] }
	/** A list of shares 0–1 (one setting holding an array), typed as percentages. */
	| { kind: 'shares'; key: KeyOf<S>; legend: MessageKey; labels: readonly MessageKey[] }
	/** The RFM cut-point editor (the scheme must carry `cuts` and `dataCuts`). */
	| { kind: 'rfm-cuts' }
	/** A "?" that explains a topic. */
	| { kind: 'explain'; topic: BaseTopic }
	/** A sentence, with figures read from the scheme's result; `plain` is not muted. */
	| {
			kind: 'note';
			message: MessageKey;
			testId?: string;
			plain?: boolean;
			figures?(scheme: Omit<R, 'classIndex'>): Record<string, Figure>;
	  };

/** One column of the CLI's `segment` output; the value defaults to the customer's class id. */
export interface CliColumn<R = SchemeBase> {
	header: string;
	value?(scheme: R, i: number): string | number | undefined;
}

/** A registered scheme. */
export interface SchemeEntry<
	Id extends string = string,
	Key extends string = string,
	S extends object = object,
	R extends SchemeBase = SchemeBase,
	Topic extends string = string
> {
	id: Id;
	/** Its own settings: their key in the segment settings and their defaults (null: none). */
	settings: { key: Key; defaults: S } | null;
	/** The scheme from the inputs, its own settings and every scheme's settings. */
	compute(inputs: SchemeInputs, own: S, all: SettingsByKey): R;
	/** Its name ('scheme.<id>'). */
	nameKey: MessageKey;
	/** The learn topic explaining it (`explain.<topic>.title` and `.body`). */
	topic: Topic;
	panel: readonly SettingsItem[];
	/** The seed checklist of one of its classes (null: the class implies no action). */
	templateOf(classId: string): TemplateId | null;
	/** Rank per goal it serves (1 = most relevant); goals it does not serve are left out. */
	goals: Partial<Record<Goal, number>>;
	cliColumns: readonly CliColumn[];
	/** Whether its class table shows the classes' mean R, F and M scores. */
	showsScores: boolean;
	/**
	 * Its definition as a step of the segment query (`core/sql/`), giving the same class ids
	 * as `compute`; left out by schemes the query's tables cannot define.
	 */
	sql?(ctx: SqlContext, own: S, all: SettingsByKey): SqlStep;
}

/** A scheme definition: as an entry, with the panel checked against its own settings. */
type SchemeDefinition<
	Id extends string,
	Key extends string,
	S extends object,
	R extends SchemeBase,
	Topic extends string
> = Omit<SchemeEntry<Id, Key, S, R, Topic>, 'panel' | 'cliColumns'> & {
	panel: readonly SettingsItem<S, R>[];
	cliColumns: readonly CliColumn<R>[];
};

/** A registry entry, typed by its id, settings and result (see `registry.ts`). */
export function defineScheme<
	const Id extends string,
	const Topic extends string,
	R extends SchemeBase,
	S extends object = object,
	const Key extends string = never
>(definition: SchemeDefinition<Id, Key, S, R, Topic>): SchemeEntry<Id, Key, S, R, Topic> {
	return definition as SchemeEntry<Id, Key, S, R, Topic>;
}

/** Another scheme's resolved settings (the loyalty scheme reads the lifecycle's churn limits). */
export function settingsOf<S extends object>(
	entry: SchemeEntry<string, string, S, SchemeBase>,
	all: SettingsByKey
): S {
	if (!entry.settings) throw new Error(`scheme ${entry.id} has no settings`);
	return all[entry.settings.key] as S;
}

/** A template lookup from a table of class ids (classes not in it get none). */
export function templateTable(
	table: Readonly<Record<string, TemplateId | null>>
): (classId: string) => TemplateId | null {
	return (classId) => table[classId] ?? null;
}
