import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { messagesJson } from '$lib/i18n/messages.server';
import { getRound } from '$lib/server/consultations/rounds';
import { parseStatement } from '$lib/server/consultations/statement';
import { statementAction } from '$lib/server/consultations/statement-form';
import { statementFor } from '$lib/server/consultations/statement-store';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'coordinator');
	const round = await getRound(user.municipalityId, Number(event.params.id));
	if (!round) error(404, 'Not found');
	const { markdown, generated } = await statementFor(round);
	return {
		round: {
			id: round.id,
			title: round.title,
			closed: round.phase === 'closed',
			adoptedOn: round.statementAdoptedOn
		},
		markdown,
		blocks: parseStatement(markdown),
		generated,
		translations: messagesJson(event.locals.lang, ['admin', 'admin_plans', 'council', 'plan'])
	};
};

export const actions: Actions = {
	save: (event) => statementAction(requireRole(event, 'coordinator'), event, 'save'),
	regenerate: (event) => statementAction(requireRole(event, 'coordinator'), event, 'regenerate'),
	adopt: (event) => statementAction(requireRole(event, 'coordinator'), event, 'adopt')
};
