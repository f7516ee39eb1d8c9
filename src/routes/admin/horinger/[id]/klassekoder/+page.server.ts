import { error, fail, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { messagesJson } from '$lib/i18n/messages.server';
import { getRound, RoundError } from '$lib/server/consultations/rounds';
import {
	classCodeStats,
	createClassCodes,
	maxCodesPerBatch
} from '$lib/server/consultations/class-codes';

async function roundFor(event: RequestEvent) {
	const user = requireRole(event, 'coordinator');
	const round = await getRound(user.municipalityId, Number(event.params.id));
	if (!round) error(404, 'Not found');
	return { user, round };
}

export const load: PageServerLoad = async (event) => {
	const { round } = await roundFor(event);
	return {
		round: { id: round.id, title: round.title, phase: round.phase },
		stats: await classCodeStats(round.id),
		max: maxCodesPerBatch,
		translations: messagesJson(event.locals.lang, ['admin', 'admin_plans', 'council'])
	};
};

export const actions: Actions = {
	make: async (event) => {
		const { user, round } = await roundFor(event);
		const form = await event.request.formData();
		const n = Number(form.get('count'));
		const group = String(form.get('group') ?? '')
			.trim()
			.slice(0, 80);
		if (!Number.isInteger(n) || n < 1 || n > maxCodesPerBatch)
			return fail(400, { error: 'count' as const });
		try {
			// The codes exist in plain text only in this response: print them now.
			const codes = await createClassCodes(user, round.id, n);
			return { codes, group };
		} catch (e) {
			if (e instanceof RoundError) return fail(409, { error: e.code });
			throw e;
		}
	}
};
