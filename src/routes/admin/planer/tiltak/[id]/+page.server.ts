import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { messagesJson } from '$lib/i18n/messages.server';
import { getMeasureWithHistory, reviseMeasure } from '$lib/server/plans/measures';
import { parseMeasureForm } from '$lib/server/plans/measure-form';
import { listRounds } from '$lib/server/consultations/rounds';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'coordinator');
	const found = await getMeasureWithHistory(user.municipalityId, Number(event.params.id));
	if (!found) error(404, 'Not found');
	const rounds = await listRounds(user.municipalityId);
	return {
		measure: found.measure,
		current: found.current,
		history: found.history,
		rounds: rounds.filter((r) => r.phase === 'closed').map((r) => ({ id: r.id, title: r.title })),
		fromRound: Number(event.url.searchParams.get('horing') || 0) || null,
		translations: messagesJson(event.locals.lang, ['admin', 'admin_plans', 'plan'])
	};
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'coordinator');
		const parsed = parseMeasureForm(await event.request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors });
		const id = Number(event.params.id);
		const version = await reviseMeasure(user, id, parsed.value);
		const back = parsed.value.roundId
			? `/admin/horinger/${parsed.value.roundId}/utfall`
			: `/admin/planer/tiltak/${id}`;
		redirect(303, `${back}?versjon=${version}`);
	}
};
