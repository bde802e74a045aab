/**
 * The currency of an import, guessed from what the file shows: symbols and codes in its cells
 * and headers ("¥", "$", "£", "€", "金额(元)", "USD"), else a country column whose values name
 * one country ("United Kingdom" beside "UnitPrice"). Undefined when nothing says; the user
 * always confirms the currency at import.
 */

/** Signs of a currency in text (ISO 4217 code → patterns). Tested in this order. */
const SIGNS: readonly [string, RegExp][] = [
	['CNY', /[¥￥]|元|人民币|\bRMB\b|\bCNY\b/i],
	['GBP', /£|\bGBP\b|英镑/i],
	['EUR', /€|\bEUR\b|欧元/i],
	['HKD', /\bHK\$|\bHKD\b|港币|港元/i],
	['USD', /\bUS\$|\$|\bUSD\b|美元/i]
];

/** Countries (as a country column writes them) whose currency is clear. */
const COUNTRY_CURRENCY: Record<string, string> = {
	'united kingdom': 'GBP',
	uk: 'GBP',
	'great britain': 'GBP',
	'united states': 'USD',
	usa: 'USD',
	china: 'CNY',
	中国: 'CNY',
	'hong kong': 'HKD',
	japan: 'JPY',
	singapore: 'SGD',
	australia: 'AUD',
	canada: 'CAD',
	germany: 'EUR',
	france: 'EUR',
	spain: 'EUR',
	italy: 'EUR',
	netherlands: 'EUR'
};

const COUNTRY_HEADER = /^(country|国家|国家\/地区)$/i;

/** The currency whose signs appear most often in the texts, or undefined. */
function bySigns(texts: readonly string[]): string | undefined {
	const counts = new Map<string, number>();
	for (const text of texts) {
		// HK$ and US$ contain '$': the first matching sign wins per text.
		const found = SIGNS.find(([, pattern]) => pattern.test(text));
		if (found) counts.set(found[0], (counts.get(found[0]) ?? 0) + 1);
	}
	let best: string | undefined;
	let bestCount = 0;
	for (const [code, count] of counts) if (count > bestCount) [best, bestCount] = [code, count];
	return best;
}

/**
 * The guessed currency of a file from its headers and first rows (display text): cell
 * symbols first, then header words, then the country column when more than half its values
 * name one country with a clear currency.
 */
export function guessCurrency(
	headers: readonly string[],
	rows: readonly (readonly string[])[]
): string | undefined {
	const fromCells = bySigns(rows.flat());
	if (fromCells) return fromCells;
	const fromHeaders = bySigns(headers);
	if (fromHeaders) return fromHeaders;
	const country = headers.findIndex((header) => COUNTRY_HEADER.test(header.trim()));
	if (country < 0 || rows.length === 0) return undefined;
	const counts = new Map<string, number>();
	for (const row of rows) {
		const code = COUNTRY_CURRENCY[(row[country] ?? '').trim().toLowerCase()];
		if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
	}
	for (const [code, count] of counts) if (count * 2 > rows.length) return code;
	return undefined;
}
