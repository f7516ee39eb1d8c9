import { error } from '@sveltejs/kit';
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
import { isTopicCode, topicByCode } from '$lib/server/services/topics';
import { renderedOnServer } from '$lib/render-only';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const translations = messagesJson(locals.lang, ['finder']);
	if (!isTopicCode(params.topic)) error(404, 'Not found');
	const query = parseFinderQuery(url.searchParams, params.topic);
	const result = await findServices(query, locals.lang, undefined, finderPage(url.searchParams));
	const topic = params.topic;
	countEveryVisit(locals, (now) => {
		countTopicUse([topic], now);
		countNeeds('topic', [topic], locals.lang, now);
	});
	return renderedOnServer({
		translations,
		query,
		result,
		topicKey: topicByCode(params.topic)!.key
	});
};
