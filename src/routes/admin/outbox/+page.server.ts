import type { PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { requireRole } from '$lib/server/auth/guard';
import { listOutbox } from '$lib/server/email/outbox';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'admin');
	return {
		translations: messagesJson(event.locals.lang, ['admin']),
		emails: await listOutbox(user)
	};
};
