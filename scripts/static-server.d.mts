import type { ChildProcess } from 'node:child_process';
export function startStatic(
	port: number,
	dir: string,
	options?: { watch?: boolean }
): Promise<ChildProcess>;
export function stopStatic(child: ChildProcess): Promise<void>;
