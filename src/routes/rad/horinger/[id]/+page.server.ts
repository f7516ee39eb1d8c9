import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { messagesJson } from '$lib/i18n/messages.server';
import { parseResponseForm } from '$lib/server/consultations/response-form';
import {
	getOwnResponse,
	getRound,
	getRoundContent,
	RoundError,
	saveResponse
} from '$lib/server/consultations/rounds';
import { statementFor } from '$lib/server/consultations/statement-store';
import { parseStatement } from '$lib/server/consultations/statement';
import { classReactionSummary } from '$lib/server/consultations/class-codes';
import { roundNeedsPictureFor } from '$lib/server/plans/needs-picture';
import { parentsTopic, topics } from '$lib/server/services/topics';

async function roundFor(event: RequestEvent) {
	const user = requireRole(event, 'council_member', 'council_leader');
	// Another municipality's round is "not found", exactly like a round that does not exist.
	const round = await getRound(user.municipalityId, Number(event.params.id));
	if (!round) error(404, 'Not found');
	return { user, round };
}

export const load: PageServerLoad = async (event) => {
	const { user, round } = await roundFor(event);
	const [content, own, classReactions, needsPicture] = await Promise.all([
		getRoundContent(round),
		getOwnResponse(user, round.id),
		classReactionSummary(round.id),
		roundNeedsPictureFor(round.id)
	]);
	// Advice is asked only for focus areas the round has a measure in.
	const roundAreas = new Set(content.measures.map((m) => m.frozen.focusAreaId));
	const answered = content.measures.filter((m) => {
		const a = own.measures.get(m.id);
		return a && (a.stance || a.importance);
	}).length;
	const statement =
		round.statementAdoptedOn && round.statementMarkdown
			? parseStatement((await statementFor(round)).markdown)
			: null;
	return {
		round: {
			id: round.id,
			title: round.title,
			intro: round.intro,
			phase: round.phase,
			deadline: round.deadline,
			opensOn: round.opensOn,
			feedbackPublished: round.feedbackPublishedAt !== null,
			statementAdoptedOn: round.statementAdoptedOn
		},
		measures: content.measures.map((m) => ({ id: m.id, frozen: m.frozen })),
		questions: content.questions,
		focusAreas: content.focusAreas.filter((a) => roundAreas.has(a.id)),
		classReactions,
		needsPicture,
		topicKeys: Object.fromEntries([...topics, parentsTopic].map((t) => [t.code, t.key])),
		own: {
			status: own.status,
			submittedAt: own.submittedAt,
			measures: Object.fromEntries(own.measures),
			questions: Object.fromEntries(own.questions),
			advice: Object.fromEntries(own.advice)
		},
		answered,
		isLeader: user.roles.includes('council_leader'),
		statement,
		saved: event.url.searchParams.get('lagret'),
		// council and finder name the needs picture's columns and topics, in all seven languages.
		translations: messagesJson(event.locals.lang, ['council', 'plan', 'finder'])
	};
};

async function respond(event: RequestEvent, submit: boolean) {
	const { user, round } = await roundFor(event);
	const content = await getRoundContent(round);
	const parsed = parseResponseForm(await event.request.formData(), {
		measureIds: content.measures.map((m) => m.id),
		questions: content.questions,
		focusAreaIds: content.focusAreas.map((a) => a.id)
	});
	if (!parsed.ok) return fail(400, { errors: parsed.errors, error: 'invalid' as const });
	try {
		await saveResponse(user, round.id, parsed.value, submit);
	} catch (e) {
		if (e instanceof RoundError) return fail(e.code === 'not_found' ? 404 : 409, { error: e.code });
		throw e;
	}
	// Autosave asks with fetch and wants to stay on the page; a plain form post is redirected.
	if (event.request.headers.get('x-autosave') === '1') return { autosaved: true };
	redirect(303, `/rad/horinger/${round.id}?lagret=${submit ? 'sendt' : 'utkast'}`);
}

export const actions: Actions = {
	save: (event) => respond(event, false),
	submit: (event) => respond(event, true)
};
