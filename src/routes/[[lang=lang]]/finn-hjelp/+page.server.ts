import type { PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { parseFinderQuery } from '$lib/server/services/finder';
import { topics } from '$lib/server/services/topics';
import { renderedOnServer } from '$lib/render-only';

export const load: PageServerLoad = ({ locals, url }) =>
	renderedOnServer({
		translations: messagesJson(locals.lang, ['finder']),
		topics: topics.map((t) => ({ code: t.code, key: t.key })),
		forFriend: parseFinderQuery(url.searchParams).forFriend
	});
