import type { PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { requireRole } from '$lib/server/auth/guard';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin', 'coordinator', 'editor');
	return { translations: messagesJson(event.locals.lang, ['admin']) };
};
