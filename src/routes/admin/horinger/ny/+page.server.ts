import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { messagesJson } from '$lib/i18n/messages.server';
import { listMeasuresForStaff } from '$lib/server/plans/measures';
import { createRound, RoundError } from '$lib/server/consultations/rounds';
import { parseNewRoundForm } from '$lib/server/consultations/round-form';
import { notifyCouncil } from '$lib/server/consultations/notify';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'coordinator');
	const planData = await listMeasuresForStaff(user.municipalityId);
	return {
		measures: (planData?.measures ?? []).map(({ m, v, area }) => ({
			id: m.id,
			title: v.title,
			area: area.title
		})),
		translations: messagesJson(event.locals.lang, ['admin', 'admin_plans', 'plan'])
	};
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'coordinator');
		const parsed = parseNewRoundForm(await event.request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const planData = await listMeasuresForStaff(user.municipalityId);
		if (!planData) return fail(400, { errors: { measures: 'required' }, values: parsed.values });
		let id: number;
		try {
			id = await createRound(user, { ...parsed.value, planId: planData.plan.id });
		} catch (e) {
			if (e instanceof RoundError)
				return fail(400, { errors: { measures: e.code }, values: parsed.values });
			throw e;
		}
		await notifyCouncil(
			'opened',
			user.municipalityId,
			parsed.value.title,
			`${event.url.origin}/rad/horinger/${id}`
		);
		redirect(303, `/admin/horinger/${id}?opprettet=1`);
	}
};
