/** English texts of the app's frame: page titles and the navigation's step labels. */
export const layoutEn = {
	'nav.steps': 'Steps {from}–{to}',
	'title.profile': 'Customer profile',
	'title.page': '{screen} · {app}'
};
