import type { PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { activityPage } from '$lib/server/activities/pages';
import { renderedOnServer } from '$lib/render-only';

export const load: PageServerLoad = async ({ params, url, locals }) =>
	renderedOnServer({
		translations: messagesJson(locals.lang, ['activities']),
		...(await activityPage(params.slug, locals.lang, url.origin))
	});
