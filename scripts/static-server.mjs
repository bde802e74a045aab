/** Start and stop scripts/serve.mjs as a child process, by PID (never by port). */
import { spawn } from 'node:child_process';
import { once } from 'node:events';

export async function startStatic(port, dir) {
	const child = spawn(
		process.execPath,
		['scripts/serve.mjs', '--port', String(port), '--dir', dir],
		{
			stdio: ['ignore', 'pipe', 'inherit']
		}
	);
	await once(child.stdout, 'data');
	return child;
}

export async function stopStatic(child) {
	if (child.exitCode !== null) return;
	child.kill('SIGTERM');
	await once(child, 'exit');
}
