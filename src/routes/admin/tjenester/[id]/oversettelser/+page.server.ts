import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { requireRole } from '$lib/server/auth/guard';
import { formVersion, typedValues, versionConflict } from '$lib/server/conflict';
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
		const form = await event.request.formData();
		const parsed = parseServiceTranslationForm(form);
		if (!parsed.ok)
			return fail(400, { lang: parsed.values.lang, errors: parsed.errors, values: parsed.values });
		const { lang, ...text } = parsed.value;
		const id = Number(event.params.id) || 0;
		const result = saveServiceTranslation(user, id, lang, text, formVersion(form));
		if (!result.ok && result.reason === 'not_found') error(404, 'Not found');
		if (!result.ok && result.reason === 'conflict')
			return versionConflict(typedValues(form), result.current, Object.keys(text), result.version, {
				lang
			});
		return { savedLang: lang };
	}
};
