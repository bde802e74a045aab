/** Offering a file the app made (a CSV export, a backup) as a download. The one helper. */

/** Time to keep the object URL after the click, so a slow save dialog still gets it (ms). */
const KEEP_URL_MS = 10_000;

/** Offer bytes or text under a file name. */
export function download(name: string, content: BlobPart, type: string): void {
	const url = URL.createObjectURL(new Blob([content], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), KEEP_URL_MS);
}

/** Offer a CSV text from the CSV writer (core/csv.ts), which already starts with its one BOM. */
export function downloadCsv(name: string, csv: string): void {
	download(name, csv, 'text/csv;charset=utf-8');
}
