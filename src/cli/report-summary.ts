/**
 * What reading a file found, as the lines the CLI prints on stderr: rows read, imported and
 * skipped by reason, then the first problems by line and column. Values come from the file:
 * control and bidirectional-override characters are shown escaped, never sent to the terminal.
 */

import { importMessage, type ImportReport, type Problem } from '../lib/core/import';

/** Problems listed one per line; the rest are counted. */
export const PROBLEM_LINES = 20;

// C0/C1 controls (ESC starts terminal sequences), and bidi embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text from the file made safe for a terminal: unsafe characters as \uXXXX. */
export function terminalSafe(text: string): string {
	return text.replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function plural(count: number, word: string): string {
	return `${count.toLocaleString('en')} ${word}${count === 1 ? '' : 's'}`;
}

/** The rows skipped, over all reasons. */
export function skippedCount(report: ImportReport): number {
	return Object.values(report.skipped).reduce((sum, count) => sum + (count ?? 0), 0);
}

function problemLine(problem: Problem): string {
	const where =
		problem.column === null
			? `line ${problem.row}`
			: `line ${problem.row}, column ${terminalSafe(String(problem.column))}`;
	const key = `import.problem.${problem.code}`;
	const value = terminalSafe(problem.value);
	const text = importMessage('en', key, { value });
	// Messages that do not quote the value (a whole line, say) get it after them.
	const quoted = value === '' || text.includes(value) ? '' : ` “${value}”`;
	return `${where}: ${text}${quoted} [${problem.code}]`;
}

/**
 * The summary lines (without the `kequn: ` prefix), or none when every row was imported
 * without a problem.
 */
export function reportSummary(name: string, report: ImportReport): string[] {
	if (report.problemsTotal === 0 && report.rowsImported === report.rowsRead) return [];
	const skipped = skippedCount(report);
	const reasons = Object.entries(report.skipped)
		.sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
		.map(([code, count]) => `${code} ${(count ?? 0).toLocaleString('en')}`);
	const others = report.problemsTotal - skipped;
	let head =
		`${terminalSafe(name)}: ${plural(report.rowsRead, 'row')} read, ` +
		`${report.rowsImported.toLocaleString('en')} imported, ` +
		`${skipped.toLocaleString('en')} skipped${reasons.length ? ` (${reasons.join(', ')})` : ''}`;
	if (others > 0) head += `; ${plural(others, 'other problem')} (values left empty or warnings)`;
	if (report.blankLines > 0) head += `; ${plural(report.blankLines, 'blank line')}`;
	const lines = [head];
	for (const problem of report.problems.slice(0, PROBLEM_LINES))
		lines.push(`  ${problemLine(problem)}`);
	const unlisted = report.problemsTotal - Math.min(PROBLEM_LINES, report.problems.length);
	if (unlisted > 0) lines.push(`  … and ${plural(unlisted, 'more problem')}`);
	return lines;
}
