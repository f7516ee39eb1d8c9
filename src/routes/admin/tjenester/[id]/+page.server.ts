import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { requireRole, type AuthUser } from '$lib/server/auth/guard';
import { listOrganizationChoices } from '$lib/server/services/admin/organizations';
import { formValuesOf, parseServiceForm } from '$lib/server/services/admin/service-form';
import {
	locationFormValues,
	parseLocationForm,
	parsePhoneForm,
	phoneFormValues
} from '$lib/server/services/admin/service-parts-form';
import {
	addLocation,
	addPhone,
	listServiceLocations,
	listServicePhones,
	removeLocation,
	removePhone,
	saveLocation,
	savePhone,
	type PartResult
} from '$lib/server/services/admin/service-parts';
import {
	deleteService,
	getServiceForEdit,
	listTopics,
	organizationAllowed,
	saveService
} from '$lib/server/services/admin/services';

function serviceId(event: RequestEvent): number {
	const id = Number(event.params.id);
	if (!Number.isInteger(id) || id < 1) error(404, 'Not found');
	return id;
}

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'editor');
	const found = await getServiceForEdit(user, serviceId(event));
	if (!found) error(404, 'Not found');
	const locations = listServiceLocations(found.id);
	const phones = listServicePhones(found.id);
	const [topics, organizations] = await Promise.all([
		listTopics(),
		listOrganizationChoices(user.municipalityId)
	]);
	return {
		translations: messagesJson(event.locals.lang, ['admin']),
		service: {
			id: found.id,
			slug: found.slug,
			version: found.version,
			assuredDate: found.assuredDate
		},
		saved: formValuesOf(found.edit),
		locations: locations.map((l) => ({
			id: l.id,
			otherServices: l.otherServices,
			values: locationFormValues(l.edit)
		})),
		phones: phones.map((p) => ({ id: p.id, values: phoneFormValues(p.edit) })),
		topics,
		organizations,
		justSaved: event.url.searchParams.has('lagret'),
		justCreated: event.url.searchParams.has('opprettet')
	};
};

/**
 * After a row form (a location or a phone): back to the page, at the section that changed.
 * A conflict keeps what was typed and carries the newer version, so saving again overwrites
 * on purpose, as in the main form.
 */
async function partOutcome(
	user: AuthUser,
	id: number,
	part: string,
	values: Record<string, string | string[] | boolean>,
	result: PartResult,
	anchor: string
) {
	if (!result.ok && result.reason === 'not_found') error(404, 'Not found');
	if (!result.ok) {
		const current = await getServiceForEdit(user, id);
		return fail(409, {
			part,
			errors: { form: 'conflict' } as Record<string, string>,
			values,
			currentVersion: current?.version
		});
	}
	redirect(303, `/admin/tjenester/${id}?lagret=1#${anchor}`);
}

export const actions: Actions = {
	save: async (event) => {
		const user = requireRole(event, 'editor');
		const id = serviceId(event);
		const parsed = parseServiceForm(await event.request.formData());
		if (!parsed.ok)
			return fail(400, { part: 'main', errors: parsed.errors, values: parsed.values });
		if (!(await organizationAllowed(user, parsed.value.organizationId)))
			return fail(400, {
				part: 'main',
				errors: { organizationId: 'organization_required' } as Record<string, string>,
				values: parsed.values
			});
		const result = await saveService(user, id, parsed.version, parsed.value);
		if (!result.ok && result.reason === 'not_found') error(404, 'Not found');
		if (!result.ok) {
			// Someone saved in between. Keep what this person typed, show that it is stale, and
			// let a second save overwrite on purpose (the form then carries the new version).
			const current = await getServiceForEdit(user, id);
			return fail(409, {
				part: 'main',
				errors: { form: 'conflict' } as Record<string, string>,
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
			return fail(400, { part: 'delete', errors: { confirm: 'confirm_delete' } });
		if (!(await deleteService(user, id))) error(404, 'Not found');
		redirect(303, '/admin/tjenester?slettet=1');
	},
	addLocation: async (event) => {
		const user = requireRole(event, 'editor');
		const parsed = parseLocationForm(await event.request.formData());
		if (!parsed.ok)
			return fail(400, { part: 'location:new', errors: parsed.errors, values: parsed.values });
		const result = addLocation(user, serviceId(event), parsed.version, parsed.value);
		return partOutcome(user, serviceId(event), 'location:new', parsed.values, result, 'steder');
	},
	saveLocation: async (event) => {
		const user = requireRole(event, 'editor');
		const parsed = parseLocationForm(await event.request.formData());
		if (parsed.rowId === null) error(404, 'Not found');
		const part = `location:${parsed.rowId}`;
		if (!parsed.ok) return fail(400, { part, errors: parsed.errors, values: parsed.values });
		const result = saveLocation(user, serviceId(event), parsed.rowId, parsed.version, parsed.value);
		return partOutcome(user, serviceId(event), part, parsed.values, result, 'steder');
	},
	removeLocation: async (event) => {
		const user = requireRole(event, 'editor');
		const parsed = parseLocationForm(await event.request.formData());
		if (parsed.rowId === null) error(404, 'Not found');
		const result = removeLocation(user, serviceId(event), parsed.rowId, parsed.version);
		return partOutcome(
			user,
			serviceId(event),
			`location:${parsed.rowId}`,
			parsed.values,
			result,
			'steder'
		);
	},
	addPhone: async (event) => {
		const user = requireRole(event, 'editor');
		const parsed = parsePhoneForm(await event.request.formData());
		if (!parsed.ok)
			return fail(400, { part: 'phone:new', errors: parsed.errors, values: parsed.values });
		const result = addPhone(user, serviceId(event), parsed.version, parsed.value);
		return partOutcome(user, serviceId(event), 'phone:new', parsed.values, result, 'telefoner');
	},
	savePhone: async (event) => {
		const user = requireRole(event, 'editor');
		const parsed = parsePhoneForm(await event.request.formData());
		if (parsed.rowId === null) error(404, 'Not found');
		const part = `phone:${parsed.rowId}`;
		if (!parsed.ok) return fail(400, { part, errors: parsed.errors, values: parsed.values });
		const result = savePhone(user, serviceId(event), parsed.rowId, parsed.version, parsed.value);
		return partOutcome(user, serviceId(event), part, parsed.values, result, 'telefoner');
	},
	removePhone: async (event) => {
		const user = requireRole(event, 'editor');
		const parsed = parsePhoneForm(await event.request.formData());
		if (parsed.rowId === null) error(404, 'Not found');
		const result = removePhone(user, serviceId(event), parsed.rowId, parsed.version);
		return partOutcome(
			user,
			serviceId(event),
			`phone:${parsed.rowId}`,
			parsed.values,
			result,
			'telefoner'
		);
	}
};
