import { describe, expect, it } from 'vitest';
import { translate } from '$lib/i18n/translate';
import { AnalysisCancelled, type TaskResult } from '$lib/worker/client';
import { locale } from './locale.svelte';
import { failureMessage, TaskError, valueOf, WorkerTask } from './worker-task.svelte';

/** A call whose answer is given later by the test. */
function deferred<T>() {
	let settle!: (result: TaskResult<T>) => void;
	let fail!: (error: unknown) => void;
	const promise = new Promise<TaskResult<T>>((resolve, reject) => {
		settle = resolve;
		fail = reject;
	});
	return { promise, settle, fail };
}

describe('WorkerTask', () => {
	it('gives the value and says when it is running', async () => {
		const task = new WorkerTask();
		const call = deferred<number>();
		const running = task.run(() => call.promise);
		expect(task.loading).toBe(true);
		call.settle({ ok: true, value: 42 });
		expect(await running).toBe(42);
		expect(task.loading).toBe(false);
		expect(task.error).toBeNull();
	});

	it('drops the answer of a call that a newer one replaced', async () => {
		const task = new WorkerTask();
		const older = deferred<string>();
		const newer = deferred<string>();
		const first = task.run(() => older.promise);
		const second = task.run(() => newer.promise);
		newer.settle({ ok: true, value: 'new' });
		older.settle({ ok: false, code: 'storage.quotaExceeded', detail: '' });
		expect(await second).toBe('new');
		expect(await first).toBeUndefined();
		// The older call's failure is not shown either: it no longer concerns the screen.
		expect(task.error).toBeNull();
	});

	it('shows a full disk as the translated text, never the raw key, in both languages', async () => {
		const task = new WorkerTask();
		locale.current = 'en';
		await task.run(async () => ({ ok: false, code: 'storage.quotaExceeded', detail: '' }));
		expect(task.error).toBe(translate('en', 'storage.quotaExceeded'));
		expect(task.error).toContain('no more storage space');
		locale.current = 'zh';
		expect(task.error).toContain('存储空间已用完');
		expect(task.error).not.toContain('storage.quotaExceeded');
	});

	it('translates errors whose text is a message key, and wraps others', () => {
		expect(failureMessage({ code: 'common.error', detail: 'clusters.error.noFeatures' })).toEqual({
			key: 'clusters.error.noFeatures'
		});
		expect(failureMessage({ code: 'common.error', detail: 'boom' })).toEqual({
			key: 'common.error',
			params: { message: 'boom' }
		});
		expect(failureMessage({ code: 'backup.error.checksum', detail: 'x' }).key).toBe(
			'backup.error.checksum'
		);
		expect(() => valueOf({ ok: false, code: 'storage.quotaExceeded', detail: '' })).toThrow(
			TaskError
		);
	});

	it('reports a call stopped under it as cancelled, not as an error', async () => {
		const task = new WorkerTask();
		const call = deferred<number>();
		const running = task.run(() => call.promise);
		call.fail(new AnalysisCancelled());
		expect(await running).toBeUndefined();
		expect(task.cancelled).toBe(true);
		expect(task.error).toBeNull();
		await task.run(async () => ({ ok: true, value: 1 }));
		expect(task.cancelled).toBe(false);
	});

	it('joins calls that do not replace each other, and keeps answers that must always count', async () => {
		const task = new WorkerTask();
		const fit = deferred<string>();
		const stability = deferred<string>();
		const save = deferred<string>();
		const a = task.run(() => fit.promise);
		const b = task.run(() => stability.promise, { replace: false });
		const c = task.run(() => save.promise, { replace: false, always: true });
		task.replace();
		fit.settle({ ok: true, value: 'fit' });
		stability.settle({ ok: true, value: 'stability' });
		save.settle({ ok: true, value: 'saved' });
		expect([await a, await b, await c]).toEqual([undefined, undefined, 'saved']);
	});
});
