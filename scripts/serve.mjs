/**
 * Serves the static build the way a static host does: files from build/, and the fallback
 * page (200.html) for any other path, so deep links work; with the headers of the build's
 * `_headers` file (the Content-Security-Policy for pages and workers), as Netlify or
 * Cloudflare Pages would send them. Used by `npm run serve`, the e2e tests and benchmarks.
 *   node scripts/serve.mjs [--port 4321] [--dir build] [--watch]
 * --watch re-reads files on every request (a test that deploys a new version into the folder).
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { HEADERS_FILE, headersFor, readHeadersFile } from './csp-headers.mjs';

const { values } = parseArgs({
	options: {
		port: { type: 'string', default: '4321' },
		dir: { type: 'string', default: 'build' },
		watch: { type: 'boolean', default: false }
	}
});

// Re-read with --watch, as a test may deploy a new build (and a new policy) into the folder.
let rules = readHeadersFile(values.dir);
if (!rules) console.error(`${values.dir}/${HEADERS_FILE} is missing: serving without its headers`);

const assets = sirv(values.dir, {
	single: '200.html',
	etag: true,
	dev: values.watch,
	setHeaders(res, pathname) {
		for (const [name, value] of headersFor(rules ?? [], pathname)) res.setHeader(name, value);
		// The service worker and the HTML shell must be revalidated so updates are seen.
		if (pathname === '/service-worker.js' || pathname.endsWith('.html') || pathname === '/')
			res.setHeader('Cache-Control', 'no-cache');
		else if (pathname.startsWith('/_app/immutable/'))
			res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
	}
});

const server = createServer((req, res) => {
	if (values.watch) rules = readHeadersFile(values.dir);
	// Static hosts read `_headers`; they never serve it.
	if (new URL(req.url ?? '/', 'http://host').pathname === `/${HEADERS_FILE}`) {
		res.statusCode = 404;
		res.end();
		return;
	}
	assets(req, res);
});
server.listen(Number(values.port), '127.0.0.1', () => {
	console.log(`Kequn build served at http://127.0.0.1:${values.port}/ (pid ${process.pid})`);
});
for (const signal of ['SIGINT', 'SIGTERM'])
	process.on(signal, () => {
		server.closeAllConnections();
		server.close(() => process.exit(0));
	});
