/**
 * Serves the static build the way a static host does: files from build/, and the fallback
 * page (200.html) for any other path, so deep links work. Used by the e2e tests and benchmarks.
 *   node scripts/serve.mjs [--port 4321] [--dir build] [--watch]
 * --watch re-reads files on every request (a test that deploys a new version into the folder).
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import sirv from 'sirv';

const { values } = parseArgs({
	options: {
		port: { type: 'string', default: '4321' },
		dir: { type: 'string', default: 'build' },
		watch: { type: 'boolean', default: false }
	}
});

const assets = sirv(values.dir, {
	single: '200.html',
	etag: true,
	dev: values.watch,
	setHeaders(res, pathname) {
		// The service worker and the HTML shell must be revalidated so updates are seen.
		if (pathname === '/service-worker.js' || pathname.endsWith('.html') || pathname === '/')
			res.setHeader('Cache-Control', 'no-cache');
		else if (pathname.startsWith('/_app/immutable/'))
			res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
	}
});

const server = createServer((req, res) => assets(req, res));
server.listen(Number(values.port), '127.0.0.1', () => {
	console.log(`Kequn build served at http://127.0.0.1:${values.port}/ (pid ${process.pid})`);
});
for (const signal of ['SIGINT', 'SIGTERM'])
	process.on(signal, () => {
		server.closeAllConnections();
		server.close(() => process.exit(0));
	});
