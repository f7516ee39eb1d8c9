import { and, asc, eq, inArray } from 'drizzle-orm';
import { db } from '$lib/server/db';
import {
	consultationResponse,
	focusAreaAdvice,
	measureAnswer,
	questionAnswer,
	roundMeasure,
	roundQuestion,
	type RoundMeasure
} from '$lib/server/db/schema';
import {
	aggregateMeasure,
	rankMeasures,
	type MeasureAggregate,
	type RankedMeasure
} from './aggregate';

export type RoundResults = {
	roundMeasures: RoundMeasure[];
	aggregates: Map<number, MeasureAggregate>;
	ranking: RankedMeasure[];
	submitted: number;
	/** Advice per focus area id, without names. */
	advice: Map<number, string[]>;
};

/**
 * Everything the council answered in a round, aggregated. Only submitted responses count:
 * a draft is the member's own until they send it.
 */
export async function loadRoundResults(roundId: number): Promise<RoundResults> {
	const roundMeasures = await db
		.select()
		.from(roundMeasure)
		.where(eq(roundMeasure.roundId, roundId))
		.orderBy(asc(roundMeasure.position))
		.all();
	const responses = await db
		.select()
		.from(consultationResponse)
		.where(
			and(eq(consultationResponse.roundId, roundId), eq(consultationResponse.status, 'submitted'))
		)
		.all();
	const responseIds = responses.map((r) => r.id);
	const signedNames = new Map(responses.map((r) => [r.id, r.signedName]));
	const answers = responseIds.length
		? await db
				.select()
				.from(measureAnswer)
				.where(inArray(measureAnswer.responseId, responseIds))
				.all()
		: [];
	const aggregates = new Map<number, MeasureAggregate>();
	for (const rm of roundMeasures) {
		aggregates.set(
			rm.id,
			aggregateMeasure(
				rm.id,
				answers
					.filter((a) => a.roundMeasureId === rm.id)
					.map((a) => ({
						stance: a.stance,
						importance: a.importance,
						comment: a.comment,
						suggestedChange: a.suggestedChange,
						signedName: a.signed ? (signedNames.get(a.responseId) ?? null) : null,
						answerId: a.id
					}))
			)
		);
	}
	const rankingQuestions = await db
		.select({ id: roundQuestion.id })
		.from(roundQuestion)
		.where(and(eq(roundQuestion.roundId, roundId), eq(roundQuestion.kind, 'ranking')))
		.all();
	const rankings =
		rankingQuestions.length && responseIds.length
			? (
					await db
						.select({ value: questionAnswer.value })
						.from(questionAnswer)
						.where(
							and(
								inArray(questionAnswer.responseId, responseIds),
								inArray(
									questionAnswer.questionId,
									rankingQuestions.map((q) => q.id)
								)
							)
						)
						.all()
				).map((r) => r.value.map(Number))
			: [];
	const adviceRows = responseIds.length
		? await db
				.select()
				.from(focusAreaAdvice)
				.where(inArray(focusAreaAdvice.responseId, responseIds))
				.all()
		: [];
	const advice = new Map<number, string[]>();
	for (const a of adviceRows) {
		if (!a.advice.trim()) continue;
		advice.set(a.focusAreaId, [...(advice.get(a.focusAreaId) ?? []), a.advice.trim()]);
	}
	return {
		roundMeasures,
		aggregates,
		ranking: rankMeasures([...aggregates.values()], rankings),
		submitted: responses.length,
		advice
	};
}
