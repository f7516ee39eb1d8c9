import { and, asc, desc, eq, gte, inArray, isNotNull, lte, ne, sql } from 'drizzle-orm';
import type { Language } from '$lib/i18n/languages';
import type { Localized } from '$lib/i18n/localized';
import { db } from '$lib/server/db';
import { preparedOnce } from '$lib/server/db/prepared';
import {
	consultationOutcome,
	classReactions,
	consultationRound,
	focusArea,
	followUp,
	generalOutcome,
	measureAnswer,
	roundMeasure,
	roundQuestion,
	type OutcomeDecision,
	type PreventionLevel
} from '$lib/server/db/schema';
import { dataMemo, memoised } from '$lib/server/page-cache';
import { planText } from '$lib/server/plans/plan-text';
import { osloToday, toOsloLocal } from '$lib/server/time';
import type { FollowUpView } from '$lib/types/consultations';
import { listFollowUps } from './follow-ups';
import { roundPhase } from './round-phase';

/**
 * The youth council's public page (`/ungdomsradet`, issue 17): the round open now, the
 * latest finished round with what the municipality did, and the promises it follows up.
 * Nothing here has a name in it.
 */

export type PublicOpenRound = {
	id: number;
	title: string;
	intro: string;
	opensOn: string;
	/** The Oslo calendar day of the deadline. */
	closesOn: string;
	measures: { id: number; title: Localized; description: Localized; level: PreventionLevel }[];
	reactions: typeof classReactions;
};

export async function getOpenPublicRound(
	municipalityId: number,
	roundId: number,
	lang: Language,
	now = new Date()
): Promise<PublicOpenRound | null> {
	const round = await db
		.select()
		.from(consultationRound)
		.where(
			and(eq(consultationRound.id, roundId), eq(consultationRound.municipalityId, municipalityId))
		)
		.get();
	if (!round || round.status === 'draft' || roundPhase(round, now) !== 'open') return null;
	const measures = await db
		.select()
		.from(roundMeasure)
		.where(eq(roundMeasure.roundId, round.id))
		.orderBy(asc(roundMeasure.position))
		.all();
	return {
		id: round.id,
		title: round.title,
		intro: round.intro,
		opensOn: round.opensOn,
		closesOn: toOsloLocal(round.deadline).slice(0, 10),
		measures: measures.map((m) => ({
			id: m.id,
			title: planText(m.frozen.title, m.frozen.titleEn, lang),
			description: planText(m.frozen.description, m.frozen.descriptionEn, lang),
			level: m.frozen.level
		})),
		reactions: classReactions
	};
}

/** What kind of input a promise or an outcome is about; the pages name it in the reader's language. */
export type InputKind = 'measure' | 'suggestion' | 'question' | 'advice';

export type InputLabel = { kind: InputKind; title: Localized; decision: OutcomeDecision | null };

export type PublicPromise = {
	roundId: number;
	roundTitle: string;
	kind: InputKind;
	input: Localized;
	decision: OutcomeDecision | null;
	followUp: FollowUpView;
};

/** Promises /planen and /ungdomsradet list; they say how many there are in all. */
export const promisesShown = 20;

/**
 * Promises per municipality, language and Oslo day ("overdue" turns with the day): read
 * again after every public write (outcomes, follow-ups and their notes all invalidate) and
 * by the data memos' rule. A municipality with a hundred rounds took ~6 ms of every
 * /planen and /ungdomsradet render to gather them.
 */
const promisesMemo = dataMemo<string, Promise<PublicPromise[]>>();

/** Every follow-up of published rounds, overdue first: what /planen and /ungdomsradet show. */
export function listPublicPromises(
	municipalityId: number,
	lang: Language,
	now = new Date()
): Promise<PublicPromise[]> {
	return memoised(promisesMemo, municipalityId, `${lang}:${osloToday(now)}`, () =>
		readPublicPromises(municipalityId, lang, now)
	);
}

async function readPublicPromises(
	municipalityId: number,
	lang: Language,
	now: Date
): Promise<PublicPromise[]> {
	// Only the rounds that have a follow-up are read further: a municipality with a hundred
	// finished rounds has promises in a few of them.
	const rounds = await db
		.selectDistinct({ id: consultationRound.id, title: consultationRound.title })
		.from(consultationRound)
		.innerJoin(followUp, eq(followUp.roundId, consultationRound.id))
		.where(
			and(
				eq(consultationRound.municipalityId, municipalityId),
				isNotNull(consultationRound.feedbackPublishedAt)
			)
		)
		.orderBy(desc(consultationRound.opensOn), desc(consultationRound.id))
		.all();
	const out: PublicPromise[] = [];
	for (const round of rounds) {
		const followUps = await listFollowUps(round.id, now);
		if (!followUps.size) continue;
		const labels = await inputLabels(round.id, lang);
		for (const [key, f] of followUps) {
			const label = labels.get(key);
			if (!label) continue;
			out.push({
				roundId: round.id,
				roundTitle: round.title,
				kind: label.kind,
				input: label.title,
				decision: label.decision,
				followUp: {
					responsible: f.responsible,
					dueOn: f.dueOn,
					overdue: f.overdue,
					latest: f.latest
				}
			});
		}
	}
	return out.sort((a, b) => Number(b.followUp.overdue) - Number(a.followUp.overdue));
}

/** `inputLabels`' fixed queries, prepared once (every /ungdomsradet and round page asks them). */
const labelQueries = preparedOnce(() => {
	const roundId = sql.placeholder('roundId');
	return {
		measures: db
			.select()
			.from(roundMeasure)
			.where(eq(roundMeasure.roundId, roundId))
			.orderBy(asc(roundMeasure.position))
			.prepare(),
		outcomes: db
			.select({ o: consultationOutcome })
			.from(consultationOutcome)
			.innerJoin(roundMeasure, eq(roundMeasure.id, consultationOutcome.roundMeasureId))
			.where(eq(roundMeasure.roundId, roundId))
			.prepare(),
		questions: db
			.select()
			.from(roundQuestion)
			.where(eq(roundQuestion.roundId, roundId))
			.orderBy(asc(roundQuestion.position))
			.prepare(),
		general: db.select().from(generalOutcome).where(eq(generalOutcome.roundId, roundId)).prepare()
	};
});

/**
 * What each input key of a round is called, and the decision recorded for it: the measures,
 * the suggested changes, the general questions and the advice on a focus area. A suggestion
 * or advice is named only once it has an outcome (that is when it can be promised).
 */
export async function inputLabels(
	roundId: number,
	lang: Language
): Promise<Map<string, InputLabel>> {
	const queries = labelQueries();
	const measures = queries.measures.all({ roundId });
	const outcomes = queries.outcomes.all({ roundId });
	const questions = queries.questions.all({ roundId });
	const general = queries.general.all({ roundId });
	const answerIds = outcomes.flatMap((o) => (o.o.measureAnswerId ? [o.o.measureAnswerId] : []));
	const areaIds = general.flatMap((g) =>
		g.inputKey.startsWith('f:') ? [Number(g.inputKey.slice(2))] : []
	);
	const [suggestions, areas] = await Promise.all([
		answerIds.length
			? db
					.select({ id: measureAnswer.id, text: measureAnswer.suggestedChange })
					.from(measureAnswer)
					.where(inArray(measureAnswer.id, answerIds))
					.all()
			: [],
		areaIds.length
			? db
					.select()
					.from(focusArea)
					.where(inArray(focusArea.id, areaIds))
					.orderBy(asc(focusArea.position))
					.all()
			: []
	]);
	// Child rows grouped once, not searched per measure.
	const decisions = new Map(general.map((g) => [g.inputKey, g.decision]));
	const decisionOf = (key: string) => decisions.get(key) ?? null;
	const suggestionText = new Map(suggestions.map((s) => [s.id, s.text]));
	const outcomesOf = new Map<number, (typeof outcomes)[number]['o'][]>();
	for (const { o } of outcomes) {
		const list = outcomesOf.get(o.roundMeasureId);
		if (list) list.push(o);
		else outcomesOf.set(o.roundMeasureId, [o]);
	}
	const labels = new Map<string, InputLabel>();
	for (const m of measures) {
		const own = outcomesOf.get(m.id) ?? [];
		const main = own.find((o) => o.measureAnswerId === null);
		labels.set(`m:${m.id}`, {
			kind: 'measure',
			title: planText(m.frozen.title, m.frozen.titleEn, lang),
			decision: main?.decision ?? null
		});
		for (const o of own) {
			if (!o.measureAnswerId) continue;
			const text = suggestionText.get(o.measureAnswerId)?.trim();
			// A member's own words, in whatever language they wrote: shown as written.
			if (text)
				labels.set(`s:${o.measureAnswerId}`, {
					kind: 'suggestion',
					title: planText(text, null, lang),
					decision: o.decision
				});
		}
	}
	for (const q of questions) {
		labels.set(`q:${q.id}`, {
			kind: 'question',
			title: planText(q.prompt, null, lang),
			decision: decisionOf(`q:${q.id}`)
		});
	}
	for (const a of areas) {
		labels.set(`f:${a.id}`, {
			kind: 'advice',
			title: planText(a.title, a.titleEn, lang),
			decision: decisionOf(`f:${a.id}`)
		});
	}
	return labels;
}

export type CouncilOverview = {
	open: { id: number; title: string; closesOn: string } | null;
	latest: {
		id: number;
		title: string;
		statementAdoptedOn: string | null;
		outcomes: { kind: InputKind; title: Localized; decision: OutcomeDecision }[];
	} | null;
	promises: PublicPromise[];
	today: string;
};

/** `councilOverview`'s two round queries, prepared once. */
const overviewQueries = preparedOnce(() => {
	const municipalityId = sql.placeholder('municipalityId');
	const newestFirst = [desc(consultationRound.opensOn), desc(consultationRound.id)] as const;
	return {
		candidates: db
			.select()
			.from(consultationRound)
			.where(
				and(
					eq(consultationRound.municipalityId, municipalityId),
					ne(consultationRound.status, 'draft'),
					lte(consultationRound.opensOn, sql.placeholder('today')),
					gte(consultationRound.deadline, sql.placeholder('deadlineFrom'))
				)
			)
			.orderBy(...newestFirst)
			.prepare(),
		latest: db
			.select()
			.from(consultationRound)
			.where(
				and(
					eq(consultationRound.municipalityId, municipalityId),
					isNotNull(consultationRound.feedbackPublishedAt)
				)
			)
			.orderBy(...newestFirst)
			.prepare()
	};
});

export async function councilOverview(
	municipalityId: number,
	lang: Language,
	now = new Date()
): Promise<CouncilOverview> {
	// Only the candidates for "open now" (not a draft, opened by today) and the latest
	// round with published feedback are read, not every round the municipality ever held.
	const today = osloToday(now);
	const queries = overviewQueries();
	const candidates = queries.candidates.all({
		municipalityId,
		today,
		deadlineFrom: now.toISOString().slice(0, 10)
	});
	const latestRow = queries.latest.get({ municipalityId });
	const openRow = candidates.find((r) => roundPhase(r, now) === 'open');
	let latest: CouncilOverview['latest'] = null;
	if (latestRow) {
		const labels = await inputLabels(latestRow.id, lang);
		latest = {
			id: latestRow.id,
			title: latestRow.title,
			statementAdoptedOn: latestRow.statementAdoptedOn,
			// Suggested changes are listed under their measure on the round page, not here.
			outcomes: [...labels.values()]
				.filter((l) => l.decision && l.kind !== 'suggestion')
				.map((l) => ({ kind: l.kind, title: l.title, decision: l.decision! }))
		};
	}
	return {
		open: openRow
			? {
					id: openRow.id,
					title: openRow.title,
					closesOn: toOsloLocal(openRow.deadline).slice(0, 10)
				}
			: null,
		latest,
		promises: await listPublicPromises(municipalityId, lang, now),
		today
	};
}

/** A follow-up view for the public round page, keyed like the outcomes. */
export async function publicFollowUps(roundId: number, now = new Date()) {
	const rows = await listFollowUps(roundId, now);
	return Object.fromEntries(
		[...rows].map(([key, f]) => [
			key,
			{ responsible: f.responsible, dueOn: f.dueOn, overdue: f.overdue, latest: f.latest }
		])
	) as Record<string, FollowUpView>;
}
