import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { messagesJson } from '$lib/i18n/messages.server';
import {
	createFocusArea,
	focusAreasForStaff,
	moveFocusArea,
	updateFocusArea
} from '$lib/server/plans/focus-areas';
import { formVersion } from '$lib/server/forms';
import { parseFocusAreaForm } from '$lib/server/plans/measure-form';

function areaId(form: FormData): number {
	const v = form.get('id');
	const n = typeof v === 'string' && /^\d{1,9}$/.test(v) ? Number(v) : 0;
	if (n < 1) error(400, 'Bad request');
	return n;
}

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'coordinator');
	const found = await focusAreasForStaff(user.municipalityId);
	if (!found) error(404, 'Not found');
	return {
		plan: { title: found.plan.title },
		areas: found.areas.map((a) => ({
			id: a.id,
			version: a.version,
			values: {
				title: a.title,
				titleEn: a.titleEn ?? '',
				description: a.description,
				descriptionEn: a.descriptionEn ?? ''
			}
		})),
		saved: event.url.searchParams.has('lagret') || event.url.searchParams.has('opprettet'),
		translations: messagesJson(event.locals.lang, ['admin', 'admin_plans'])
	};
};

export const actions: Actions = {
	create: async (event) => {
		const user = requireRole(event, 'coordinator');
		const parsed = parseFocusAreaForm(await event.request.formData());
		if (!parsed.ok)
			return fail(400, { action: 'new', errors: parsed.errors, values: parsed.values });
		if ((await createFocusArea(user, parsed.value)) === null) error(404, 'Not found');
		redirect(303, '/admin/planer/innsatsomrader?opprettet=1');
	},
	update: async (event) => {
		const user = requireRole(event, 'coordinator');
		const form = await event.request.formData();
		const id = areaId(form);
		const action = `area-${id}`;
		const parsed = parseFocusAreaForm(form);
		if (!parsed.ok) return fail(400, { action, errors: parsed.errors, values: parsed.values });
		const result = await updateFocusArea(user, id, formVersion(form), parsed.value);
		if (!result.ok && result.reason === 'not_found') error(404, 'Not found');
		if (!result.ok)
			return fail(409, { action, errors: { form: 'conflict' }, values: parsed.values });
		redirect(303, '/admin/planer/innsatsomrader?lagret=1');
	},
	move: async (event) => {
		const user = requireRole(event, 'coordinator');
		const form = await event.request.formData();
		const id = areaId(form);
		const direction = form.get('direction') === 'up' ? -1 : 1;
		const moved = await moveFocusArea(user, id, direction);
		if (!moved.ok && moved.reason === 'not_found') error(404, 'Not found');
		if (!moved.ok) return fail(409, { action: `area-${id}`, errors: { form: 'cannot_move' } });
		redirect(303, '/admin/planer/innsatsomrader?lagret=1');
	}
};
