import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { messagesJson } from '$lib/i18n/messages.server';
import { getRound, RoundError } from '$lib/server/consultations/rounds';
import { roundResultsView } from '$lib/server/consultations/results-view';
import { listOutcomes, publishFeedback, saveOutcomes } from '$lib/server/consultations/outcomes';
import { parseOutcomeForm } from '$lib/server/consultations/outcome-form';
import { notifyCouncil } from '$lib/server/consultations/notify';
import { getRoundContent } from '$lib/server/consultations/rounds';
import { getMeasureWithHistory } from '$lib/server/plans/measures';

async function roundFor(event: RequestEvent) {
	const user = requireRole(event, 'coordinator');
	const round = await getRound(user.municipalityId, Number(event.params.id));
	if (!round) error(404, 'Not found');
	return { user, round };
}

export const load: PageServerLoad = async (event) => {
	const { user, round } = await roundFor(event);
	const [results, outcomes, content] = await Promise.all([
		roundResultsView(round),
		listOutcomes(round.id),
		getRoundContent(round)
	]);
	const versions = new Map<number, { measureId: number; versions: number[] }>();
	for (const rm of content.measures) {
		const found = await getMeasureWithHistory(user.municipalityId, rm.measureId);
		versions.set(rm.id, {
			measureId: rm.measureId,
			versions: (found?.history ?? [])
				.map((h) => h.version.version)
				.filter((v) => v > rm.measureVersion)
		});
	}
	return {
		round: {
			id: round.id,
			title: round.title,
			closed: round.phase === 'closed',
			feedbackPublishedAt: round.feedbackPublishedAt
		},
		measures: results.measures.map((m) => ({ ...m, ...versions.get(m.id)! })),
		outcomes,
		newVersion: event.url.searchParams.get('versjon'),
		translations: messagesJson(event.locals.lang, ['admin', 'admin_plans', 'council', 'plan'])
	};
};

export const actions: Actions = {
	save: async (event) => {
		const { user, round } = await roundFor(event);
		const results = await roundResultsView(round);
		const parsed = parseOutcomeForm(await event.request.formData(), {
			measures: results.measures.map((m) => ({
				id: m.id,
				suggestionIds: m.suggestedChanges.map((s) => s.answerId)
			}))
		});
		if (!parsed.ok) return fail(400, { errors: parsed.errors });
		try {
			await saveOutcomes(user, round.id, parsed.value);
		} catch (e) {
			if (e instanceof RoundError) return fail(409, { errors: { form: e.code } });
			throw e;
		}
		return { saved: true };
	},
	publish: async (event) => {
		const { user, round } = await roundFor(event);
		try {
			await publishFeedback(user, round.id);
		} catch (e) {
			if (e instanceof RoundError) return fail(409, { errors: { form: e.code } });
			throw e;
		}
		await notifyCouncil(
			'feedback',
			user.municipalityId,
			round.title,
			`${event.url.origin}/planen/horinger/${round.id}`
		);
		redirect(303, `/admin/horinger/${round.id}/utfall?publisert=1`);
	}
};
