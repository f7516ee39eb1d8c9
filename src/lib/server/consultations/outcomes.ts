import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { AuthUser } from '$lib/server/auth/guard';
import { recordChange } from '$lib/server/audit/log';
import { db } from '$lib/server/db';
import { inTransaction, type Transaction } from '$lib/server/db/client';
import { claimVersion } from '$lib/server/conflict';
import {
	consultationOutcome,
	consultationRound,
	measureAnswer,
	roundMeasure,
	type OutcomeDecision
} from '$lib/server/db/schema';
import { invalidatePublicPages, noIndexedChange } from '$lib/server/page-cache';
import { getRound, RoundError } from './rounds';

export type OutcomeInput = {
	roundMeasureId: number;
	/** null for the measure as a whole, else the answer that carried the suggested change. */
	measureAnswerId: number | null;
	decision: OutcomeDecision;
	rationale: string;
	rationaleEn: string | null;
	newMeasureVersion: number | null;
};

export async function listOutcomes(roundId: number) {
	const rows = await db
		.select({ o: consultationOutcome })
		.from(consultationOutcome)
		.innerJoin(roundMeasure, eq(roundMeasure.id, consultationOutcome.roundMeasureId))
		.where(eq(roundMeasure.roundId, roundId))
		.orderBy(asc(consultationOutcome.id))
		.all();
	return rows.map((r) => r.o);
}

/** An outcomes save: refused (with the number saved now) when someone saved in between. */
export type OutcomesSave = { ok: true } | { ok: false; version: number };

/**
 * Claims the round's outcomes version inside `tx`: the measure outcomes and the general
 * ones are one page, and one counter says whether the page it was read from is still current.
 */
export function claimOutcomes(tx: Transaction, roundId: number, version: number): OutcomesSave {
	if (claimVersion(tx, consultationRound, 'outcomesVersion', roundId, version)) return { ok: true };
	const row = tx
		.select({ version: consultationRound.outcomesVersion })
		.from(consultationRound)
		.where(eq(consultationRound.id, roundId))
		.get();
	return { ok: false, version: row?.version ?? 0 };
}

/** Records (or replaces) what the municipality did with each input of a closed round. */
export async function saveOutcomes(
	user: AuthUser,
	roundId: number,
	inputs: OutcomeInput[],
	version: number
): Promise<OutcomesSave> {
	const round = await getRound(user.municipalityId, roundId);
	if (!round) throw new RoundError('not_found');
	if (round.phase !== 'closed') throw new RoundError('closed');
	const measures = await db
		.select()
		.from(roundMeasure)
		.where(eq(roundMeasure.roundId, roundId))
		.all();
	const measureIds = new Set(measures.map((m) => m.id));
	const answerIds = new Set(
		(
			await db
				.select({ id: measureAnswer.id })
				.from(measureAnswer)
				.where(inArray(measureAnswer.roundMeasureId, [...measureIds]))
				.all()
		).map((a) => a.id)
	);
	if (
		inputs.some(
			(i) =>
				!measureIds.has(i.roundMeasureId) ||
				(i.measureAnswerId !== null && !answerIds.has(i.measureAnswerId))
		)
	) {
		throw new RoundError('unknown_measure');
	}
	const stamp = new Date().toISOString();
	const saved = inTransaction(db, (tx) => {
		const claimed = claimOutcomes(tx, roundId, version);
		if (!claimed.ok) return claimed;
		for (const input of inputs) {
			// SQLite treats NULLs as distinct in unique indexes, so the whole-measure row is matched by hand.
			tx.delete(consultationOutcome)
				.where(
					and(
						eq(consultationOutcome.roundMeasureId, input.roundMeasureId),
						input.measureAnswerId === null
							? isNull(consultationOutcome.measureAnswerId)
							: eq(consultationOutcome.measureAnswerId, input.measureAnswerId)
					)
				)
				.run();
			tx.insert(consultationOutcome)
				.values({ ...input, updatedAt: stamp })
				.run();
		}
		recordChange(tx, {
			actorId: user.id,
			municipalityId: user.municipalityId,
			entity: 'consultation_outcome',
			entityId: String(roundId),
			action: 'update'
		});
		return claimed;
	});
	if (saved.ok && round.feedbackPublishedAt) invalidatePublicPages(noIndexedChange);
	return saved;
}

/** Makes the feedback public on /planen and the round page; the caller notifies members. */
export async function publishFeedback(user: AuthUser, roundId: number): Promise<void> {
	const round = await getRound(user.municipalityId, roundId);
	if (!round) throw new RoundError('not_found');
	if (round.phase !== 'closed') throw new RoundError('closed');
	inTransaction(db, (tx) => {
		tx.update(consultationRound)
			.set({ feedbackPublishedAt: new Date().toISOString() })
			.where(eq(consultationRound.id, roundId))
			.run();
		recordChange(tx, {
			actorId: user.id,
			municipalityId: user.municipalityId,
			entity: 'consultation_round',
			entityId: String(roundId),
			action: 'publish'
		});
	});
	invalidatePublicPages(noIndexedChange);
}
