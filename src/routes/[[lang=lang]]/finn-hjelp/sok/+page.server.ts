import type { PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { countEveryVisit } from '$lib/server/page-cache';
import { countNeeds } from '$lib/server/plans/needs-picture';
import {
	countTopicUse,
	finderPage,
	findServices,
	parseFinderQuery
} from '$lib/server/services/finder';
import { topicByCode } from '$lib/server/services/topics';
import { renderedOnServer } from '$lib/render-only';

export const load: PageServerLoad = async ({ locals, url }) => {
	const query = parseFinderQuery(url.searchParams);
	const result = await findServices(query, locals.lang, undefined, finderPage(url.searchParams));
	// Only the topics the words pointed to are counted; the words themselves go nowhere.
	const topics = result.matchedTopics;
	const kind = result.fallback ? 'empty' : 'topic';
	countEveryVisit(locals, (now) => {
		if (topics.length > 0) countTopicUse(topics, now);
		countNeeds(kind, topics, locals.lang, now);
	});
	return renderedOnServer({
		translations: messagesJson(locals.lang, ['finder']),
		query,
		result,
		topicLinks: result.matchedTopics.map((code) => ({ code, key: topicByCode(code)!.key }))
	});
};
