import type { PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { calendarPage } from '$lib/server/activities/pages';
import { renderedOnServer } from '$lib/render-only';

export const load: PageServerLoad = async ({ url, locals }) =>
	renderedOnServer({
		translations: messagesJson(locals.lang, ['activities']),
		...(await calendarPage(url, locals.lang))
	});
