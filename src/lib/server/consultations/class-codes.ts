import { createHash, randomInt } from 'node:crypto';
import { and, asc, count, eq, inArray, lt, sql } from 'drizzle-orm';
import type { AuthUser } from '$lib/server/auth/guard';
import { recordChange } from '$lib/server/audit/log';
import { db } from '$lib/server/db';
import { inTransaction } from '$lib/server/db/client';
import {
	classAnswer,
	classCode,
	classCodeAttempt,
	classReaction,
	classReactions,
	roundMeasure,
	type ClassReaction
} from '$lib/server/db/schema';
import { osloToday } from '$lib/server/time';
import type { ClassReactionsView, SuppressedCount } from '$lib/types/consultations';
import { getRound, RoundError } from './rounds';
import { roundPhase } from './round-phase';

/**
 * Class codes (issue 17): one-time codes a coordinator prints for a school class or a youth
 * club, so young people beyond the council can react to an open round's measures.
 *
 * Privacy by construction: the code table keeps a hash and a used flag, the answer keeps a
 * round and an Oslo day, and no column joins the two. A code is spent in the same
 * transaction that writes the answer, but nothing records which code it was.
 */

/** No 0/O, 1/I/L: letters a 13-year-old can copy from paper without guessing. */
export const codeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const maxCodesPerBatch = 200;
export const maxCommentLength = 300;
/** Failed attempts a round accepts per minute, from everyone together. */
export const failedAttemptsPerMinute = 20;
/** Groups smaller than this are shown as "fewer than 5", not as a number. */
export const smallGroup = 5;

/** `FJV-7K3M`: three and four characters, 31^7 (about 27 billion) codes. */
export function newCode(random: (max: number) => number = randomInt): string {
	const pick = (n: number) =>
		Array.from({ length: n }, () => codeAlphabet[random(codeAlphabet.length)]).join('');
	return `${pick(3)}-${pick(4)}`;
}

/** What a person typed, as the code it means: case, spaces and the dash do not matter. */
export function normalizeCode(typed: string): string | null {
	const plain = typed.toUpperCase().replace(/[\s\-–_.]/g, '');
	if (plain.length !== 7 || [...plain].some((c) => !codeAlphabet.includes(c))) return null;
	return `${plain.slice(0, 3)}-${plain.slice(3)}`;
}

/** The code is never stored; the round is part of the hash, so a code belongs to one round. */
export function hashCode(roundId: number, code: string): string {
	return createHash('sha256').update(`${roundId}:${code}`).digest('hex');
}

/** Makes `n` new codes for a round; returns them once, for the printable sheet. */
export async function createClassCodes(
	user: AuthUser,
	roundId: number,
	n: number
): Promise<string[]> {
	const round = await getRound(user.municipalityId, roundId);
	if (!round) throw new RoundError('not_found');
	if (round.phase === 'closed') throw new RoundError('closed');
	const wanted = Math.max(1, Math.min(maxCodesPerBatch, Math.floor(n)));
	const codes = new Set<string>();
	while (codes.size < wanted) codes.add(newCode());
	return inTransaction(db, (tx) => {
		const made: string[] = [];
		for (const code of codes) {
			// A clash with an earlier code (one in billions) is skipped, not an error.
			const row = tx
				.insert(classCode)
				.values({ roundId, codeHash: hashCode(roundId, code) })
				.onConflictDoNothing()
				.returning({ id: classCode.id })
				.get();
			if (row) made.push(code);
		}
		recordChange(tx, {
			actorId: user.id,
			municipalityId: user.municipalityId,
			entity: 'class_code',
			entityId: String(roundId),
			action: 'create',
			changes: { count: { old: null, new: made.length } }
		});
		return made;
	});
}

export type CodeStats = { made: number; used: number };

export async function classCodeStats(roundId: number): Promise<CodeStats> {
	const rows = await db
		.select({ used: classCode.used, n: count() })
		.from(classCode)
		.where(eq(classCode.roundId, roundId))
		.groupBy(classCode.used)
		.all();
	const used = rows.find((r) => r.used)?.n ?? 0;
	return { made: rows.reduce((s, r) => s + r.n, 0), used };
}

export type ClassReactionInput = {
	roundMeasureId: number;
	reaction: ClassReaction;
	comment: string;
}[];

export type ClassAnswerResult =
	| { ok: true }
	| { ok: false; reason: 'bad_code' | 'used_code' | 'rate_limited' | 'closed' | 'empty' };

const minuteOf = (now: Date) => now.toISOString().slice(0, 16);

/** Counts one failed attempt for the round, in its minute; nothing about who tried. */
function countFailure(roundId: number, now: Date): void {
	const minute = minuteOf(now);
	inTransaction(db, (tx) => {
		tx.insert(classCodeAttempt)
			.values({ roundId, minute, count: 1 })
			.onConflictDoUpdate({
				target: [classCodeAttempt.roundId, classCodeAttempt.minute],
				set: { count: sql`${classCodeAttempt.count} + 1` }
			})
			.run();
		const hourAgo = minuteOf(new Date(now.getTime() - 60 * 60_000));
		tx.delete(classCodeAttempt).where(lt(classCodeAttempt.minute, hourAgo)).run();
	});
}

function tooManyFailures(roundId: number, now: Date): boolean {
	const row = db
		.select({ count: classCodeAttempt.count })
		.from(classCodeAttempt)
		.where(and(eq(classCodeAttempt.roundId, roundId), eq(classCodeAttempt.minute, minuteOf(now))))
		.get();
	return (row?.count ?? 0) >= failedAttemptsPerMinute;
}

/**
 * A young person's reactions with a class code. The code is spent and the answer written in
 * one transaction; a code that does not exist or was used gets a plain refusal, and too many
 * refusals in a minute close the door for everyone for the rest of that minute.
 */
export async function answerWithClassCode(
	municipalityId: number,
	roundId: number,
	typedCode: string,
	reactions: ClassReactionInput,
	now = new Date()
): Promise<ClassAnswerResult> {
	const round = await getRound(municipalityId, roundId);
	if (!round || roundPhase(round, now) !== 'open') return { ok: false, reason: 'closed' };
	if (tooManyFailures(roundId, now)) return { ok: false, reason: 'rate_limited' };
	const code = normalizeCode(typedCode);
	const measureIds = new Set(
		(
			await db
				.select({ id: roundMeasure.id })
				.from(roundMeasure)
				.where(eq(roundMeasure.roundId, roundId))
				.all()
		).map((m) => m.id)
	);
	const valid = reactions.filter(
		(r) => measureIds.has(r.roundMeasureId) && classReactions.includes(r.reaction)
	);
	if (!code) {
		countFailure(roundId, now);
		return { ok: false, reason: 'bad_code' };
	}
	const hash = hashCode(roundId, code);
	const outcome = inTransaction(db, (tx): ClassAnswerResult => {
		const row = tx
			.select({ id: classCode.id, used: classCode.used })
			.from(classCode)
			.where(and(eq(classCode.roundId, roundId), eq(classCode.codeHash, hash)))
			.get();
		if (!row) return { ok: false, reason: 'bad_code' };
		if (row.used) return { ok: false, reason: 'used_code' };
		// Checked after the code, so "empty" never tells a guesser that a code exists.
		if (!valid.length) return { ok: false, reason: 'empty' };
		tx.update(classCode).set({ used: true }).where(eq(classCode.id, row.id)).run();
		const answer = tx
			.insert(classAnswer)
			.values({ roundId, day: osloToday(now) })
			.returning({ id: classAnswer.id })
			.get();
		for (const r of valid) {
			tx.insert(classReaction)
				.values({
					answerId: answer.id,
					roundMeasureId: r.roundMeasureId,
					reaction: r.reaction,
					comment: r.comment.trim().slice(0, maxCommentLength)
				})
				.onConflictDoNothing()
				.run();
		}
		return { ok: true };
	});
	if (!outcome.ok && outcome.reason !== 'empty') countFailure(roundId, now);
	return outcome;
}

/** Zero is suppressed too: otherwise "0, 0, fewer than 5" beside a known total gives the number away. */
export function suppressSmall(n: number, threshold = smallGroup): SuppressedCount {
	return n >= threshold ? { count: n } : { fewerThan: threshold };
}

export type ClassReactionSummary = ClassReactionsView;

/**
 * The class-code reactions of a round, for the council and the coordinator: counts per
 * measure and reaction, each under 5 shown as "fewer than 5"; comments only for a measure
 * with at least 5 answers, so a lone comment cannot be told apart in a small class.
 */
export async function classReactionSummary(roundId: number): Promise<ClassReactionSummary> {
	const [answers] = await db
		.select({ n: count() })
		.from(classAnswer)
		.where(eq(classAnswer.roundId, roundId))
		.all();
	const { made } = await classCodeStats(roundId);
	const measures = await db
		.select({ id: roundMeasure.id })
		.from(roundMeasure)
		.where(eq(roundMeasure.roundId, roundId))
		.orderBy(asc(roundMeasure.position))
		.all();
	const ids = measures.map((m) => m.id);
	const rows = ids.length
		? await db
				.select({
					roundMeasureId: classReaction.roundMeasureId,
					reaction: classReaction.reaction,
					n: count()
				})
				.from(classReaction)
				.where(inArray(classReaction.roundMeasureId, ids))
				.groupBy(classReaction.roundMeasureId, classReaction.reaction)
				.all()
		: [];
	const comments = ids.length
		? await db
				.select({ roundMeasureId: classReaction.roundMeasureId, comment: classReaction.comment })
				.from(classReaction)
				.where(and(inArray(classReaction.roundMeasureId, ids), sql`${classReaction.comment} <> ''`))
				// Sorted by text, not by id: the order says nothing about when or who.
				.orderBy(asc(classReaction.comment))
				.all()
		: [];
	return {
		codes: made,
		answers: answers?.n ?? 0,
		measures: ids.map((id) => {
			const mine = rows.filter((r) => r.roundMeasureId === id);
			const total = mine.reduce((s, r) => s + r.n, 0);
			return {
				roundMeasureId: id,
				reactions: classReactions.map((reaction) => ({
					reaction,
					count: suppressSmall(mine.find((r) => r.reaction === reaction)?.n ?? 0)
				})),
				comments:
					total >= smallGroup
						? comments.filter((c) => c.roundMeasureId === id).map((c) => c.comment)
						: []
			};
		})
	};
}
