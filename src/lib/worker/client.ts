/** Owns the analysis worker's life: started lazily on first use, restartable (to cancel). */

import { proxy, transfer, wrap, type Remote } from 'comlink';
import { THIS_TAB } from '$lib/db/tab-work';
import type { AnalysisApi } from './analysis.worker';

/** What a call still waiting gets when the worker is stopped under it. */
export class AnalysisCancelled extends Error {
	constructor() {
		super('cancelled');
		this.name = 'AnalysisCancelled';
	}
}

let worker: Worker | null = null;
let remote: Remote<AnalysisApi> | null = null;
let stop: ((error: AnalysisCancelled) => void) | null = null;

/**
 * The worker's API with every call also ending when the worker is stopped (a terminated worker
 * never answers, so a call would otherwise wait forever).
 */
function stoppable(api: Remote<AnalysisApi>, stopped: Promise<never>): Remote<AnalysisApi> {
	return new Proxy(api, {
		get(target, name) {
			// Not a promise itself (comlink's root proxy has no `then` either).
			if (name === 'then' || typeof name === 'symbol') return undefined;
			const method = Reflect.get(target, name) as (...args: unknown[]) => Promise<unknown>;
			return (...args: unknown[]) => Promise.race([method(...args), stopped]);
		}
	});
}

/** The typed worker API (starts the worker on first call; never during prerender). */
export function analysis(): Remote<AnalysisApi> {
	if (!remote) {
		worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), {
			type: 'module',
			// The worker's writes are this tab's: tab-work.ts tells them apart from other tabs'.
			name: THIS_TAB
		});
		const stopped = new Promise<never>((_, reject) => (stop = reject));
		// Nobody may be waiting when the worker stops: that is not an error.
		stopped.catch(() => undefined);
		remote = stoppable(wrap<AnalysisApi>(worker), stopped);
	}
	return remote;
}

/**
 * Stop whatever the worker is doing (calls waiting end with `AnalysisCancelled`); the next
 * call starts a fresh worker. Work in the worker is all-or-nothing, so nothing half-done stays.
 */
export function restartAnalysis(): void {
	stop?.(new AnalysisCancelled());
	worker?.terminate();
	worker = null;
	remote = null;
	stop = null;
}

export { proxy, transfer };
export type { Progress, TaskResult, TaskFailure } from './analysis.worker';
