import type { PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { finderPage, findServices, parseFinderQuery } from '$lib/server/services/finder';
import { renderedOnServer } from '$lib/render-only';

export const load: PageServerLoad = async ({ locals, url }) =>
	renderedOnServer({
		translations: messagesJson(locals.lang, ['finder']),
		result: await findServices(
			parseFinderQuery(url.searchParams, 'foreldre'),
			locals.lang,
			undefined,
			finderPage(url.searchParams)
		)
	});
