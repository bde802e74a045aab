/** The treated list of a campaign as CSV (through the one CSV writer), for calling or messaging. */

import { csvDocument, type CsvKinds } from '../csv';
import type { Customer } from '../model';

export interface TreatedListHeaders {
	id: string;
	name: string;
	phone: string;
	email: string;
	campaign: string;
	action: string;
}

const KINDS: CsvKinds = ['text', 'text', 'text', 'text', 'text', 'text'];

/** One line per treated member (in the order given), with phone and email where known. */
export function treatedListCsv(
	treated: readonly string[],
	customers: ReadonlyMap<string, Customer>,
	campaign: { name: string; action: string },
	headers: TreatedListHeaders
): string {
	const rows = treated.map((id) => {
		const customer = customers.get(id);
		return [
			id,
			customer?.name ?? '',
			customer?.phone ?? '',
			customer?.email ?? '',
			campaign.name,
			campaign.action
		];
	});
	return csvDocument(
		[headers.id, headers.name, headers.phone, headers.email, headers.campaign, headers.action],
		rows,
		KINDS
	);
}
