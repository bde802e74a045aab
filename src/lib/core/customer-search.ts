/** Finding customers by what a person types: id, name (Chinese included), phone or email. */

import type { Customer } from './model';

/** A lower-cased haystack per customer: id, name, phone digits and email, separated. */
export function searchText(customer: Customer): string {
	const phoneDigits = (customer.phone ?? '').replace(/\D/g, '');
	return [customer.id, customer.name, phoneDigits, customer.email ?? '']
		.join('\u0001')
		.toLowerCase();
}

/**
 * Indices of the customers whose id, name, phone or email contains every word of the query
 * (words separated by spaces; a phone number may be typed with spaces or dashes).
 */
export function searchCustomers(haystacks: readonly string[], query: string): number[] {
	const words = query
		.trim()
		.toLowerCase()
		.split(/\s+/)
		.filter(Boolean)
		.map((word) => (/^[\d\-+()]+$/.test(word) ? word.replace(/\D/g, '') || word : word));
	const matches: number[] = [];
	if (words.length === 0) {
		for (let i = 0; i < haystacks.length; i++) matches.push(i);
		return matches;
	}
	for (let i = 0; i < haystacks.length; i++) {
		const haystack = haystacks[i];
		if (words.every((word) => haystack.includes(word))) matches.push(i);
	}
	return matches;
}
