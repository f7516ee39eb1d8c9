import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { AuthUser } from '$lib/server/auth/guard';
import { listUsersWithRole } from '$lib/server/auth/users';
import { recordChange } from '$lib/server/audit/log';
import { db } from '$lib/server/db';
import { inTransaction, type Transaction } from '$lib/server/db/client';
import { claimVersion } from '$lib/server/conflict';
import {
	consultationResponse,
	consultationRound,
	measureAnswer,
	plan,
	roundMeasure
} from '$lib/server/db/schema';
import type { CsvAnswerRow } from './responses-csv';
import { loadRoundResults } from './results';
import { getRound, getRoundContent, RoundError, type RoundSummary } from './rounds';
import { classReactionSummary } from './class-codes';
import { loadGeneralAnswers } from './general-answers';
import { generateStatement } from './statement';

/** The statement text: the saved one, or a fresh draft from the aggregates. */
export async function statementFor(
	round: RoundSummary
): Promise<{ markdown: string; generated: boolean }> {
	if (round.statementMarkdown) return { markdown: round.statementMarkdown, generated: false };
	return { markdown: await draftStatement(round), generated: true };
}

export async function draftStatement(round: RoundSummary): Promise<string> {
	const [results, content, planRow, members, leaders] = await Promise.all([
		loadRoundResults(round.id),
		getRoundContent(round),
		db.select().from(plan).where(eq(plan.id, round.planId)).get(),
		listUsersWithRole(round.municipalityId, 'council_member'),
		listUsersWithRole(round.municipalityId, 'council_leader')
	]);
	const invited = new Set([...members, ...leaders].map((u) => u.id)).size;
	// Issue 17: the general questions and the class-code count go into the draft too.
	const [general, classCodes] = await Promise.all([
		loadGeneralAnswers(round.id),
		classReactionSummary(round.id)
	]);
	const rank = new Map(results.ranking.map((r) => [r.roundMeasureId, r.rank]));
	return generateStatement({
		roundTitle: round.title,
		planTitle: planRow?.title ?? '',
		councilName: 'Ungdomsrådet',
		invited,
		submitted: results.submitted,
		measures: results.roundMeasures.map((rm) => ({
			title: rm.frozen.title,
			level: rm.frozen.level,
			rank: rank.get(rm.id) ?? 0,
			aggregate: results.aggregates.get(rm.id)!
		})),
		advice: content.focusAreas.map((a) => ({
			focusArea: a.title,
			items: results.advice.get(a.id) ?? []
		})),
		questions: general.questions,
		classAnswers: classCodes.answers
	});
}

/** Refused unless the round is this municipality's, closed, and its statement not adopted. */
async function editableRound(user: AuthUser, roundId: number): Promise<RoundSummary> {
	const round = await getRound(user.municipalityId, roundId);
	if (!round) throw new RoundError('not_found');
	if (round.statementAdoptedOn) throw new RoundError('adopted');
	if (round.phase !== 'closed') throw new RoundError('closed');
	return round;
}

function writeStatement(tx: Transaction, user: AuthUser, roundId: number, markdown: string) {
	tx.update(consultationRound)
		.set({ statementMarkdown: markdown })
		.where(eq(consultationRound.id, roundId))
		.run();
	recordChange(tx, {
		actorId: user.id,
		municipalityId: user.municipalityId,
		entity: 'consultation_statement',
		entityId: String(roundId),
		action: 'update'
	});
}

/** A statement save that lost the race: the text and number saved in between. */
export type StatementConflict = { ok: false; markdown: string; version: number };
export type StatementSave = { ok: true } | StatementConflict;

/**
 * The leader and the coordinator edit the same text until it is adopted: a save based on
 * an older `version` is refused, so neither silently overwrites the other.
 */
export async function saveStatement(
	user: AuthUser,
	roundId: number,
	markdown: string,
	version: number
): Promise<StatementSave> {
	await editableRound(user, roundId);
	return inTransaction(db, (tx) => {
		if (!claimVersion(tx, consultationRound, 'statementVersion', roundId, version))
			return statementConflict(tx, roundId);
		writeStatement(tx, user, roundId, markdown);
		return { ok: true as const };
	});
}

function statementConflict(tx: Transaction, roundId: number): StatementConflict {
	const row = tx
		.select({
			markdown: consultationRound.statementMarkdown,
			version: consultationRound.statementVersion
		})
		.from(consultationRound)
		.where(eq(consultationRound.id, roundId))
		.get();
	return { ok: false, markdown: row?.markdown ?? '', version: row?.version ?? 0 };
}

/** Drops the edited text, so the page shows a fresh draft from the aggregates again. */
export async function discardStatementDraft(user: AuthUser, roundId: number): Promise<void> {
	const round = await getRound(user.municipalityId, roundId);
	if (!round) throw new RoundError('not_found');
	if (round.statementAdoptedOn) throw new RoundError('adopted');
	inTransaction(db, (tx) => {
		// The text changes under anyone else's open form, so their next save is a conflict.
		tx.update(consultationRound)
			.set({
				statementMarkdown: null,
				statementVersion: sql`${consultationRound.statementVersion} + 1`
			})
			.where(eq(consultationRound.id, round.id))
			.run();
	});
}

/** Marks the statement adopted at the council meeting of `meetingDate`; the text is then fixed. */
export async function adoptStatement(
	user: AuthUser,
	roundId: number,
	markdown: string,
	meetingDate: string,
	version: number
): Promise<StatementSave> {
	await editableRound(user, roundId);
	// The final text and the adoption land together: never an adopted statement with old text.
	return inTransaction(db, (tx) => {
		if (!claimVersion(tx, consultationRound, 'statementVersion', roundId, version))
			return statementConflict(tx, roundId);
		writeStatement(tx, user, roundId, markdown);
		tx.update(consultationRound)
			.set({ statementAdoptedOn: meetingDate })
			.where(eq(consultationRound.id, roundId))
			.run();
		recordChange(tx, {
			actorId: user.id,
			municipalityId: user.municipalityId,
			entity: 'consultation_statement',
			entityId: String(roundId),
			action: 'publish',
			changes: { statementAdoptedOn: { old: null, new: meetingDate } }
		});
		return { ok: true as const };
	});
}

/**
 * Every submitted answer, one row per member and measure, numbered per response in a
 * shuffled-free but id-free way: the number says "same person" and nothing about who.
 */
export async function csvRows(roundId: number): Promise<CsvAnswerRow[]> {
	const responses = await db
		.select({ id: consultationResponse.id })
		.from(consultationResponse)
		.where(
			and(eq(consultationResponse.roundId, roundId), eq(consultationResponse.status, 'submitted'))
		)
		.orderBy(asc(consultationResponse.submittedAt))
		.all();
	if (!responses.length) return [];
	const number = new Map(responses.map((r, i) => [r.id, i + 1]));
	const rows = await db
		.select({ a: measureAnswer, rm: roundMeasure })
		.from(measureAnswer)
		.innerJoin(roundMeasure, eq(roundMeasure.id, measureAnswer.roundMeasureId))
		.where(inArray(measureAnswer.responseId, [...number.keys()]))
		.orderBy(asc(roundMeasure.position))
		.all();
	return rows
		.map(({ a, rm }) => ({
			respondent: number.get(a.responseId)!,
			measure: rm.frozen.title,
			stance: a.stance,
			importance: a.importance,
			comment: a.comment,
			suggestedChange: a.suggestedChange
		}))
		.sort((x, y) => x.respondent - y.respondent);
}
