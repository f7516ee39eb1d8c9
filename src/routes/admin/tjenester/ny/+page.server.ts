import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { requireRole } from '$lib/server/auth/guard';
import { listOrganizationChoices } from '$lib/server/services/admin/organizations';
import { parseNewServiceForm } from '$lib/server/services/admin/service-form';
import { createService, organizationAllowed } from '$lib/server/services/admin/services';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'editor');
	return {
		translations: messagesJson(event.locals.lang, ['admin']),
		organizations: await listOrganizationChoices(user.municipalityId),
		preselected: event.url.searchParams.get('organisasjon') ?? ''
	};
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'editor');
		const parsed = parseNewServiceForm(await event.request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		if (!(await organizationAllowed(user, parsed.value.organizationId)))
			return fail(400, {
				errors: { organizationId: 'organization_required' },
				values: parsed.values
			});
		const id = createService(user, parsed.value);
		redirect(303, `/admin/tjenester/${id}?opprettet=1`);
	}
};
