/**
 * What kind of value a customer field or measure holds: it decides how the value is formatted
 * on screen, rounded in exports (money to cents, shares to 4 decimals) and offered in filters.
 */
export type FieldKind =
	/** Free text (names, phone numbers, notes). */
	| 'text'
	/** A plain count or measure. */
	| 'number'
	/** An amount in the shop's currency. */
	| 'money'
	/** A day number (days since 1970-01-01, UTC), shown as a date. */
	| 'day'
	/** A share 0–1, shown as a percentage. */
	| 'share'
	/** One of a few named values (city, channel, segment). */
	| 'category';
