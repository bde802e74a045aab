/**
 * The one way state runs a worker task: whether one is running, the failure as a translated
 * message (it follows the interface language), "cancelled" after the user stopped it, and the
 * stale-answer guard — an answer to a call that a newer call replaced is dropped.
 */

import { untrack } from 'svelte';
import { hasMessage, type MessageKey } from '$lib/i18n/translate';
import {
	AnalysisCancelled,
	restartAnalysis,
	type TaskFailure,
	type TaskResult
} from '$lib/worker/client';
import { locale } from './locale.svelte';

/** A message key and its parameters, translated when shown. */
export interface Message {
	key: MessageKey;
	params?: Record<string, string | number>;
}

/** The message for a worker failure: its code when it is a message key, else the generic error. */
export function failureMessage(failure: Pick<TaskFailure, 'code' | 'detail'>): Message {
	const { code, detail } = failure;
	// Tasks that fail for a reason the user can act on throw an error whose text is a key.
	if (code === 'common.error' && hasMessage(detail)) return { key: detail };
	if (code !== 'common.error' && hasMessage(code)) return { key: code, params: { detail } };
	return { key: 'common.error', params: { message: detail || code } };
}

/** The message for something thrown while calling the worker (a bug, a message that failed). */
function thrownMessage(error: unknown): Message {
	return { key: 'common.error', params: { message: String(error) } };
}

/** A failed worker call thrown from a read function (live queries); ErrorNote translates it. */
export class TaskError extends Error {
	constructor(readonly text: Message) {
		super(text.key);
		this.name = 'TaskError';
	}
}

/** The value of a worker answer, or a `TaskError` with its message. */
export function valueOf<T>(result: TaskResult<T>): T {
	if (!result.ok) throw new TaskError(failureMessage(result));
	return result.value;
}

/** Options of one call. */
export interface RunOptions {
	/**
	 * Replace earlier calls (their answers are dropped): true by default. False joins the calls
	 * under way, for steps that run together or one after another (a fit, then its stability).
	 */
	replace?: boolean;
	/** Keep the answer even when newer calls started meanwhile (a save, say): false by default. */
	always?: boolean;
}

export class WorkerTask {
	/** Calls under way (of any generation). */
	#running = $state(0);
	loading = $derived(this.#running > 0);
	/** The user stopped the last call; nothing it would have changed was changed. */
	cancelled = $state(false);
	#failure = $state.raw<Message | null>(null);
	/** The last failure as text in the interface language (null without one). */
	error = $derived(this.#failure ? locale.t(this.#failure.key, this.#failure.params) : null);
	/** The failure's key and parameters (for screens that place the text themselves). */
	failure = $derived(this.#failure);
	#generation = 0;

	/**
	 * Run `call` (it gets `current()`: whether its answer is still wanted, for progress
	 * callbacks). Returns the value, or undefined when it failed (see `error`), was cancelled
	 * or was replaced by a newer call.
	 */
	run<T>(
		call: (current: () => boolean) => Promise<TaskResult<T>>,
		options: RunOptions = {}
	): Promise<T | undefined> {
		// Often started from an effect: what it reads and writes here must not become the
		// effect's dependencies (it would start itself again).
		return untrack(() => this.#run(call, options));
	}

	async #run<T>(
		call: (current: () => boolean) => Promise<TaskResult<T>>,
		{ replace = true, always = false }: RunOptions
	): Promise<T | undefined> {
		if (replace && !always) this.#generation++;
		const generation = this.#generation;
		const current = () => always || generation === this.#generation;
		this.#running++;
		this.cancelled = false;
		this.#failure = null;
		try {
			const result = await call(current);
			if (!current()) return undefined;
			if (result.ok) return result.value;
			this.#failure = failureMessage(result);
		} catch (error) {
			if (error instanceof AnalysisCancelled) {
				// Stopped here or from another screen: either way this call did not finish.
				if (current()) this.cancelled = true;
				return undefined;
			}
			if (current()) this.#failure = thrownMessage(error);
		} finally {
			this.#running--;
		}
		return undefined;
	}

	/** Drop the answers of the calls under way (they still finish in the worker). */
	replace(): void {
		this.#generation++;
	}

	/** Stop the calls under way now: the worker is stopped and starts afresh on the next call. */
	cancel(): void {
		if (!this.loading) return;
		restartAnalysis();
	}

	/** Show a failure that did not come from the worker (a refused input, say). */
	fail(message: Message | null): void {
		this.#failure = message;
	}

	/** Forget the last failure and cancellation. */
	clear(): void {
		this.#failure = null;
		this.cancelled = false;
	}
}
