/** Start and stop scripts/serve.mjs as a child process, by PID (never by port). */
import { spawn } from 'node:child_process';
import { once } from 'node:events';

export async function startStatic(port, dir, { watch = false } = {}) {
	const args = ['scripts/serve.mjs', '--port', String(port), '--dir', dir];
	if (watch) args.push('--watch');
	const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
	const started = await Promise.race([
		once(child.stdout, 'data').then(() => true),
		once(child, 'exit').then(() => false)
	]);
	if (!started) throw new Error(`the static server on port ${port} did not start (port in use?)`);
	return child;
}

export async function stopStatic(child) {
	if (child.exitCode !== null || child.signalCode !== null) return;
	child.kill('SIGKILL');
	await once(child, 'exit');
}
