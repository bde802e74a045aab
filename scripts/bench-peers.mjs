/**
 * Kequn's command line against the peers an analyst would use on the same machine: pandas for
 * reading an orders file and RFM, scikit-learn for k-means. Runs alternate (kequn, peer, kequn,
 * …) so both see the same load; the median ratio is reported with the sizes. Skipped with a
 * one-line note when Debian's python3-pandas / python3-sklearn are not installed.
 * Part of `npm run bench`; `node scripts/bench-peers.mjs` runs it alone.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCli, cliBundleStale, CLI_BUNDLE } from './build-cli.mjs';

const RETAIL = '../shared/data/online-retail/online_retail.csv';
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

/** @param {number[]} values */
function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Wall time of one process run, in ms, and its stdout. @param {string} command @param {string[]} args */
function timed(command, args) {
	const start = performance.now();
	const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
	const ms = performance.now() - start;
	if (result.status !== 0)
		throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr.slice(0, 500)}`);
	return { ms, stdout: result.stdout };
}

/**
 * Alternating runs of two commands; the first pair warms the disk cache and is not counted.
 * @param {[string, string[]]} ours @param {[string, string[]]} peer @param {number} runs
 */
function alternate(ours, peer, runs) {
	const a = [];
	const b = [];
	let last = { ours: '', peer: '' };
	for (let run = 0; run <= runs; run++) {
		const x = timed(...ours);
		const y = timed(...peer);
		last = { ours: x.stdout, peer: y.stdout };
		if (run === 0) continue;
		a.push(x.ms);
		b.push(y.ms);
	}
	return { ours: median(a), peer: median(b), ratio: median(a.map((ms, i) => ms / b[i])), last };
}

/** 100,000 customers × 6 features from six Gaussian groups (fixed seed), as a CSV file. */
function writeKMeansTable(file, rows = 100_000, cols = 6, groups = 6) {
	let state = 20261202;
	const uniform = () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return (state + 0.5) / 2 ** 32;
	};
	const normal = () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
	const centres = Array.from({ length: groups }, () =>
		Array.from({ length: cols }, () => 20 * uniform())
	);
	const lines = [['id', ...Array.from({ length: cols }, (_, j) => `f${j + 1}`)].join(',')];
	for (let i = 0; i < rows; i++) {
		const centre = centres[Math.floor(uniform() * groups)];
		lines.push([i + 1, ...centre.map((c) => (c + 2 * normal()).toFixed(4))].join(','));
	}
	writeFileSync(file, lines.join('\n') + '\n');
}

function peersAvailable() {
	try {
		execFileSync(PYTHON, ['-c', 'import pandas, sklearn'], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

/** The figures, as rows for bench/results.json; [] (and a note) without the peers. */
export async function peerResults(runs = 5) {
	if (!peersAvailable()) {
		console.log(
			'peers: skipped (no python3 with pandas and scikit-learn; on Debian: apt-get install python3-pandas python3-sklearn)'
		);
		return [];
	}
	if (cliBundleStale()) await buildCli();
	const versions = execFileSync(PYTHON, [
		'-c',
		'import sys, pandas, sklearn; print(sys.version.split()[0], pandas.__version__, sklearn.__version__)'
	])
		.toString()
		.trim()
		.split(' ');
	const peers = `Python ${versions[0]}, pandas ${versions[1]}, scikit-learn ${versions[2]}`;
	const results = [];

	const startup = [];
	for (let run = 0; run < 7; run++)
		startup.push(timed(process.execPath, [CLI_BUNDLE, '--help']).ms);
	results.push({
		name: 'kequn --help (installed command: node dist/kequn.mjs)',
		size: '',
		ms: Math.round(median(startup)),
		targetMs: 150,
		met: median(startup) <= 150
	});

	if (existsSync(RETAIL)) {
		const segment = alternate(
			[process.execPath, [CLI_BUNDLE, 'segment', RETAIL]],
			[
				PYTHON,
				[
					'bench/pandas_rfm.py',
					RETAIL,
					'CustomerID',
					'InvoiceDate',
					'Quantity*UnitPrice',
					'InvoiceNo'
				]
			],
			runs
		);
		results.push({
			name: 'kequn segment vs pandas read + RFM (wall time, median of alternating runs)',
			size: `Online Retail: 541,909 lines, 45 MB; ${runs} runs each; ${peers}`,
			ms: Math.round(segment.ours),
			peerMs: Math.round(segment.peer),
			ratio: Number(segment.ratio.toFixed(2)),
			targetRatio: 0.7,
			met: segment.ratio <= 0.7
		});
	}

	const dir = mkdtempSync(path.join(os.tmpdir(), 'kequn-peers-'));
	try {
		const table = path.join(dir, 'kmeans.csv');
		writeKMeansTable(table);
		const features = 'f1,f2,f3,f4,f5,f6';
		const kmeans = alternate(
			[
				process.execPath,
				[
					CLI_BUNDLE,
					'kmeans',
					table,
					'--features',
					features,
					'--k',
					'6',
					'--restarts',
					'10',
					'--scale',
					'none'
				]
			],
			[PYTHON, ['bench/sklearn_kmeans.py', table, features, '6', '10']],
			Math.max(3, runs - 2)
		);
		const ours = JSON.parse(kmeans.last.ours).inertia;
		const theirs = Number(kmeans.last.peer.trim());
		const inertiaDiff = Math.abs(ours - theirs) / theirs;
		results.push({
			name: 'kequn kmeans vs scikit-learn KMeans (k = 6, 10 restarts, wall time, median)',
			size: `100,000 rows × 6 features (6 Gaussian groups, fixed seed); ${peers}`,
			ms: Math.round(kmeans.ours),
			peerMs: Math.round(kmeans.peer),
			ratio: Number(kmeans.ratio.toFixed(2)),
			targetRatio: 0.5,
			inertia: ours,
			peerInertia: Number(theirs.toFixed(6)),
			inertiaRelativeDifference: Number(inertiaDiff.toExponential(2)),
			met: kmeans.ratio <= 0.5 && inertiaDiff <= 0.001
		});
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
	return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const results = await peerResults(Number(process.env.PEER_RUNS ?? 5));
	console.log(`${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, node ${process.version}`);
	console.table(results);
}
