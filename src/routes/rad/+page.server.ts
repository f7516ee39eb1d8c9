import type { PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { messagesJson } from '$lib/i18n/messages.server';
import { listRoundsForMember } from '$lib/server/consultations/rounds';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'council_member', 'council_leader');
	const rounds = await listRoundsForMember(user);
	return {
		rounds: rounds.map((r) => ({
			id: r.id,
			title: r.title,
			phase: r.phase,
			deadline: r.deadline,
			myStatus: r.myStatus,
			feedbackPublished: r.feedbackPublishedAt !== null,
			statementAdopted: r.statementAdoptedOn !== null
		})),
		translations: messagesJson(event.locals.lang, ['council', 'plan'])
	};
};
