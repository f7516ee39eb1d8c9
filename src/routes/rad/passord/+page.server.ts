import type { Actions, PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { requireRole } from '$lib/server/auth/guard';
import { passwordChangeAction } from '$lib/server/auth/password-change-action';

const council = ['council_member', 'council_leader'] as const;

export const load: PageServerLoad = (event) => {
	const user = requireRole(event, ...council);
	return {
		translations: messagesJson(event.locals.lang, ['council', 'account']),
		email: user.email
	};
};

export const actions: Actions = {
	default: async (event) => passwordChangeAction(event, requireRole(event, ...council))
};
