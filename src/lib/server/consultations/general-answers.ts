import { and, asc, eq, inArray } from 'drizzle-orm';
import type { AuthUser } from '$lib/server/auth/guard';
import { recordChange } from '$lib/server/audit/log';
import { db } from '$lib/server/db';
import { inTransaction } from '$lib/server/db/client';
import { invalidatePublicPages, noIndexedChange } from '$lib/server/page-cache';
import { getRound, RoundError } from './rounds';
import { claimOutcomes, type OutcomesSave } from './outcomes';
import {
	consultationResponse,
	generalOutcome,
	type OutcomeDecision,
	questionAnswer,
	roundMeasure,
	roundQuestion,
	type QuestionKind
} from '$lib/server/db/schema';
import { toCsv } from '$lib/server/opendata/csv';
import type { GeneralAnswersView } from '$lib/types/consultations';

/**
 * The answers to a round's general questions (issue 17), aggregated like the measures:
 * options counted (a multiple-choice answer counts once per option ticked), free texts
 * listed without names, and a ranking question as Borda points per measure, the same points
 * `rankMeasures` uses for the council's priority order. Only submitted responses count.
 */
export type QuestionAggregate = GeneralAnswersView['questions'][number];

type QuestionShape = { id: number; kind: QuestionKind; prompt: string; options: string[] };

export function aggregateQuestion(
	q: QuestionShape,
	answers: readonly string[][],
	measureTitles: ReadonlyMap<number, string>
): QuestionAggregate {
	const given = answers.filter((a) => a.some((x) => x.trim()));
	if (q.kind === 'text') {
		return {
			id: q.id,
			kind: q.kind,
			prompt: q.prompt,
			answered: given.length,
			counts: [],
			texts: given.map((a) => a.join(' ').trim())
		};
	}
	const counts = new Map<string, number>();
	if (q.kind === 'ranking') {
		for (const title of measureTitles.values()) counts.set(title, 0);
		for (const order of given) {
			const known = order.map(Number).filter((id) => measureTitles.has(id));
			known.forEach((id, i) => {
				const title = measureTitles.get(id)!;
				counts.set(title, (counts.get(title) ?? 0) + known.length - i);
			});
		}
	} else {
		for (const o of q.options) counts.set(o, 0);
		for (const a of given)
			for (const o of new Set(a)) if (counts.has(o)) counts.set(o, counts.get(o)! + 1);
	}
	const list = [...counts].map(([label, count]) => ({ label, count }));
	// Options keep the order they were asked in; ranked measures go by points.
	if (q.kind === 'ranking') list.sort((x, y) => y.count - x.count);
	return {
		id: q.id,
		kind: q.kind,
		prompt: q.prompt,
		answered: given.length,
		counts: list,
		texts: []
	};
}

export async function loadGeneralAnswers(roundId: number): Promise<GeneralAnswersView> {
	const [questions, measures, responses] = await Promise.all([
		db
			.select()
			.from(roundQuestion)
			.where(eq(roundQuestion.roundId, roundId))
			.orderBy(asc(roundQuestion.position))
			.all(),
		db
			.select({ id: roundMeasure.id, frozen: roundMeasure.frozen })
			.from(roundMeasure)
			.where(eq(roundMeasure.roundId, roundId))
			.orderBy(asc(roundMeasure.position))
			.all(),
		db
			.select({ id: consultationResponse.id })
			.from(consultationResponse)
			.where(
				and(eq(consultationResponse.roundId, roundId), eq(consultationResponse.status, 'submitted'))
			)
			.all()
	]);
	if (!questions.length) return { questions: [] };
	const answers = responses.length
		? await db
				.select({ questionId: questionAnswer.questionId, value: questionAnswer.value })
				.from(questionAnswer)
				.where(
					inArray(
						questionAnswer.responseId,
						responses.map((r) => r.id)
					)
				)
				// By text, never by response: the order of free texts says nothing about who.
				.orderBy(asc(questionAnswer.value))
				.all()
		: [];
	const titles = new Map(measures.map((m) => [m.id, m.frozen.title]));
	return {
		questions: questions.map((q) =>
			aggregateQuestion(
				q,
				answers.filter((a) => a.questionId === q.id).map((a) => a.value),
				titles
			)
		)
	};
}

/** Inputs the coordinator records an outcome for, beside the measures: keys `q:` and `f:`. */
export function generalInputKey(kind: 'question' | 'advice', id: number): string {
	return `${kind === 'question' ? 'q' : 'f'}:${id}`;
}

/**
 * The general answers and the focus-area advice as CSV (one row per option, ranked measure,
 * free text or piece of advice), through the portal's one CSV writer. Never a name.
 */
export function generalAnswersCsv(
	view: GeneralAnswersView,
	advice: readonly { focusArea: string; items: string[] }[]
): string {
	const rows: Record<string, string | number | null>[] = [];
	for (const q of view.questions) {
		for (const c of q.counts)
			rows.push({ sporsmal: q.prompt, type: q.kind, svar: c.label, antall: c.count });
		for (const text of q.texts)
			rows.push({ sporsmal: q.prompt, type: q.kind, svar: text, antall: 1 });
	}
	for (const a of advice)
		for (const item of a.items)
			rows.push({ sporsmal: `Råd: ${a.focusArea}`, type: 'advice', svar: item, antall: 1 });
	return toCsv(['sporsmal', 'type', 'svar', 'antall'], rows);
}

export type GeneralOutcomeInput = {
	inputKey: string;
	decision: OutcomeDecision;
	rationale: string;
	rationaleEn: string | null;
};

export async function listGeneralOutcomes(roundId: number) {
	return db.select().from(generalOutcome).where(eq(generalOutcome.roundId, roundId)).all();
}

/** Records what the municipality did with general answers and advice (keys `q:`/`f:`). */
export async function saveGeneralOutcomes(
	user: AuthUser,
	roundId: number,
	inputs: GeneralOutcomeInput[],
	keys: ReadonlySet<string>,
	version: number
): Promise<OutcomesSave> {
	const round = await getRound(user.municipalityId, roundId);
	if (!round) throw new RoundError('not_found');
	if (round.phase !== 'closed') throw new RoundError('closed');
	if (inputs.some((i) => !keys.has(i.inputKey))) throw new RoundError('unknown_measure');
	const stamp = new Date().toISOString();
	const saved = inTransaction(db, (tx) => {
		const claimed = claimOutcomes(tx, roundId, version);
		if (!claimed.ok) return claimed;
		for (const i of inputs) {
			tx.insert(generalOutcome)
				.values({ roundId, ...i, updatedAt: stamp })
				.onConflictDoUpdate({
					target: [generalOutcome.roundId, generalOutcome.inputKey],
					set: {
						decision: i.decision,
						rationale: i.rationale,
						rationaleEn: i.rationaleEn,
						updatedAt: stamp
					}
				})
				.run();
		}
		recordChange(tx, {
			actorId: user.id,
			municipalityId: user.municipalityId,
			entity: 'general_outcome',
			entityId: String(roundId),
			action: 'update'
		});
		return claimed;
	});
	if (saved.ok && round.feedbackPublishedAt) invalidatePublicPages(noIndexedChange);
	return saved;
}
