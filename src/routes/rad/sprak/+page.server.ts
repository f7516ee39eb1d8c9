import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { messagesJson } from '$lib/i18n/messages.server';
import { councilReturnPath, parseLanguageChoice } from '$lib/server/auth/locale';
import { setUserLocale } from '$lib/server/auth/users';

export const load: PageServerLoad = (event) => {
	const user = requireRole(event, 'council_member', 'council_leader');
	return {
		current: user.locale,
		next: councilReturnPath(event.url.searchParams.get('neste')),
		translations: messagesJson(event.locals.lang, ['council'])
	};
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'council_member', 'council_leader');
		const choice = parseLanguageChoice(await event.request.formData());
		if (!choice.ok) return fail(400, { error: 'language_invalid' as const, next: choice.next });
		await setUserLocale(user, choice.lang);
		redirect(303, choice.next);
	}
};
