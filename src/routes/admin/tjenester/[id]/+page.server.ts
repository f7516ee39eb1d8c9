import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { requireRole } from '$lib/server/auth/guard';
import { formValuesOf, parseServiceForm } from '$lib/server/staff/service-form';
import {
	deleteService,
	getServiceForEdit,
	listTopics,
	saveService
} from '$lib/server/staff/services';

function serviceId(event: RequestEvent): number {
	const id = Number(event.params.id);
	if (!Number.isInteger(id) || id < 1) error(404, 'Not found');
	return id;
}

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'editor');
	const found = await getServiceForEdit(user, serviceId(event));
	if (!found) error(404, 'Not found');
	return {
		translations: messagesJson(event.locals.lang, ['admin']),
		service: {
			id: found.id,
			slug: found.slug,
			version: found.version,
			assuredDate: found.assuredDate
		},
		saved: formValuesOf(found.edit),
		topics: await listTopics(),
		justSaved: event.url.searchParams.has('lagret')
	};
};

export const actions: Actions = {
	save: async (event) => {
		const user = requireRole(event, 'editor');
		const id = serviceId(event);
		const parsed = parseServiceForm(await event.request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const result = await saveService(user, id, parsed.version, parsed.value);
		if (!result.ok && result.reason === 'not_found') error(404, 'Not found');
		if (!result.ok) {
			// Someone saved in between. Keep what this person typed, show that it is stale, and
			// let a second save overwrite on purpose (the form then carries the new version).
			const current = await getServiceForEdit(user, id);
			return fail(409, {
				errors: { form: 'conflict' },
				values: parsed.values,
				currentVersion: current?.version ?? parsed.version
			});
		}
		redirect(303, `/admin/tjenester/${id}?lagret=1`);
	},
	delete: async (event) => {
		const user = requireRole(event, 'editor');
		const id = serviceId(event);
		const form = await event.request.formData();
		if (form.get('confirm') !== 'yes')
			return fail(400, { errors: { confirm: 'confirm_delete' }, values: null });
		if (!(await deleteService(user, id))) error(404, 'Not found');
		redirect(303, '/admin/tjenester');
	}
};
