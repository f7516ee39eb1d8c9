/**
 * What `npm run bench` drives. `js` is the gzip budget in kB for the JavaScript the page
 * loads, where the issue sets one. Features add their pages here.
 */
export const benchUrls: { name: string; path: string; jsBudgetKb?: number }[] = [
	{ name: 'home', path: '/', jsBudgetKb: 60 },
	{ name: 'plan', path: '/planen' },
	{ name: 'round (public)', path: '/planen/horinger/1' },
	{ name: 'finder start', path: '/finn-hjelp' },
	{ name: 'finder topic', path: '/finn-hjelp/tema/trist-eller-redd' },
	{ name: 'finder search', path: '/finn-hjelp/sok?q=lei+meg' },
	{ name: 'a service', path: '/finn-hjelp/tjeneste/fjordvik-helsestasjon-for-ungdom' },
	{ name: 'HSDS services (open data API)', path: '/api/hsds/services?per_page=50' },
	{ name: 'activities, two filters', path: '/aktiviteter?alder=10&gratis=1', jsBudgetKb: 60 },
	{ name: 'an activity', path: '/aktiviteter/fotball-for-alle' },
	{ name: 'login', path: '/logg-inn' }
];

/** Targets every URL is held to, in the same run as the bare node:http server. */
export const targets = { minRatio: 0.1, maxP95Ms: 50 };
