import { and, asc, eq, inArray } from 'drizzle-orm';
import { db } from '$lib/server/db';
import {
	consultationResponse,
	questionAnswer,
	roundMeasure,
	roundQuestion,
	type QuestionKind
} from '$lib/server/db/schema';
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
