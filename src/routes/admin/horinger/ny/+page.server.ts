import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { messagesJson } from '$lib/i18n/messages.server';
import { listMeasuresForStaff } from '$lib/server/plans/measures';
import { createRound, RoundError } from '$lib/server/consultations/rounds';
import { parseQuestions, parseRoundForm } from '$lib/server/consultations/round-form';
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
		const form = await event.request.formData();
		const round = parseRoundForm(form);
		const { questions, errors: questionErrors } = parseQuestions(form);
		const measureIds = form
			.getAll('measure')
			.map(Number)
			.filter((n) => Number.isSafeInteger(n) && n > 0);
		const errors = { ...(round.ok ? {} : round.errors), ...questionErrors } as Record<
			string,
			string
		>;
		if (!measureIds.length) errors.measures = 'required';
		if (!round.ok || Object.keys(errors).length) return fail(400, { errors, values: round.values });
		const planData = await listMeasuresForStaff(user.municipalityId);
		if (!planData) return fail(400, { errors: { measures: 'required' }, values: round.values });
		let id: number;
		try {
			id = await createRound(user, {
				...round.value,
				planId: planData.plan.id,
				measureIds,
				questions
			});
		} catch (e) {
			if (e instanceof RoundError)
				return fail(400, { errors: { measures: e.code }, values: round.values });
			throw e;
		}
		await notifyCouncil(
			'opened',
			user.municipalityId,
			round.value.title,
			`${event.url.origin}/rad/horinger/${id}`
		);
		redirect(303, `/admin/horinger/${id}?ny=1`);
	}
};
