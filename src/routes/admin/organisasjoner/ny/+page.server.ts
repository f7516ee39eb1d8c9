import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { requireRole } from '$lib/server/auth/guard';
import { parseNewOrganizationForm } from '$lib/server/services/admin/organization-form';
import { createOrganization } from '$lib/server/services/admin/organizations';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'editor');
	return { translations: messagesJson(event.locals.lang, ['admin']) };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'editor');
		const parsed = parseNewOrganizationForm(await event.request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const id = createOrganization(user, parsed.value);
		redirect(303, `/admin/organisasjoner/${id}?opprettet=1`);
	}
};
