/** English texts of the app's frame: page titles and the navigation's step labels. */
export const layoutEn = {
	'nav.steps': 'Steps {from}–{to}',
	'title.profile': 'Customer profile',
	'value.modelDetails': 'Model details: parameters and fit',
	'value.notConverged':
		'One of the models did not settle on an estimate: treat these figures with care (see the model details).',
	'clusters.features.standardiseHow': 'How the scale is computed',
	'clusters.features.standardiseDetails':
		'Each measure has its mean subtracted and is divided by its standard deviation (the population standard deviation, dividing by n, as scikit-learn’s StandardScaler does).',
	'segments.refundsOnly': 'refunds only, no purchase counted',
	'explorer.list.filtersHint': 'by segment or any field; columns and order',
	'title.page': '{screen} · {app}'
};
