/** The customer list's state: every customer, the search query, and the matching rows. */

import { searchCustomers, searchText } from '$lib/core/customer-search';
import type { Customer } from '$lib/core/model';
import { allCustomers } from '$lib/db/customers';
import { LiveQuery } from './live-query.svelte';

export type CustomerSortKey = 'id' | 'name' | 'city' | 'channel' | 'owner';

export class CustomerDirectory {
	#customers = new LiveQuery(allCustomers);
	query = $state('');
	sortKey = $state<CustomerSortKey>('id');
	descending = $state(false);

	loading = $derived(this.#customers.loading);
	all = $derived(this.#customers.current ?? []);
	#haystacks = $derived(this.all.map(searchText));

	#sorted = $derived.by(() => {
		// Plain code-unit order: Intl.Collator costs ~1 µs a comparison, seconds at 100,000 rows.
		const key = this.sortKey;
		const values = this.all.map((customer) => customer[key] ?? '');
		const order = this.all.map((_, i) => i);
		const direction = this.descending ? -1 : 1;
		order.sort(
			(a, b) => direction * (values[a] < values[b] ? -1 : values[a] > values[b] ? 1 : a - b)
		);
		return order;
	});

	/** The customers matching the query, in the chosen order. */
	rows = $derived.by((): Customer[] => {
		const matching = new Set(searchCustomers(this.#haystacks, this.query));
		return this.#sorted.filter((i) => matching.has(i)).map((i) => this.all[i]);
	});

	sortBy(key: CustomerSortKey): void {
		if (this.sortKey === key) this.descending = !this.descending;
		else {
			this.sortKey = key;
			this.descending = false;
		}
	}
}
