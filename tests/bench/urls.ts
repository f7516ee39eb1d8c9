/**
 * What `npm run bench` drives. `jsBudgetKb` is the gzip budget in kB for the JavaScript the
 * page loads, where the issue sets one; `uncachedTarget` marks the pages held to the
 * uncached targets at scale (≥ half the trivial page's req/s, p95 ≤ 50 ms). Features add
 * their pages here.
 */
export type BenchUrl = {
	name: string;
	path: string;
	jsBudgetKb?: number;
	uncachedTarget?: boolean;
};

const publicJsBudgetKb = 40;

export const benchUrls: BenchUrl[] = [
	{ name: 'home', path: '/', jsBudgetKb: publicJsBudgetKb },
	{ name: 'plan', path: '/planen', jsBudgetKb: publicJsBudgetKb },
	{ name: 'round (public)', path: '/planen/horinger/1', jsBudgetKb: publicJsBudgetKb },
	{ name: 'finder start', path: '/finn-hjelp', jsBudgetKb: publicJsBudgetKb },
	{
		name: 'finder topic',
		path: '/finn-hjelp/tema/trist-eller-redd',
		jsBudgetKb: publicJsBudgetKb,
		uncachedTarget: true
	},
	{
		name: 'finder search',
		path: '/finn-hjelp/sok?q=lei+meg',
		jsBudgetKb: publicJsBudgetKb,
		uncachedTarget: true
	},
	{
		name: 'a service',
		path: '/finn-hjelp/tjeneste/fjordvik-helsestasjon-for-ungdom',
		jsBudgetKb: publicJsBudgetKb
	},
	{
		name: 'activities, two filters',
		path: '/aktiviteter?alder=10&gratis=1',
		jsBudgetKb: publicJsBudgetKb,
		uncachedTarget: true
	},
	{
		name: 'activity calendar',
		path: '/aktiviteter/kalender',
		jsBudgetKb: publicJsBudgetKb,
		uncachedTarget: true
	},
	{
		name: 'a shared list',
		path: '/finn-hjelp/valgt?valgt=fjordvik-ung-en-dor-inn,kirkens-sos',
		jsBudgetKb: publicJsBudgetKb
	},
	{ name: 'for parents', path: '/finn-hjelp/foreldre', jsBudgetKb: publicJsBudgetKb },
	{ name: 'youth council', path: '/ungdomsradet', jsBudgetKb: publicJsBudgetKb },
	{ name: 'privacy', path: '/personvern', jsBudgetKb: publicJsBudgetKb },
	// Leaflet (~42 kB gzipped) is loaded only after "Vis kart", so it is not counted here.
	{ name: 'activity map', path: '/aktiviteter/kart', jsBudgetKb: publicJsBudgetKb },
	{ name: 'an activity', path: '/aktiviteter/fotball-for-alle', jsBudgetKb: publicJsBudgetKb },
	{ name: 'HSDS services', path: '/api/hsds/services?per_page=50', uncachedTarget: true },
	{ name: 'RPDE first page', path: '/api/feeds/activities', uncachedTarget: true },
	{ name: 'login', path: '/logg-inn', jsBudgetKb: publicJsBudgetKb }
];

/**
 * The framework's own floor: the app's simplest page (static text from the locale files, the
 * shared layout and its municipality lookup, no feature query). Uncached pages are compared
 * with it, so the ratio says what the feature's own work costs.
 */
export const trivialPage = { name: 'trivial SvelteKit page', path: '/personvern' };

/** Words a storm of distinct searches combines, so no two requests share a cache entry. */
export const stormWords = [
	'lei',
	'meg',
	'trist',
	'redd',
	'skole',
	'penger',
	'hjemme',
	'venner',
	'sove',
	'angst',
	'prevensjon',
	'rus',
	'mobbing',
	'jobb',
	'familie',
	'helse',
	'snakke',
	'alene',
	'kjæreste',
	'sint'
];

/** Targets, checked in the same run (never in timed tests). */
export const targets = {
	/** Cached anonymous pages: portal ÷ bare node:http serving the same bytes. */
	minCachedRatio: 0.6,
	/** Uncached pages at scale: portal ÷ the trivial SvelteKit page, uncached. */
	minUncachedRatio: 0.5,
	maxP95Ms: 50,
	/** Saving a service at scale, while pages are under load. */
	maxSaveMs: 50
};
