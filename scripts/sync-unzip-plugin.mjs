/**
 * read-excel-file unzips sheets over 512 KB with fflate's `unzip`, which starts a nested worker
 * from a blob: URL of stringified functions. The analysis worker's Content-Security-Policy
 * (worker-src 'self', no code from strings) forbids that, and rightly, so a large .xlsx would
 * never open. The import already runs in a worker: this plugin makes that one module unzip
 * synchronously, in place, with fflate's `unzipSync`. The build fails if the module changes.
 */
const MODULE = /read-excel-file\/modules\/zip\/unzipFromArrayBuffer\.js$/;
const ASYNC_IMPORT = "import { unzip } from 'fflate';";
const SYNC_UNZIP = `import { unzipSync } from 'fflate';
// Kequn: unzip in this worker (no nested blob: worker, which the worker's policy forbids).
function unzip(archive, callback) {
  let files;
  try {
    files = unzipSync(archive);
  } catch (error) {
    callback(error);
    return;
  }
  callback(null, files);
}`;

export function syncUnzip() {
	return {
		name: 'kequn-sync-unzip',
		enforce: 'pre',
		transform(code, id) {
			if (!MODULE.test(id.split('?')[0])) return null;
			if (!code.includes(ASYNC_IMPORT))
				this.error(`${id}: fflate's unzip import not found; check scripts/sync-unzip-plugin.mjs`);
			return { code: code.replace(ASYNC_IMPORT, SYNC_UNZIP), map: null };
		}
	};
}
