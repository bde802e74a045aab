/**
 * Excel `.xlsx` through read-excel-file's `universal` entry: it takes an ArrayBuffer, parses XML
 * with a SAX parser (no DOMParser, which a Web Worker lacks) and runs the same in Node and in
 * the worker. See README.md for the choice of library.
 */

import readXlsxFile, { readSheet } from 'read-excel-file/universal';
import type { Cell, XlsxReader } from './types';

/** The default reader: read-excel-file, first (or chosen) sheet. */
export const readExcelFileReader: XlsxReader = {
	async read(data, sheet, listSheets) {
		if (!listSheets) return { sheetNames: [], rows: toCells(await readSheet(data, sheet)) };
		const sheets = await readXlsxFile(data);
		const chosen =
			typeof sheet === 'number' ? sheets[sheet - 1] : sheets.find((each) => each.sheet === sheet);
		if (!chosen) throw new SheetMissingError(String(sheet));
		return { sheetNames: sheets.map((each) => each.sheet), rows: toCells(chosen.data) };
	}
};

/** Raised by readers for a sheet the workbook does not have. */
export class SheetMissingError extends Error {
	constructor(readonly sheet: string) {
		super(`sheet not found: ${sheet}`);
	}
}

/** Whether an error from a reader means "no such sheet". */
export function isSheetMissing(error: unknown): boolean {
	return (
		error instanceof SheetMissingError ||
		(error instanceof Error && error.name === 'SheetNotFoundError')
	);
}

function toCells(rows: readonly (readonly unknown[])[]): Cell[][] {
	return rows.map((row) => row.map(toCell));
}

function toCell(value: unknown): Cell {
	if (value === null || value === undefined) return null;
	if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
		return value;
	if (value instanceof Date) return value;
	return String(value);
}
