import type { PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { countNeeds } from '$lib/server/plans/needs-picture';
import { countTopicUse, findServices, parseFinderQuery } from '$lib/server/services/finder';
import { topicByCode } from '$lib/server/services/topics';

export const load: PageServerLoad = async ({ locals, url }) => {
	const query = parseFinderQuery(url.searchParams);
	const result = await findServices(query, locals.lang);
	// Only the topics the words pointed to are counted; the words themselves go nowhere.
	if (result.matchedTopics.length > 0) countTopicUse(result.matchedTopics);
	countNeeds(result.fallback ? 'empty' : 'topic', result.matchedTopics, locals.lang);
	return {
		translations: messagesJson(locals.lang, ['finder']),
		query,
		result,
		topicLinks: result.matchedTopics.map((code) => ({ code, key: topicByCode(code)!.key }))
	};
};
