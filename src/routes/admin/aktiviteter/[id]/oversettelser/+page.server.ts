import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { requireRole } from '$lib/server/auth/guard';
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
		const input = parseActivityTranslationForm(await event.request.formData());
		if (!input.ok)
			return fail(400, { lang: input.values.lang, errors: input.errors, values: input.values });
		const { lang, ...text } = input.value;
		const id = parseActivityId(event.params.id);
		if (id === null || !saveActivityTranslation(user, id, lang, text)) error(404, 'Not found');
		return { savedLang: lang };
	}
};
