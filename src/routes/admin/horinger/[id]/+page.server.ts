import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { formVersion, versionConflict } from '$lib/server/conflict';
import { messagesJson } from '$lib/i18n/messages.server';
import { closeRoundNow, getRound, RoundError, updateRound } from '$lib/server/consultations/rounds';
import {
	parseRoundForm,
	roundFormValues,
	type RoundFormValues
} from '$lib/server/consultations/round-form';

const roundFields = ['title', 'intro', 'opensOn', 'deadline', 'decisionDate'] as const;
import { roundResultsView } from '$lib/server/consultations/results-view';
import { attachNeedsPicture, roundNeedsPictureFor } from '$lib/server/plans/needs-picture';

async function roundFor(event: RequestEvent) {
	const user = requireRole(event, 'coordinator');
	const round = await getRound(user.municipalityId, Number(event.params.id));
	if (!round) error(404, 'Not found');
	return { user, round };
}

export const load: PageServerLoad = async (event) => {
	const { round } = await roundFor(event);
	return {
		round: {
			id: round.id,
			title: round.title,
			phase: round.phase,
			councilDays: round.councilDays,
			enoughTime: round.enoughTime,
			statementAdoptedOn: round.statementAdoptedOn,
			feedbackPublishedAt: round.feedbackPublishedAt,
			version: round.version
		},
		values: roundFormValues(round),
		results: await roundResultsView(round),
		created: event.url.searchParams.has('opprettet'),
		needsAttachedOn: (await roundNeedsPictureFor(round.id))?.builtOn ?? null,
		translations: messagesJson(event.locals.lang, ['admin', 'admin_plans', 'plan', 'council'])
	};
};

export const actions: Actions = {
	update: async (event) => {
		const { user, round } = await roundFor(event);
		const form = await event.request.formData();
		const parsed = parseRoundForm(form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		try {
			const result = await updateRound(user, round.id, parsed.value, formVersion(form));
			if (!result.ok)
				return versionConflict(
					parsed.values as RoundFormValues,
					roundFormValues(result.current),
					roundFields,
					result.version
				);
		} catch (e) {
			if (e instanceof RoundError)
				return fail(404, { errors: { title: e.code }, values: parsed.values });
			throw e;
		}
		return { saved: true };
	},
	attachNeeds: async (event) => {
		const { user, round } = await roundFor(event);
		await attachNeedsPicture(user, round.id);
		return { saved: true };
	},
	close: async (event) => {
		const { user, round } = await roundFor(event);
		await closeRoundNow(user, round.id);
		redirect(303, `/admin/horinger/${round.id}`);
	}
};
