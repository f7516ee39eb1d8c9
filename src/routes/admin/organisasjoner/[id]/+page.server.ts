import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { requireRole } from '$lib/server/auth/guard';
import {
	organizationFormValues,
	parseOrganizationForm
} from '$lib/server/services/admin/organization-form';
import {
	deleteOrganization,
	getOrganizationForEdit,
	listServicesOfOrganization,
	saveOrganization
} from '$lib/server/services/admin/organizations';

function organizationId(event: RequestEvent): number {
	const id = Number(event.params.id);
	if (!Number.isInteger(id) || id < 1) error(404, 'Not found');
	return id;
}

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'editor');
	const found = await getOrganizationForEdit(user, organizationId(event));
	if (!found) error(404, 'Not found');
	return {
		translations: messagesJson(event.locals.lang, ['admin']),
		organization: { id: found.id, version: found.version },
		saved: organizationFormValues(found.edit),
		services: await listServicesOfOrganization(user, found.id),
		justSaved: event.url.searchParams.has('lagret'),
		justCreated: event.url.searchParams.has('opprettet')
	};
};

export const actions: Actions = {
	save: async (event) => {
		const user = requireRole(event, 'editor');
		const id = organizationId(event);
		const parsed = parseOrganizationForm(await event.request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const result = await saveOrganization(user, id, parsed.version, parsed.value);
		if (!result.ok && result.reason === 'not_found') error(404, 'Not found');
		if (!result.ok) {
			// Keep what this person typed; a second save overwrites on purpose.
			const current = await getOrganizationForEdit(user, id);
			return fail(409, {
				errors: { form: 'conflict' },
				values: parsed.values,
				currentVersion: current?.version ?? parsed.version
			});
		}
		redirect(303, `/admin/organisasjoner/${id}?lagret=1`);
	},
	delete: async (event) => {
		const user = requireRole(event, 'editor');
		const id = organizationId(event);
		const form = await event.request.formData();
		if (form.get('confirm') !== 'yes')
			return fail(400, { deleteError: 'confirm_delete', deleteRefusedServices: null });
		const result = await deleteOrganization(user, id);
		if (!result.ok && result.reason === 'not_found') error(404, 'Not found');
		if (!result.ok)
			return fail(409, { deleteError: undefined, deleteRefusedServices: result.services });
		redirect(303, '/admin/organisasjoner?slettet=1');
	}
};
