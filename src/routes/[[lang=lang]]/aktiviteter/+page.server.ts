import type { PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { listPage } from '$lib/server/activities/pages';

export const load: PageServerLoad = async ({ url, locals }) => ({
	translations: messagesJson(locals.lang, ['activities']),
	...(await listPage(url, locals.lang))
});
