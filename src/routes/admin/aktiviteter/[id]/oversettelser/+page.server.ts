import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { requireRole } from '$lib/server/auth/guard';
import { formVersion, typedValues, versionConflict } from '$lib/server/conflict';
import { parseActivityId } from '$lib/server/activities/admin/activity-form';
import {
	getActivityTranslations,
	parseActivityTranslationForm,
	saveActivityTranslation,
	translatableFields
} from '$lib/server/activities/admin/translations';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'editor');
	const id = parseActivityId(event.params.id);
	const found = id === null ? null : getActivityTranslations(user.municipalityId, id);
	if (id === null || !found) error(404, 'Not found');
	return {
		translations: messagesJson(event.locals.lang, ['admin', 'admin_activities']),
		activityId: id,
		fields: translatableFields(found.source),
		...found
	};
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'editor');
		const form = await event.request.formData();
		const input = parseActivityTranslationForm(form);
		if (!input.ok)
			return fail(400, { lang: input.values.lang, errors: input.errors, values: input.values });
		const { lang, ...text } = input.value;
		const id = parseActivityId(event.params.id);
		const result =
			id === null
				? ({ ok: false, reason: 'not_found' } as const)
				: saveActivityTranslation(user, id, lang, text, formVersion(form));
		if (!result.ok && result.reason === 'not_found') error(404, 'Not found');
		if (!result.ok && result.reason === 'conflict')
			return versionConflict(typedValues(form), result.current, Object.keys(text), result.version, {
				lang
			});
		return { savedLang: lang };
	}
};
