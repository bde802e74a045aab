/** English texts of the SQL export on the Segments screen (merged into en.ts). */
export const sqlEn = {
	'sql.title': 'Segments as SQL',
	'sql.hint':
		'The same segments in your warehouse: one query over your orders and customers tables, with these settings and this analysis day written in. It gives one row per customer with the class of each rule-based scheme.',
	'sql.dialect': 'SQL dialect',
	'sql.download': 'Download SQL',
	'sql.notIncluded': 'Not in the query (they are not rule definitions): {schemes}.',
	'sql.loyaltyNote':
		'Loyalty in the query leaves out satisfaction (the tables have no interactions): {count} customers with a recorded satisfaction may get another loyalty class there.',
	'sql.error.profit-basis':
		'Value tiers by profit need each order’s cost, which the query’s orders table does not have: choose revenue for the value tiers to export the SQL.'
} as const;
