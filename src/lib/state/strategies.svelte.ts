/**
 * The Strategies screens' state (steps 5 and 6 of the method): the checklists of a scheme's
 * segments, the evaluation scorecard, and a customer's next actions. Checklists are seeded from
 * templates and stored once edited; all logic lives in core/strategy.
 */

import type { InteractionKind, SegmentStrategy } from '$lib/core/model';
import type { SegmentClass } from '$lib/core/segments/classes';
import * as checklist from '$lib/core/strategy/checklist';
import { checklistCsv, type ChecklistExport } from '$lib/core/strategy/csv';
import { templateFor } from '$lib/core/strategy/matching';
import {
	DEFAULT_THRESHOLDS,
	scorecardWarnings,
	type ScorecardThresholds
} from '$lib/core/strategy/scorecard';
import { itemText } from '$lib/core/strategy/templates';
import { listRuns } from '$lib/db/runs';
import { readSetting, writeSetting } from '$lib/db/settings';
import { deleteStrategy, saveStrategy, strategiesOfScheme } from '$lib/db/strategies';
import { classLabel, schemeLabel } from '$lib/ui/segments/labels';
import { analysis } from '$lib/worker/client';
import type { ScorecardView } from '$lib/worker/types';
import { customerEditor } from './customer-editor.svelte';
import { goal } from './goal.svelte';
import { LiveQuery } from './live-query.svelte';
import { locale } from './locale.svelte';
import { guardWrite, storageFailures } from './storage-failure.svelte';

/** Offer a text as a file download (CSV exports). */
export function downloadText(name: string, text: string, type = 'text/csv;charset=utf-8'): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The stored runs and the run and scheme looked at (default: the newest run, its primary). */
export class SchemeChoice {
	runs = new LiveQuery(listRuns);
	#runId = $state<string | null>(null);
	#schemeId = $state<string | null>(null);
	run = $derived(
		this.runs.current?.find((run) => run.id === this.#runId) ?? this.runs.current?.[0]
	);
	schemes = $derived(goal.order(this.run?.schemes ?? []));
	scheme = $derived(
		this.schemes.find((scheme) => scheme.schemeId === this.#schemeId) ??
			this.schemes.find((scheme) => scheme.schemeId === this.run?.primarySchemeId) ??
			this.schemes[0]
	);
	schemeId = $derived(this.scheme?.schemeId ?? '');

	chooseRun(runId: string): void {
		this.#runId = runId;
	}

	chooseScheme(schemeId: string): void {
		this.#schemeId = schemeId;
	}
}

/** Stored checklists by id. */
function byId(list: readonly SegmentStrategy[] | undefined): Record<string, SegmentStrategy> {
	return Object.fromEntries((list ?? []).map((strategy) => [strategy.id, strategy]));
}

/** One segment on the checklist screen. */
export interface ChecklistSegment {
	segmentClass: SegmentClass;
	customers: number;
	customerShare: number;
	strategy: SegmentStrategy;
}

type Edit = (strategy: SegmentStrategy, now: number) => SegmentStrategy;

/** The checklists of the chosen scheme's segments, and every edit to them. */
export class ChecklistState {
	choice = new SchemeChoice();
	stored = new LiveQuery(strategiesOfScheme, () => this.choice.schemeId);
	// Edits not yet echoed by the live query, so quick successive edits build on each other.
	#pending = $state.raw<Record<string, SegmentStrategy>>({});
	#writes: Promise<unknown> = Promise.resolve();
	error = $state<string | null>(null);

	segments = $derived.by((): ChecklistSegment[] => {
		const { run, scheme, schemeId } = this.choice;
		if (!run || !scheme) return [];
		const summaries = run.summaries[schemeId] ?? [];
		const stored = byId(this.stored.current);
		return scheme.classes
			.map((segmentClass, c) => {
				const id = checklist.strategyId(schemeId, segmentClass.id);
				const saved = stored[id];
				const pending = this.#pending[id];
				const latest =
					pending && (!saved || pending.updatedAt >= saved.updatedAt) ? pending : saved;
				return {
					segmentClass,
					customers: summaries[c]?.customers ?? 0,
					customerShare: summaries[c]?.customerShare ?? NaN,
					strategy: latest ?? checklist.seededStrategy(schemeId, segmentClass, locale.current)
				};
			})
			.filter((segment) => segment.customers > 0 || checklist.isStored(segment.strategy));
	});
	overall = $derived(checklist.overallProgress(this.segments.map((segment) => segment.strategy)));

	/**
	 * Apply an edit and store the result (writes run one after another); false when it could
	 * not be stored: the screen goes back to what is stored and says why (the caller keeps any
	 * text typed).
	 */
	#edit(strategy: SegmentStrategy, edit: Edit): Promise<boolean> {
		const next = edit(strategy, Math.max(Date.now(), strategy.updatedAt + 1));
		this.#pending = { ...this.#pending, [next.id]: next };
		this.error = null;
		const landed = this.#writes
			.then(() => guardWrite(() => saveStrategy(next)))
			.then((failure) => {
				if (!failure) return true;
				if (this.#pending[next.id] === next) {
					const { [next.id]: _failed, ...pending } = this.#pending;
					this.#pending = pending;
				}
				this.error = locale.t(failure);
				return false;
			});
		this.#writes = landed.then(() => undefined);
		return landed;
	}

	setOwner(strategy: SegmentStrategy, owner: string) {
		return this.#edit(strategy, (s, now) => checklist.setOwner(s, owner, now));
	}

	addItem(strategy: SegmentStrategy, item: { text: string; owner?: string; dueDay?: number }) {
		if (!item.text.trim()) return Promise.resolve(false);
		const id = crypto.randomUUID();
		return this.#edit(strategy, (s, now) => checklist.addItem(s, { ...item, id }, now));
	}

	editItem(strategy: SegmentStrategy, itemId: string, change: checklist.ItemChange) {
		return this.#edit(strategy, (s, now) => checklist.editItem(s, itemId, change, now));
	}

	setDone(strategy: SegmentStrategy, itemId: string, done: boolean) {
		return this.#edit(strategy, (s, now) => checklist.setDone(s, itemId, done, now));
	}

	move(strategy: SegmentStrategy, itemId: string, offset: number) {
		return this.#edit(strategy, (s, now) => checklist.moveItem(s, itemId, offset, now));
	}

	remove(strategy: SegmentStrategy, itemId: string) {
		return this.#edit(strategy, (s, now) => checklist.removeItem(s, itemId, now));
	}

	/** Forget the segment's edits: its template shows again. */
	async reset(strategy: SegmentStrategy): Promise<void> {
		const { [strategy.id]: _dropped, ...pending } = this.#pending;
		this.#pending = pending;
		await this.#writes;
		const failure = await guardWrite(() => deleteStrategy(strategy.id));
		if (failure) this.error = locale.t(failure);
	}

	/** Download the shown checklists as CSV in the interface language. */
	exportCsv(): void {
		const language = locale.current;
		const scheme = schemeLabel(this.choice.schemeId, language);
		const rows: ChecklistExport[] = this.segments.map((segment) => ({
			scheme,
			segment: classLabel(segment.segmentClass, language),
			strategy: segment.strategy
		}));
		const t = locale.t;
		const csv = checklistCsv(rows, language, {
			headers: [
				t('strategy.csv.scheme'),
				t('strategy.csv.segment'),
				t('strategy.csv.segmentOwner'),
				t('strategy.csv.number'),
				t('strategy.csv.action'),
				t('strategy.csv.owner'),
				t('strategy.csv.due'),
				t('strategy.csv.state'),
				t('strategy.csv.doneOn')
			],
			done: t('strategy.csv.done'),
			open: t('strategy.csv.open')
		});
		downloadText(`kequn-checklists-${this.choice.schemeId.replace(/[^\w-]+/g, '-')}.csv`, csv);
	}
}

const THRESHOLDS_SETTING = 'scorecardThresholds';

/** The scorecard of a run's scheme, computed in the worker (re-asked when runs change). */
async function scorecardOf(key: string): Promise<ScorecardView | null> {
	const [runId, schemeId] = key.split('\n');
	// Read runs here, so the live query re-runs when a run is stored or deleted.
	await listRuns();
	if (!schemeId) return null;
	const result = await analysis().scorecard(runId, schemeId);
	if (!result.ok) throw new Error(result.detail || result.code);
	return result.value;
}

/** The evaluation scorecard of the chosen run and scheme, with actionability and warnings. */
export class ScorecardState {
	choice = new SchemeChoice();
	card = new LiveQuery(scorecardOf, () => `${this.choice.run?.id ?? ''}\n${this.choice.schemeId}`);
	stored = new LiveQuery(strategiesOfScheme, () => this.choice.schemeId);
	thresholds = $state<ScorecardThresholds>({ ...DEFAULT_THRESHOLDS });

	rows = $derived.by(() => {
		const card = this.card.current;
		if (!card || card.schemeId !== this.choice.schemeId) return [];
		const stored = byId(this.stored.current);
		return card.rows.map((row, c) => {
			const segmentClass = card.classes[c];
			const strategy = stored[checklist.strategyId(card.schemeId, segmentClass.id)];
			const actionable = checklist.isActionable(strategy);
			return {
				row,
				segmentClass,
				owner: strategy?.owner ?? '',
				actionable,
				hasTemplate: templateFor(card.schemeId, segmentClass) !== null,
				warnings: scorecardWarnings(row, actionable, this.thresholds)
			};
		});
	});

	/** Read the saved thresholds. */
	async load(): Promise<void> {
		const saved = await readSetting<Partial<ScorecardThresholds>>(THRESHOLDS_SETTING);
		if (saved) this.thresholds = { ...DEFAULT_THRESHOLDS, ...saved };
	}

	/** Change one threshold (ignored unless a finite number ≥ 0) and remember it. */
	async setThreshold(key: keyof ScorecardThresholds, value: number): Promise<void> {
		if (!Number.isFinite(value) || value < 0) return;
		this.thresholds = { ...this.thresholds, [key]: value };
		const thresholds = $state.snapshot(this.thresholds);
		await storageFailures.write(() => writeSetting(THRESHOLDS_SETTING, thresholds));
	}
}

/** How a rep can have done an action for a customer. */
export const ACTION_KINDS = [
	'visit',
	'call',
	'message'
] as const satisfies readonly InteractionKind[];

/** The note that records an action as done (in the interface language). */
export function actionNote(text: string): string {
	return locale.t('nextActions.note', { action: text });
}

/** Whether an interaction's note records this action (in either language). */
export function recordsAction(note: string, item: { id: string; text: string }): boolean {
	return [itemText(item, 'en'), itemText(item, 'zh'), item.text].some((text) =>
		note.includes(text)
	);
}

/** Record that an action was done for a customer on `day`: an interaction, stored on the device. */
export async function recordActionDone(
	customerId: string,
	text: string,
	kind: InteractionKind,
	day: number
) {
	return customerEditor.addInteraction({ customerId, kind, day, note: actionNote(text) });
}
