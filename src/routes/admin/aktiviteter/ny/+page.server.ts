import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { requireRole } from '$lib/server/auth/guard';
import { createActivity, listCreateOptions } from '$lib/server/activities/admin/activities';
import { parseNewActivityForm } from '$lib/server/activities/admin/activity-form';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'editor');
	return {
		translations: messagesJson(event.locals.lang, ['admin', 'admin_activities', 'activities']),
		options: await listCreateOptions(user.municipalityId)
	};
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'editor');
		const input = parseNewActivityForm(await event.request.formData());
		if (!input.ok) return fail(400, { errors: input.errors, values: input.values });
		const result = createActivity(user, input.value);
		if (!result.ok) {
			const field = result.reason === 'organizer' ? 'organizerId' : 'locationId';
			return fail(400, { errors: { [field]: 'choose' }, values: input.values });
		}
		redirect(303, `/admin/aktiviteter/${result.id}?opprettet=1`);
	}
};
