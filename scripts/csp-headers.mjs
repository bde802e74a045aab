/**
 * The app's Content-Security-Policy as HTTP response headers. A <meta> policy covers pages
 * only; the analysis worker and the service worker take their policy from their own response
 * headers. So the build writes `_headers` (the Netlify / Cloudflare Pages format) with the
 * policy of the prerendered pages (script hashes included) for every path, and
 * scripts/serve.mjs sends what that file says.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const HEADERS_FILE = '_headers';

/** The policies of a page's <meta http-equiv="content-security-policy"> tags. */
export function metaPolicies(html) {
	const tags = html.match(/<meta\s+http-equiv="content-security-policy"[^>]*>/gi) ?? [];
	return tags.map((tag) => /content="([^"]*)"/i.exec(tag)?.[1] ?? '').filter(Boolean);
}

/** One policy allowing what every given policy allows (their sources merged per directive). */
export function mergePolicies(policies) {
	const directives = new Map();
	for (const policy of policies)
		for (const part of policy.split(';')) {
			const [name, ...sources] = part.trim().split(/\s+/);
			if (!name) continue;
			const list = directives.get(name) ?? [];
			for (const source of sources) if (!list.includes(source)) list.push(source);
			directives.set(name, list);
		}
	return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * The `_headers` text: the pages' policy for everything (pages, workers, the service worker),
 * plus `frame-ancestors`, which only a header can carry, and the cache rules the README gives.
 */
export function headersText(policy) {
	return [
		'/*',
		`  Content-Security-Policy: ${policy}; frame-ancestors 'none'`,
		'  X-Content-Type-Options: nosniff',
		'  Referrer-Policy: no-referrer',
		'/service-worker.js',
		'  Cache-Control: no-cache',
		'/_app/immutable/*',
		'  Cache-Control: public, max-age=31536000, immutable',
		''
	].join('\n');
}

function htmlFiles(dir) {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => path.join(entry.parentPath, entry.name));
}

/** Write `_headers` into a build folder from its prerendered pages' policy; returns it. */
export function writeHeadersFile(dir) {
	const policies = htmlFiles(dir).flatMap((file) => metaPolicies(readFileSync(file, 'utf8')));
	if (policies.length === 0) throw new Error(`no Content-Security-Policy found in ${dir}/*.html`);
	const policy = mergePolicies(policies);
	writeFileSync(path.join(dir, HEADERS_FILE), headersText(policy));
	return policy;
}

/** The rules of a `_headers` file: a path pattern, then its indented `Name: value` lines. */
export function parseHeaders(text) {
	const rules = [];
	for (const line of text.split(/\r?\n/)) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
		else {
			const colon = line.indexOf(':');
			if (colon > 0 && rules.length)
				rules.at(-1).headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
		}
	}
	return rules;
}

/** Whether a pattern (exact, or ending in `*` for any rest) matches a path. */
function matches(pattern, pathname) {
	return pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pattern === pathname;
}

/** The headers the rules give a path, in file order. */
export function headersFor(rules, pathname) {
	return rules.filter((rule) => matches(rule.pattern, pathname)).flatMap((rule) => rule.headers);
}

/** The rules of a build folder's `_headers`, or null when it has none. */
export function readHeadersFile(dir) {
	const file = path.join(dir, HEADERS_FILE);
	return existsSync(file) ? parseHeaders(readFileSync(file, 'utf8')) : null;
}
