import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { requireRole } from '$lib/server/auth/guard';
import { confirmStillCorrect, listStaleContent, parseConfirmForm } from '$lib/server/last-checked';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'editor');
	return {
		translations: messagesJson(event.locals.lang, ['admin']),
		items: await listStaleContent(user.municipalityId)
	};
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'editor');
		const item = parseConfirmForm(await event.request.formData());
		if (!item) return fail(400, { invalid: true });
		if (!confirmStillCorrect(user, item.entity, item.id)) error(404, 'Not found');
		return { confirmed: true };
	}
};
