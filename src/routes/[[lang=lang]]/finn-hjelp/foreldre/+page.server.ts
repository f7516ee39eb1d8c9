import type { PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { finderPage, findServices, parseFinderQuery } from '$lib/server/services/finder';

export const load: PageServerLoad = async ({ locals, url }) => ({
	translations: messagesJson(locals.lang, ['finder']),
	result: await findServices(
		parseFinderQuery(url.searchParams, 'foreldre'),
		locals.lang,
		undefined,
		finderPage(url.searchParams)
	)
});
