/**
 * Segmentation in the worker: reads the store once per data version, computes measures and
 * schemes, and stores runs. Only small, plain results go back to the page.
 */

import type { Customer, Interaction, OrderColumns } from '$lib/core/model';
import type { SegmentationResult } from '$lib/core/segments/run-all';
import {
	computeMeasures,
	computeSchemes,
	createRun,
	defaultAnalysisDay,
	resolveSettings,
	schemeContext,
	type AnyScheme,
	type CustomerMeasures,
	type SegmentationProgress,
	type SegmentSettingsInput
} from '$lib/core/segments';
import { fitClv } from '$lib/core/clv';
import { predictedFields } from '$lib/core/predicted-fields';
import { allCustomers } from '$lib/db/customers';
import { allOrders } from '$lib/db/orders';
import { allInteractions } from '$lib/db/interactions';
import { storeMeta } from '$lib/db/meta';
import { saveRun } from '$lib/db/runs';
import { writeSetting } from '$lib/db/settings';
import { SEGMENT_SETTINGS_KEY } from '$lib/core/setting-keys';

interface Loaded {
	dataVersion: number;
	customers: Customer[];
	orders: OrderColumns;
	interactions: Interaction[];
	measures?: CustomerMeasures;
	/** Predicted value per customer (CLV, P(alive), …) for rules, as of `predictedDay`. */
	predicted?: Record<string, Float64Array>;
	predictedDay?: number;
}

/** Predicted value fields as of the analysis day, fitted once per data version and day. */
export function predictedAsOf(data: Loaded, day: number, measures: CustomerMeasures) {
	if (data.predicted && data.predictedDay === day) return data.predicted;
	const fit = fitClv(data.orders, { calibrationEnd: day - 1, unit: 'week', horizon: 52 });
	data.predicted = predictedFields(measures.customerIds, fit);
	data.predictedDay = day;
	return data.predicted;
}

let loaded: Loaded | null = null;

/** The store's data, read again only when its data version changed. */
export async function loadStore(): Promise<Loaded> {
	const meta = await storeMeta();
	if (loaded?.dataVersion === meta.dataVersion) return loaded;
	const [customers, orders, interactions] = await Promise.all([
		allCustomers(),
		allOrders(),
		allInteractions()
	]);
	loaded = { dataVersion: meta.dataVersion, customers, orders, interactions };
	return loaded;
}

type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** First and last order day of the stored data, or null without orders. */
export async function orderPeriod(): Promise<{ firstDay: number; lastDay: number } | null> {
	const { orders } = await loadStore();
	if (orders.day.length === 0) return null;
	let firstDay = Infinity;
	let lastDay = -Infinity;
	for (const day of orders.day) {
		if (day < firstDay) firstDay = day;
		if (day > lastDay) lastDay = day;
	}
	return { firstDay, lastDay };
}

/** A scheme as the page sees it: everything but its per-customer arrays. */
export type SchemeView = OmitEach<AnyScheme, 'classIndex' | 'score'>;

export interface SegmentationView {
	analysisDay: number;
	defaultAnalysisDay: number;
	settings: SegmentationResult['settings'];
	totals: SegmentationResult['totals'];
	schemes: SchemeView[];
	summaries: SegmentationResult['summaries'];
	primarySchemeId: string;
	/** Set when the run was stored. */
	runId?: string;
	dataVersion: number;
}

/** The scheme without its per-customer arrays (class index, scores): small enough to post. */
function withoutClassIndex(scheme: AnyScheme): SchemeView {
	return Object.fromEntries(
		Object.entries(scheme).filter(([, value]) => !ArrayBuffer.isView(value))
	) as SchemeView;
}

/**
 * Measures and every scheme for the stored data. With `store`, the run is saved (and the
 * settings remembered); without, it is a preview for live counts while editing.
 */
export async function segment(
	settingsInput: SegmentSettingsInput,
	analysisDay: number | undefined,
	store: boolean,
	onProgress?: (progress: SegmentationProgress) => void
): Promise<SegmentationView> {
	const data = await loadStore();
	const day = analysisDay ?? defaultAnalysisDay(data.orders);
	if (!data.measures || data.measures.analysisDay !== day)
		data.measures = computeMeasures(data.orders, data.customers, day);
	const measures = data.measures;
	const context = {
		...schemeContext(
			{ orders: data.orders, customers: data.customers, interactions: data.interactions },
			measures
		),
		extra: predictedAsOf(data, day, measures)
	};
	const settings = resolveSettings(settingsInput, context.records);
	const result = computeSchemes(context, settings, onProgress);
	let orders = 0;
	let purchasers = 0;
	let revenue = 0;
	for (let i = 0; i < measures.customerIds.length; i++) {
		orders += measures.orders[i];
		if (measures.orders[i] > 0) purchasers++;
		revenue += measures.netValue[i];
	}
	const totals = { customers: measures.customerIds.length, purchasers, orders, revenue };
	const view: SegmentationView = {
		analysisDay: day,
		defaultAnalysisDay: defaultAnalysisDay(data.orders),
		settings: result.settings,
		totals,
		schemes: result.schemes.map(withoutClassIndex),
		summaries: result.summaries,
		primarySchemeId: result.primary?.schemeId ?? '',
		dataVersion: data.dataVersion
	};
	if (store) {
		const run = createRun(
			{ ...result, analysisDay: day, measures, totals },
			{ id: crypto.randomUUID(), createdAt: Date.now(), dataVersion: String(data.dataVersion) }
		);
		await saveRun(run, result.summaries, totals);
		await writeSetting(SEGMENT_SETTINGS_KEY, settingsInput);
		view.runId = run.id;
	}
	return view;
}
