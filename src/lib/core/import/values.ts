/** Text values of cells: identifiers and plain text fields. */

import type { Cell } from './types';

/** A cell as trimmed text ('' when empty). Excel numbers print without a trailing `.0`. */
export function cellText(cell: Cell): string {
	if (typeof cell === 'string') {
		const length = cell.length;
		if (length === 0) return '';
		// Most cells have no surrounding space: avoid `trim()`'s copy for them.
		return isSpace(cell.charCodeAt(0)) || isSpace(cell.charCodeAt(length - 1)) ? cell.trim() : cell;
	}
	if (cell === null) return '';
	if (cell instanceof Date) return cell.toISOString().slice(0, cell.getUTCSeconds() ? 19 : 10);
	return String(cell);
}

/**
 * A customer id as the user means it: trimmed, and a whole number written as a float by a
 * spreadsheet round trip (`17850.0`, Online Retail) loses its `.0`. Leading zeros are kept.
 */
export function normaliseCustomerId(cell: Cell): string {
	if (typeof cell === 'number') return String(cell);
	const text = cellText(cell);
	const dot = text.length - 2;
	if (dot > 0 && text.charCodeAt(dot) === 46 && text.charCodeAt(dot + 1) === 48) {
		const head = text.slice(0, dot);
		if (/^\d+$/.test(head)) return head;
	}
	if (dot > 0 && text.endsWith('.00') && /^\d+\.00$/.test(text)) return text.slice(0, -3);
	return text;
}

function isSpace(code: number): boolean {
	return code <= 32 || code === 0xa0 || code === 0x3000 || code === 0xfeff;
}

const CJK = /[\u3400-\u9fff]/;

/** Name parts joined: Chinese parts without a space (王 + 小明), others with one. */
export function joinParts(parts: readonly string[]): string {
	const present = parts.filter((part) => part !== '');
	if (present.length < 2) return present[0] ?? '';
	return present.every((part) => CJK.test(part)) ? present.join('') : present.join(' ');
}
