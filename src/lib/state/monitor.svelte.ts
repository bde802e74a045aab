/**
 * The Monitoring screen (step 7): two stored runs (default: the last two) and a scheme, the
 * migration matrix between them (from the worker), the customers of a chosen cell, and the
 * sizes of the scheme's segments over every run.
 */

import { csvDocument } from '$lib/core/csv';
import { comparisonRun } from '$lib/core/run-thinning';
import { migrationTotals, sizeTrend } from '$lib/core/strategy/migration';
import { listRuns } from '$lib/db/runs';
import { classLabel } from '$lib/ui/segments/labels';
import { analysis } from '$lib/worker/client';
import type { MigrationView, MovedCustomer } from '$lib/worker/types';
import { downloadCsv } from './download';
import { goal } from './goal.svelte';
import { LiveQuery } from './live-query.svelte';
import { locale } from './locale.svelte';
import { valueOf } from './worker-task.svelte';

/** before id, after id and scheme id in one live-query key. */
const SEPARATOR = '\n';

async function migrationOf(key: string): Promise<MigrationView | null> {
	const [beforeId, afterId, schemeId] = key.split(SEPARATOR);
	await listRuns(); // so the query re-runs when runs change
	if (!beforeId || !afterId || !schemeId) return null;
	return valueOf(await analysis().migration(beforeId, afterId, schemeId));
}

async function membersOf(key: string): Promise<MovedCustomer[] | null> {
	const [beforeId, afterId, schemeId, row, column] = key.split(SEPARATOR);
	await listRuns();
	if (!beforeId || !afterId || !schemeId || row === undefined) return null;
	return valueOf(
		await analysis().migrationMembers(beforeId, afterId, schemeId, Number(row), Number(column))
	);
}

export class MonitorState {
	runs = new LiveQuery(listRuns);
	#beforeId = $state<string | null>(null);
	#afterId = $state<string | null>(null);
	#schemeId = $state<string | null>(null);
	#cell = $state<{ key: string; row: number; column: number } | null>(null);

	after = $derived(
		this.runs.current?.find((run) => run.id === this.#afterId) ?? this.runs.current?.[0]
	);
	/** Default: the newest earlier run on other data (runs on the same data show no moves). */
	before = $derived(
		this.runs.current?.find((run) => run.id === this.#beforeId) ??
			comparisonRun(this.runs.current ?? [], this.after)
	);
	/** The schemes both runs have, in the order the goal suggests. */
	schemes = $derived(
		goal.order(
			(this.after?.schemes ?? []).filter((scheme) =>
				this.before?.schemes.some((other) => other.schemeId === scheme.schemeId)
			)
		)
	);
	schemeId = $derived(
		(
			this.schemes.find((scheme) => scheme.schemeId === this.#schemeId) ??
			this.schemes.find((scheme) => scheme.schemeId === this.after?.primarySchemeId) ??
			this.schemes[0]
		)?.schemeId ?? ''
	);
	#key = $derived(
		this.before && this.after && this.schemeId
			? [this.before.id, this.after.id, this.schemeId].join(SEPARATOR)
			: ''
	);
	migration = new LiveQuery(migrationOf, () => this.#key);
	/** The matrix for the current choice (null while another one is still shown). */
	matrix = $derived(
		this.migration.current &&
			this.migration.current.before.id === this.before?.id &&
			this.migration.current.after.id === this.after?.id &&
			this.migration.current.schemeId === this.schemeId
			? this.migration.current
			: null
	);
	totals = $derived(this.matrix ? migrationTotals(this.matrix) : null);
	/** The chosen cell, while the runs and scheme it was chosen in are still shown. */
	cell = $derived(this.#cell && this.#cell.key === this.#key ? this.#cell : null);
	members = new LiveQuery(membersOf, () =>
		this.cell ? [this.cell.key, this.cell.row, this.cell.column].join(SEPARATOR) : ''
	);
	trend = $derived(sizeTrend(this.runs.current ?? [], this.schemeId));

	chooseBefore(runId: string): void {
		this.#beforeId = runId;
	}

	chooseAfter(runId: string): void {
		this.#afterId = runId;
	}

	chooseScheme(schemeId: string): void {
		this.#schemeId = schemeId;
	}

	/** Show the customers of a cell (row: class before, column: class after). */
	selectCell(row: number, column: number): void {
		this.#cell = { key: this.#key, row, column };
	}

	closeCell(): void {
		this.#cell = null;
	}

	/** Download the chosen cell's customers as CSV in the interface language. */
	exportMembers(): void {
		const matrix = this.matrix;
		const cell = this.cell;
		const members = this.members.current;
		if (!matrix || !cell || !members) return;
		const from = classLabel(matrix.from[cell.row], locale.current);
		const to = classLabel(matrix.to[cell.column], locale.current);
		const t = locale.t;
		const csv = csvDocument(
			[
				t('monitor.col.id'),
				t('monitor.col.name'),
				t('monitor.col.revenue'),
				t('monitor.before'),
				t('monitor.after')
			],
			members.map((member) => [member.id, member.name, member.revenue, from, to]),
			['text', 'text', 'money', 'category', 'category']
		);
		downloadCsv(`kequn-moved-${matrix.schemeId.replace(/[^\w-]+/g, '-')}.csv`, csv);
	}
}
