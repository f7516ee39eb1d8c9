import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { messagesJson } from '$lib/i18n/messages.server';
import { getRound, RoundError } from '$lib/server/consultations/rounds';
import { roundResultsView } from '$lib/server/consultations/results-view';
import { listOutcomes, publishFeedback, saveOutcomes } from '$lib/server/consultations/outcomes';
import {
	outcomeFields,
	outcomeFormValues,
	parseOutcomeForm
} from '$lib/server/consultations/outcome-form';
import { formVersion, typedValues, versionConflict } from '$lib/server/conflict';
import { notifyCouncil } from '$lib/server/consultations/notify';
import { getRoundContent } from '$lib/server/consultations/rounds';
import { getMeasureWithHistory } from '$lib/server/plans/measures';
import {
	listGeneralOutcomes,
	loadGeneralAnswers,
	saveGeneralOutcomes
} from '$lib/server/consultations/general-answers';
import {
	listFollowUps,
	saveFollowUpPlans,
	writeFollowUpNote
} from '$lib/server/consultations/follow-ups';
import {
	parseFollowUpNoteForm,
	parseFollowUpPlanForm,
	parseGeneralOutcomeForm
} from '$lib/server/consultations/follow-up-form';

const promised = new Set(['taken_in', 'partly_taken_in']);

/** Inputs that were taken in (or partly): the ones that get a follow-up. */
async function followUpCandidates(roundId: number) {
	const [outcomes, general] = await Promise.all([
		listOutcomes(roundId),
		listGeneralOutcomes(roundId)
	]);
	return [
		...outcomes
			.filter((o) => promised.has(o.decision))
			.map((o) =>
				o.measureAnswerId === null ? `m:${o.roundMeasureId}` : `s:${o.measureAnswerId}`
			),
		...general.filter((g) => promised.has(g.decision)).map((g) => g.inputKey)
	];
}

async function generalKeys(roundId: number, round: Parameters<typeof roundResultsView>[0]) {
	const [general, view] = await Promise.all([loadGeneralAnswers(roundId), roundResultsView(round)]);
	return { general, keys: general.questions.map((q) => `q:${q.id}`), view };
}

/** Someone saved outcomes in between: this form again, as typed, beside the saved outcomes. */
async function outcomesConflict(roundId: number, form: FormData, version: number, action: string) {
	const [outcomes, general] = await Promise.all([
		listOutcomes(roundId),
		listGeneralOutcomes(roundId)
	]);
	const typed = typedValues(form);
	const saved = outcomeFormValues(outcomes, general);
	const fields = outcomeFields(typed).filter((f) => f in typed);
	return versionConflict(typed, saved, fields, version, { action });
}

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
	const [{ general }, generalOutcomes, followUps, candidates] = await Promise.all([
		generalKeys(round.id, round),
		listGeneralOutcomes(round.id),
		listFollowUps(round.id),
		followUpCandidates(round.id)
	]);
	const titles = new Map<string, string>([
		...results.measures.map((m) => [`m:${m.id}`, m.title] as [string, string]),
		...results.measures.flatMap((m) =>
			m.suggestedChanges.map(
				(s) => [`s:${s.answerId}`, `${m.title}: ${s.text}`] as [string, string]
			)
		),
		...general.questions.map((q) => [`q:${q.id}`, q.prompt] as [string, string])
	]);
	return {
		general: general.questions,
		generalOutcomes,
		followUps: candidates.map((key) => ({
			key,
			field: key.replace(':', '_'),
			title: titles.get(key) ?? key,
			plan: followUps.get(key) ?? null
		})),
		round: {
			id: round.id,
			title: round.title,
			closed: round.phase === 'closed',
			feedbackPublishedAt: round.feedbackPublishedAt,
			outcomesVersion: round.outcomesVersion
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
		const form = await event.request.formData();
		const parsed = parseOutcomeForm(form, {
			measures: results.measures.map((m) => ({
				id: m.id,
				suggestionIds: m.suggestedChanges.map((s) => s.answerId)
			}))
		});
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: typedValues(form) });
		try {
			const result = await saveOutcomes(user, round.id, parsed.value, formVersion(form));
			if (!result.ok) return outcomesConflict(round.id, form, result.version, 'save');
		} catch (e) {
			if (e instanceof RoundError) return fail(409, { errors: { form: e.code } });
			throw e;
		}
		return { saved: true };
	},
	saveGeneral: async (event) => {
		const { user, round } = await roundFor(event);
		const { keys } = await generalKeys(round.id, round);
		const form = await event.request.formData();
		const parsed = parseGeneralOutcomeForm(form, keys);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: typedValues(form) });
		try {
			const result = await saveGeneralOutcomes(
				user,
				round.id,
				parsed.value,
				new Set(keys),
				formVersion(form)
			);
			if (!result.ok) return outcomesConflict(round.id, form, result.version, 'saveGeneral');
		} catch (e) {
			if (e instanceof RoundError) return fail(409, { errors: { form: e.code } });
			throw e;
		}
		return { saved: true };
	},
	followUps: async (event) => {
		const { user, round } = await roundFor(event);
		const keys = await followUpCandidates(round.id);
		const parsed = parseFollowUpPlanForm(await event.request.formData(), keys);
		if (!parsed.ok) return fail(400, { errors: parsed.errors });
		try {
			await saveFollowUpPlans(user, round.id, parsed.value, new Set(keys));
		} catch (e) {
			if (e instanceof RoundError) return fail(409, { errors: { form: e.code } });
			throw e;
		}
		return { saved: true };
	},
	note: async (event) => {
		const { user, round } = await roundFor(event);
		const parsed = parseFollowUpNoteForm(await event.request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors });
		try {
			await writeFollowUpNote(user, parsed.value.followUpId, parsed.value);
		} catch (e) {
			if (e instanceof RoundError) return fail(404, { errors: { form: e.code } });
			throw e;
		}
		// After the commit: the council hears that a promise was followed up.
		await notifyCouncil(
			'follow_up',
			user.municipalityId,
			round.title,
			`${event.url.origin}/planen/horinger/${round.id}`
		);
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
