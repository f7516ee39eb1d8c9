import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { contactAnswers, contactQuestionCount } from '$lib/server/services/contact-answers';
import {
	acuteHelpForService,
	acuteNeedsServed,
	getServiceBySlug,
	parseFinderQuery
} from '$lib/server/services/finder';
import { topicByCode } from '$lib/server/services/topics';
import { renderedOnServer } from '$lib/render-only';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const translations = messagesJson(locals.lang, ['finder']);
	const service = await getServiceBySlug(params.slug, locals.lang);
	if (!service) error(404, 'Not found');
	// The age the finder carries (`?alder=14`), or the one typed on this page; nothing stored.
	const age = parseFinderQuery(url.searchParams).age;
	const answers = contactAnswers(service.contact, age);
	return renderedOnServer({
		translations,
		service,
		age,
		answers,
		allAnswered: answers.length === contactQuestionCount,
		/** A line for an acute need: its call/SMS/chat buttons come first on the page. */
		acuteLine: service.isEmergency || acuteNeedsServed(service.slug).length > 0,
		acute: await acuteHelpForService(service, locals.lang),
		topicLinks: service.topics.map((code) => ({ code, key: topicByCode(code)!.key }))
	});
};
