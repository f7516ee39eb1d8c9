import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { getServiceBySlug } from '$lib/server/services/finder';
import { topicByCode } from '$lib/server/services/topics';

export const load: PageServerLoad = async ({ locals, params }) => {
	const translations = messagesJson(locals.lang, ['finder']);
	const service = await getServiceBySlug(params.slug, locals.lang);
	if (!service) error(404, 'Not found');
	return {
		translations,
		service,
		topicLinks: service.topics.map((code) => ({ code, key: topicByCode(code)!.key }))
	};
};
