import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { messagesJson } from '$lib/i18n/messages.server';
import { getRound } from '$lib/server/consultations/rounds';
import { roundResultsView } from '$lib/server/consultations/results-view';

// The leader sees the aggregates and who has answered; ordinary members never do.
export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'council_leader');
	const round = await getRound(user.municipalityId, Number(event.params.id));
	if (!round) error(404, 'Not found');
	return {
		round: { id: round.id, title: round.title },
		results: await roundResultsView(round),
		translations: messagesJson(event.locals.lang, ['council', 'plan'])
	};
};
