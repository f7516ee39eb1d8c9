import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { requireRole } from '$lib/server/auth/guard';
import { parseServiceTranslationForm } from '$lib/server/services/admin/translation-form';
import {
	getServiceTranslations,
	saveServiceTranslation
} from '$lib/server/services/admin/translations';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'editor');
	const found = getServiceTranslations(user.municipalityId, Number(event.params.id) || 0);
	if (!found) error(404, 'Not found');
	return {
		translations: messagesJson(event.locals.lang, ['admin']),
		serviceId: Number(event.params.id),
		...found
	};
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'editor');
		const parsed = parseServiceTranslationForm(await event.request.formData());
		if (!parsed.ok)
			return fail(400, { lang: parsed.values.lang, errors: parsed.errors, values: parsed.values });
		const { lang, ...text } = parsed.value;
		if (!saveServiceTranslation(user, Number(event.params.id) || 0, lang, text))
			error(404, 'Not found');
		return { savedLang: lang };
	}
};
