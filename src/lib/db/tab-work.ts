/**
 * Tabs tell each other what long write they are doing (an import, a restore, a demo load…), so
 * another tab can say "another tab is importing" while its own writes wait for the write lock.
 * The worker of a tab carries the tab's id as its name, so a tab ignores its own worker.
 */

export type TabWork = 'import' | 'restore' | 'demo' | 'delete';

type TabMessage = { type: 'working'; tab: string; work: TabWork } | { type: 'who' };

const CHANNEL = 'kequn-tab-work';
/** Held by a tab while it works, so others learn when it ends (or the tab closes). */
const workLock = (tab: string) => `kequn-work:${tab}`;

/** This tab's id; its worker is named with it. */
export const THIS_TAB: string =
	typeof window === 'undefined' && typeof self !== 'undefined' && self.name
		? self.name
		: crypto.randomUUID();

let current: TabWork | null = null;
let channel: BroadcastChannel | null = null;

function openChannel(): BroadcastChannel | null {
	if (typeof BroadcastChannel === 'undefined') return null;
	if (!channel) {
		channel = new BroadcastChannel(CHANNEL);
		// A tab opened meanwhile asks who is working.
		channel.addEventListener('message', (event: MessageEvent<TabMessage>) => {
			if (event.data.type === 'who' && current)
				channel?.postMessage({ type: 'working', tab: THIS_TAB, work: current });
		});
	}
	return channel;
}

/** Run a long write task telling the other tabs what it is until it ends. */
export async function announceWork<T>(work: TabWork, task: () => Promise<T>): Promise<T> {
	const locks = globalThis.navigator?.locks;
	const open = openChannel();
	if (!locks || !open) return task();
	return locks.request(workLock(THIS_TAB), { mode: 'shared' }, async () => {
		current = work;
		open.postMessage({ type: 'working', tab: THIS_TAB, work } satisfies TabMessage);
		try {
			return await task();
		} finally {
			current = null;
		}
	});
}

/**
 * Follow the other tabs' work: `onChange` gets what another tab is doing, and null when it
 * ends or that tab closes. Returns the stop function.
 */
export function watchOtherTabs(onChange: (work: TabWork | null) => void): () => void {
	const open = openChannel();
	const locks = globalThis.navigator?.locks;
	if (!open || !locks) return () => undefined;
	const listener = (event: MessageEvent<TabMessage>) => {
		const message = event.data;
		if (message.type !== 'working' || message.tab === THIS_TAB) return;
		onChange(message.work);
		// Granted once the working tab lets go of its lock: done, or closed.
		void locks.request(workLock(message.tab), () => onChange(null));
	};
	open.addEventListener('message', listener);
	open.postMessage({ type: 'who' } satisfies TabMessage);
	return () => open.removeEventListener('message', listener);
}
