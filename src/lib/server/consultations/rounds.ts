import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { AuthUser } from '$lib/server/auth/guard';
import { recordChange } from '$lib/server/audit/log';
import { db } from '$lib/server/db';
import { inTransaction } from '$lib/server/db/client';
import { claimVersion } from '$lib/server/conflict';
import {
	consultationResponse,
	consultationRound,
	focusArea,
	focusAreaAdvice,
	measure,
	measureAnswer,
	measureVersion,
	plan,
	questionAnswer,
	roundMeasure,
	roundQuestion,
	type ConsultationRound,
	type QuestionKind,
	type Stance
} from '$lib/server/db/schema';
import type { Participant } from '$lib/types/consultations';
import { councilTime } from './three-week-rule';
import { roundPhase, type RoundPhase } from './round-phase';

export type RoundInput = {
	title: string;
	intro: string;
	opensOn: string;
	/** UTC instant */
	deadline: string;
	decisionDate: string;
};

export type NewRoundInput = RoundInput & {
	planId: number;
	measureIds: number[];
	questions: { kind: QuestionKind; prompt: string; options: string[] }[];
};

export class RoundError extends Error {
	constructor(
		readonly code:
			| 'not_found'
			| 'closed'
			| 'not_open_yet'
			| 'invalid_stance'
			| 'unknown_measure'
			| 'adopted'
			| 'no_measures'
	) {
		super(code);
	}
}

export type RoundSummary = ConsultationRound & {
	phase: RoundPhase;
	councilDays: number;
	enoughTime: boolean;
};

function summarize(round: ConsultationRound, now = new Date()): RoundSummary {
	const time = councilTime(round.opensOn, round.deadline, round.decisionDate);
	return {
		...round,
		phase: roundPhase(round, now),
		councilDays: time.days,
		enoughTime: time.enough
	};
}

/** A round of the given municipality, or null: other municipalities' rounds do not exist here. */
export async function getRound(
	municipalityId: number,
	roundId: number
): Promise<RoundSummary | null> {
	if (!Number.isSafeInteger(roundId)) return null;
	const row = await db
		.select()
		.from(consultationRound)
		.where(
			and(eq(consultationRound.id, roundId), eq(consultationRound.municipalityId, municipalityId))
		)
		.get();
	return row ? summarize(row) : null;
}

export async function listRounds(municipalityId: number): Promise<RoundSummary[]> {
	const rows = await db
		.select()
		.from(consultationRound)
		.where(eq(consultationRound.municipalityId, municipalityId))
		.orderBy(desc(consultationRound.opensOn), desc(consultationRound.id))
		.all();
	return rows.map((r) => summarize(r));
}

/**
 * Creates the round and freezes each chosen measure's current text into it: later edits of
 * the measure make new versions and never touch what members are answering.
 */
export async function createRound(user: AuthUser, input: NewRoundInput): Promise<number> {
	if (!input.measureIds.length) throw new RoundError('no_measures');
	return inTransaction(db, (tx) => {
		const planRow = tx
			.select()
			.from(plan)
			.where(and(eq(plan.id, input.planId), eq(plan.municipalityId, user.municipalityId)))
			.get();
		if (!planRow) throw new RoundError('not_found');
		const current = tx
			.select({ m: measure, v: measureVersion })
			.from(measure)
			.innerJoin(
				measureVersion,
				and(
					eq(measureVersion.measureId, measure.id),
					eq(measureVersion.version, measure.currentVersion)
				)
			)
			.where(and(eq(measure.planId, planRow.id), inArray(measure.id, input.measureIds)))
			.orderBy(asc(measure.position))
			.all();
		if (current.length !== new Set(input.measureIds).size) throw new RoundError('unknown_measure');
		const round = tx
			.insert(consultationRound)
			.values({
				municipalityId: user.municipalityId,
				planId: planRow.id,
				title: input.title,
				intro: input.intro,
				opensOn: input.opensOn,
				deadline: input.deadline,
				decisionDate: input.decisionDate,
				status: 'open'
			})
			.returning()
			.get();
		for (const [position, { m, v }] of current.entries()) {
			tx.insert(roundMeasure)
				.values({
					roundId: round.id,
					measureId: m.id,
					measureVersion: v.version,
					position,
					frozen: {
						title: v.title,
						titleEn: v.titleEn,
						description: v.description,
						descriptionEn: v.descriptionEn,
						level: v.level,
						focusAreaId: v.focusAreaId,
						targetGroup: v.targetGroup,
						purpose: v.purpose,
						responsible: v.responsible
					}
				})
				.run();
		}
		for (const [position, q] of input.questions.entries()) {
			tx.insert(roundQuestion)
				.values({ roundId: round.id, position, ...q })
				.run();
		}
		tx.update(plan).set({ status: 'consultation' }).where(eq(plan.id, planRow.id)).run();
		recordChange(tx, {
			actorId: user.id,
			municipalityId: user.municipalityId,
			entity: 'consultation_round',
			entityId: String(round.id),
			action: 'create',
			changes: { title: { old: null, new: input.title } }
		});
		return round.id;
	});
}

/** A round-settings save that lost the race: the settings and number saved in between. */
export type RoundUpdate = { ok: true } | { ok: false; current: RoundInput; version: number };

/**
 * Dates and texts can change; the frozen measures and the questions cannot once sent. A
 * save based on an older `version` of the settings is refused (issue 14).
 */
export async function updateRound(
	user: AuthUser,
	roundId: number,
	input: RoundInput,
	version: number
): Promise<RoundUpdate> {
	const round = await getRound(user.municipalityId, roundId);
	if (!round) throw new RoundError('not_found');
	return inTransaction(db, (tx): RoundUpdate => {
		if (!claimVersion(tx, consultationRound, 'version', roundId, version)) {
			const now = tx
				.select()
				.from(consultationRound)
				.where(eq(consultationRound.id, roundId))
				.get();
			if (!now) throw new RoundError('not_found');
			const { title, intro, opensOn, deadline, decisionDate } = now;
			return {
				ok: false,
				current: { title, intro, opensOn, deadline, decisionDate },
				version: now.version
			};
		}
		tx.update(consultationRound).set(input).where(eq(consultationRound.id, roundId)).run();
		recordChange(tx, {
			actorId: user.id,
			municipalityId: user.municipalityId,
			entity: 'consultation_round',
			entityId: String(roundId),
			action: 'update',
			changes: Object.fromEntries(
				(Object.keys(input) as (keyof RoundInput)[])
					.filter((k) => round[k] !== input[k])
					.map((k) => [k, { old: round[k], new: input[k] }])
			)
		});
		return { ok: true };
	});
}

/** Ends the answering now (a council that met early, or a test that cannot wait). */
export async function closeRoundNow(
	user: AuthUser,
	roundId: number,
	now = new Date()
): Promise<void> {
	const round = await getRound(user.municipalityId, roundId);
	if (!round) throw new RoundError('not_found');
	if (round.phase === 'closed') return;
	inTransaction(db, (tx) => {
		tx.update(consultationRound)
			// A settings form open elsewhere still shows the old deadline: it is stale now.
			.set({
				deadline: now.toISOString(),
				status: 'closed',
				version: sql`${consultationRound.version} + 1`
			})
			.where(eq(consultationRound.id, roundId))
			.run();
		recordChange(tx, {
			actorId: user.id,
			municipalityId: user.municipalityId,
			entity: 'consultation_round',
			entityId: String(roundId),
			action: 'update',
			changes: { deadline: { old: round.deadline, new: now.toISOString() } }
		});
	});
}

export type RoundContent = {
	measures: (typeof roundMeasure.$inferSelect)[];
	questions: (typeof roundQuestion.$inferSelect)[];
	focusAreas: { id: number; title: string; titleEn: string | null }[];
};

export async function getRoundContent(round: ConsultationRound): Promise<RoundContent> {
	const [measures, questions, focusAreas] = await Promise.all([
		db
			.select()
			.from(roundMeasure)
			.where(eq(roundMeasure.roundId, round.id))
			.orderBy(asc(roundMeasure.position))
			.all(),
		db
			.select()
			.from(roundQuestion)
			.where(eq(roundQuestion.roundId, round.id))
			.orderBy(asc(roundQuestion.position))
			.all(),
		db
			.select({ id: focusArea.id, title: focusArea.title, titleEn: focusArea.titleEn })
			.from(focusArea)
			.where(eq(focusArea.planId, round.planId))
			.orderBy(asc(focusArea.position))
			.all()
	]);
	return { measures, questions, focusAreas };
}

export type ResponseInput = {
	measures: {
		roundMeasureId: number;
		stance: Stance | null;
		importance: number | null;
		comment: string;
		suggestedChange: string;
		signed: boolean;
	}[];
	questions: { questionId: number; value: string[] }[];
	advice: { focusAreaId: number; advice: string }[];
};

export type OwnResponse = {
	status: 'none' | 'draft' | 'submitted';
	submittedAt: string | null;
	updatedAt: string | null;
	measures: Map<number, ResponseInput['measures'][number]>;
	questions: Map<number, string[]>;
	advice: Map<number, string>;
};

/** The member's own answers: only ever looked up by the signed-in member's own id. */
export async function getOwnResponse(user: AuthUser, roundId: number): Promise<OwnResponse> {
	const row = await db
		.select()
		.from(consultationResponse)
		.where(and(eq(consultationResponse.roundId, roundId), eq(consultationResponse.userId, user.id)))
		.get();
	const empty: OwnResponse = {
		status: 'none',
		submittedAt: null,
		updatedAt: null,
		measures: new Map(),
		questions: new Map(),
		advice: new Map()
	};
	if (!row) return empty;
	const [answers, qs, advice] = await Promise.all([
		db.select().from(measureAnswer).where(eq(measureAnswer.responseId, row.id)).all(),
		db.select().from(questionAnswer).where(eq(questionAnswer.responseId, row.id)).all(),
		db.select().from(focusAreaAdvice).where(eq(focusAreaAdvice.responseId, row.id)).all()
	]);
	return {
		status: row.status,
		submittedAt: row.submittedAt,
		updatedAt: row.updatedAt,
		measures: new Map(answers.map((a) => [a.roundMeasureId, a])),
		questions: new Map(qs.map((q) => [q.questionId, q.value])),
		advice: new Map(advice.map((a) => [a.focusAreaId, a.advice]))
	};
}

/**
 * Saves the member's draft (or submits it). Refused after the deadline, before opening, in
 * another municipality's round, or for measures and questions not in the round; a refusal
 * changes nothing, so what was saved before stays as it was.
 */
export async function saveResponse(
	user: AuthUser,
	roundId: number,
	input: ResponseInput,
	submit: boolean,
	now = new Date()
): Promise<void> {
	const round = await getRound(user.municipalityId, roundId);
	if (!round) throw new RoundError('not_found');
	const phase = roundPhase(round, now);
	if (phase === 'closed') throw new RoundError('closed');
	if (phase === 'upcoming') throw new RoundError('not_open_yet');
	const content = await getRoundContent(round);
	const measureIds = new Set(content.measures.map((m) => m.id));
	const questionIds = new Set(content.questions.map((q) => q.id));
	const areaIds = new Set(content.focusAreas.map((a) => a.id));
	if (
		input.measures.some((m) => !measureIds.has(m.roundMeasureId)) ||
		input.questions.some((q) => !questionIds.has(q.questionId)) ||
		input.advice.some((a) => !areaIds.has(a.focusAreaId))
	) {
		throw new RoundError('unknown_measure');
	}
	const stamp = now.toISOString();
	inTransaction(db, (tx) => {
		const existing = tx
			.select()
			.from(consultationResponse)
			.where(
				and(eq(consultationResponse.roundId, roundId), eq(consultationResponse.userId, user.id))
			)
			.get();
		const signing = input.measures.some((m) => m.signed);
		const response =
			existing ??
			tx
				.insert(consultationResponse)
				.values({ municipalityId: user.municipalityId, roundId, userId: user.id, updatedAt: stamp })
				.returning()
				.get();
		tx.update(consultationResponse)
			.set({
				updatedAt: stamp,
				signedName: signing ? user.name : null,
				...(submit ? { status: 'submitted' as const, submittedAt: stamp } : {})
			})
			.where(eq(consultationResponse.id, response.id))
			.run();
		for (const m of input.measures) {
			const values = {
				stance: m.stance,
				importance: m.importance,
				comment: m.comment,
				suggestedChange: m.suggestedChange,
				signed: m.signed
			};
			tx.insert(measureAnswer)
				.values({ responseId: response.id, roundMeasureId: m.roundMeasureId, ...values })
				.onConflictDoUpdate({
					target: [measureAnswer.responseId, measureAnswer.roundMeasureId],
					set: values
				})
				.run();
		}
		for (const q of input.questions) {
			tx.insert(questionAnswer)
				.values({ responseId: response.id, questionId: q.questionId, value: q.value })
				.onConflictDoUpdate({
					target: [questionAnswer.responseId, questionAnswer.questionId],
					set: { value: q.value }
				})
				.run();
		}
		for (const a of input.advice) {
			tx.insert(focusAreaAdvice)
				.values({ responseId: response.id, focusAreaId: a.focusAreaId, advice: a.advice })
				.onConflictDoUpdate({
					target: [focusAreaAdvice.responseId, focusAreaAdvice.focusAreaId],
					set: { advice: a.advice }
				})
				.run();
		}
	});
}

export type { Participant };

/** Who has answered: for the coordinator and the council leader only. */
export async function listParticipation(
	roundId: number,
	members: { id: number; name: string }[]
): Promise<Participant[]> {
	const rows = await db
		.select({ userId: consultationResponse.userId, status: consultationResponse.status })
		.from(consultationResponse)
		.where(eq(consultationResponse.roundId, roundId))
		.all();
	const byUser = new Map(rows.map((r) => [r.userId, r.status]));
	return members.map((m) => ({ name: m.name, status: byUser.get(m.id) ?? 'none' }));
}

/** Rounds a council member can see, with their own progress. */
export async function listRoundsForMember(user: AuthUser) {
	const rounds = await listRounds(user.municipalityId);
	const mine = await db
		.select({ roundId: consultationResponse.roundId, status: consultationResponse.status })
		.from(consultationResponse)
		.where(eq(consultationResponse.userId, user.id))
		.all();
	const status = new Map(mine.map((r) => [r.roundId, r.status]));
	return rounds.map((r) => ({ ...r, myStatus: status.get(r.id) ?? ('none' as const) }));
}
