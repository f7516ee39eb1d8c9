import type { APIRequestContext } from '@playwright/test';

const roundPlaceholder = '/planen/horinger/{published}';

/** A round with published feedback, whatever id the seed gave it (see `resolvePublicPath`). */
function publishedRoundPath(): string {
	return roundPlaceholder;
}

/**
 * The address to open for a `publicPages` path: itself, except the published round, whose
 * id is read from the link to it on /planen, so the list does not depend on seed order.
 */
export async function resolvePublicPath(request: APIRequestContext, path: string): Promise<string> {
	if (path !== roundPlaceholder) return path;
	const html = await (await request.get('/planen')).text();
	const id = /href="\/planen\/horinger\/(\d+)"/.exec(html)?.[1];
	if (!id) throw new Error('/planen links to no round with published feedback');
	return `/planen/horinger/${id}`;
}

/**
 * Every public page, by its nb path. The accessibility, privacy and no-JavaScript checks
 * visit each of them (through `resolvePublicPath`); a feature adds its pages here.
 */
export const publicPages: { path: string; name: string }[] = [
	{ path: '/', name: 'home' },
	{ path: '/finn-hjelp', name: 'find help' },
	{ path: '/finn-hjelp/tema/trist-eller-redd', name: 'find help: a topic' },
	{ path: '/finn-hjelp/sok?q=mobbet', name: 'find help: search' },
	{ path: '/finn-hjelp/tjeneste/fjordvik-ung-en-dor-inn', name: 'find help: a service' },
	{ path: '/finn-hjelp/foreldre', name: 'find help: for parents' },
	{ path: '/finn-hjelp/valgt?valgt=fjordvik-ung-en-dor-inn', name: 'find help: a shared list' },
	{ path: '/aktiviteter', name: 'find something to do' },
	{ path: '/personvern', name: 'privacy' },
	{ path: '/planen', name: 'plan of measures' },
	{ path: '/planen?omrade=tidlig-hjelp', name: 'plan of measures: one focus area' },
	{ path: '/ungdomsradet', name: 'the youth council' },
	{ path: publishedRoundPath(), name: 'a finished consultation round' },
	{ path: '/aktiviteter?alder=10&gratis=1&dag=tirsdag', name: 'activities, filtered' },
	{ path: '/aktiviteter/kalender', name: 'activity calendar' },
	{ path: '/aktiviteter/kart', name: 'activity map' },
	{ path: '/aktiviteter/fotball-for-alle', name: 'an activity' },
	{ path: '/logg-inn', name: 'staff and youth council login' },
	{ path: '/glemt-passord', name: 'forgotten password' }
];
