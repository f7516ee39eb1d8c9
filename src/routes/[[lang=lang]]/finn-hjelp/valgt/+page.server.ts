import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { getChosenServices, parseFinderQuery } from '$lib/server/services/finder';
import { topics } from '$lib/server/services/topics';
import { renderedOnServer } from '$lib/render-only';

export const load: PageServerLoad = async ({ locals, url }) => {
	// "Vis valgte" submits the finder's form, search words and filters included; the link a
	// young person shares must carry the list and nothing else.
	if ([...url.searchParams.keys()].some((name) => name !== 'valgt')) {
		const chosen = parseFinderQuery(url.searchParams).chosen;
		redirect(303, url.pathname + (chosen.length > 0 ? `?valgt=${chosen.join(',')}` : ''));
	}
	return renderedOnServer({
		translations: messagesJson(locals.lang, ['finder']),
		list: await getChosenServices(url.searchParams, locals.lang),
		topics: topics.map((t) => ({ code: t.code, key: t.key }))
	});
};
