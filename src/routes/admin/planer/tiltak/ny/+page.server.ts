import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { messagesJson } from '$lib/i18n/messages.server';
import { createMeasure, currentPlan, measureChoices } from '$lib/server/plans/measures';
import { parseMeasureForm } from '$lib/server/plans/measure-form';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'coordinator');
	const p = await currentPlan(user.municipalityId);
	if (!p) error(404, 'Not found');
	const choices = await measureChoices(user.municipalityId, p.id);
	return {
		plan: { title: p.title },
		// A new measure starts in the plan's period, planned, with nothing else chosen.
		initial: {
			status: 'planned',
			periodStart: String(p.periodStart),
			periodEnd: String(p.periodEnd)
		},
		areas: choices.areas.map((a) => ({ id: a.id, title: a.title })),
		services: choices.services,
		translations: messagesJson(event.locals.lang, ['admin', 'admin_plans', 'plan'])
	};
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'coordinator');
		const p = await currentPlan(user.municipalityId);
		if (!p) error(404, 'Not found');
		const choices = await measureChoices(user.municipalityId, p.id);
		const parsed = parseMeasureForm(await event.request.formData(), {
			focusAreaIds: choices.areas.map((a) => a.id),
			serviceIds: choices.services.map((s) => s.id),
			roundIds: []
		});
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const result = await createMeasure(user, { ...parsed.value, roundId: null });
		if (!result.ok) error(404, 'Not found');
		redirect(303, `/admin/planer/tiltak/${result.measureId}?opprettet=1`);
	}
};
