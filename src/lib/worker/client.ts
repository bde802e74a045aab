/** Owns the analysis worker's life: started lazily on first use, restartable (to cancel). */

import { proxy, transfer, wrap, type Remote } from 'comlink';
import type { AnalysisApi } from './analysis.worker';

let worker: Worker | null = null;
let remote: Remote<AnalysisApi> | null = null;

/** The typed worker API (starts the worker on first call; never during prerender). */
export function analysis(): Remote<AnalysisApi> {
	if (!remote) {
		worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
		remote = wrap<AnalysisApi>(worker);
	}
	return remote;
}

/** Stop whatever the worker is doing; the next call starts a fresh one. */
export function restartAnalysis(): void {
	worker?.terminate();
	worker = null;
	remote = null;
}

export { proxy, transfer };
export type { Progress, TaskResult, TaskFailure } from './analysis.worker';
