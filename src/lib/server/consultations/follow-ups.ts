import { and, asc, desc, eq, inArray, isNotNull, lte } from 'drizzle-orm';
import type { AuthUser } from '$lib/server/auth/guard';
import { listUsersWithRole } from '$lib/server/auth/users';
import { recordChange } from '$lib/server/audit/log';
import { db } from '$lib/server/db';
import { inTransaction } from '$lib/server/db/client';
import { consultationRound, followUp, followUpNote, type FollowUp } from '$lib/server/db/schema';
import { sendEmail } from '$lib/server/email/send';
import { invalidatePublicPages, noIndexedChange } from '$lib/server/page-cache';
import { osloToday } from '$lib/server/time';
import type { FollowUpView } from '$lib/types/consultations';
import { getRound, RoundError } from './rounds';

/**
 * Promises followed up (issue 17). An input the municipality took in (or partly) gets who is
 * responsible and a follow-up date. On that day the coordinator is reminded (the staff pages
 * list what is due; `remindDueFollowUps` mails it once, from a daily check); writing the
 * follow-up notifies the council and shows on /planen. A date that passed without a
 * follow-up is overdue, and /planen says so publicly.
 *
 * Inputs are named by key (`m:`, `s:`, `q:`, `f:` + id), since outcome rows are rewritten.
 */

export type FollowUpPlanInput = { inputKey: string; responsible: string; dueOn: string | null };

export function isOverdue(dueOn: string | null, today: string): boolean {
	return dueOn !== null && dueOn < today;
}

export async function listFollowUps(
	roundId: number,
	now = new Date()
): Promise<Map<string, FollowUpView & { id: number }>> {
	const rows = await db.select().from(followUp).where(eq(followUp.roundId, roundId)).all();
	if (!rows.length) return new Map();
	const notes = await db
		.select()
		.from(followUpNote)
		.where(
			inArray(
				followUpNote.followUpId,
				rows.map((r) => r.id)
			)
		)
		.orderBy(desc(followUpNote.writtenOn), desc(followUpNote.id))
		.all();
	const today = osloToday(now);
	return new Map(
		rows.map((r) => {
			const latest = notes.find((n) => n.followUpId === r.id) ?? null;
			return [
				r.inputKey,
				{
					id: r.id,
					responsible: r.responsible,
					dueOn: r.dueOn,
					overdue: isOverdue(r.dueOn, today),
					latest: latest
						? { text: latest.text, textEn: latest.textEn, writtenOn: latest.writtenOn }
						: null
				}
			];
		})
	);
}

/** Sets who follows up what, and when; `keys` are the inputs that may have a follow-up. */
export async function saveFollowUpPlans(
	user: AuthUser,
	roundId: number,
	inputs: FollowUpPlanInput[],
	keys: ReadonlySet<string>
): Promise<void> {
	const round = await getRound(user.municipalityId, roundId);
	if (!round) throw new RoundError('not_found');
	if (inputs.some((i) => !keys.has(i.inputKey))) throw new RoundError('unknown_measure');
	inTransaction(db, (tx) => {
		for (const i of inputs) {
			tx.insert(followUp)
				.values({ roundId, ...i })
				.onConflictDoUpdate({
					target: [followUp.roundId, followUp.inputKey],
					set: { responsible: i.responsible, dueOn: i.dueOn }
				})
				.run();
		}
		recordChange(tx, {
			actorId: user.id,
			municipalityId: user.municipalityId,
			entity: 'follow_up',
			entityId: String(roundId),
			action: 'update'
		});
	});
	if (round.feedbackPublishedAt) invalidatePublicPages(noIndexedChange);
}

/**
 * Writes a follow-up. `nextDueOn` sets the next date (the promise is not done yet); null
 * closes it. Returns the round, so the caller can notify the council after the commit.
 */
export async function writeFollowUpNote(
	user: AuthUser,
	followUpId: number,
	note: { text: string; textEn: string | null; nextDueOn: string | null },
	now = new Date()
): Promise<{ roundId: number; title: string }> {
	const row = await db
		.select({ f: followUp, r: consultationRound })
		.from(followUp)
		.innerJoin(consultationRound, eq(consultationRound.id, followUp.roundId))
		.where(
			and(eq(followUp.id, followUpId), eq(consultationRound.municipalityId, user.municipalityId))
		)
		.get();
	if (!row) throw new RoundError('not_found');
	const writtenOn = osloToday(now);
	inTransaction(db, (tx) => {
		tx.insert(followUpNote)
			.values({ followUpId, text: note.text, textEn: note.textEn, writtenOn })
			.run();
		tx.update(followUp)
			.set({ dueOn: note.nextDueOn, remindedFor: null })
			.where(eq(followUp.id, followUpId))
			.run();
		recordChange(tx, {
			actorId: user.id,
			municipalityId: user.municipalityId,
			entity: 'follow_up',
			entityId: String(followUpId),
			action: 'update',
			changes: { dueOn: { old: row.f.dueOn, new: note.nextDueOn } }
		});
	});
	invalidatePublicPages(noIndexedChange);
	return { roundId: row.r.id, title: row.r.title };
}

export type DueFollowUp = FollowUp & { roundTitle: string; overdue: boolean };

/** Follow-ups due today or earlier in a municipality, oldest first: the coordinator's reminder. */
export async function dueFollowUps(
	municipalityId: number,
	now = new Date()
): Promise<DueFollowUp[]> {
	const today = osloToday(now);
	const rows = await db
		.select({ f: followUp, title: consultationRound.title })
		.from(followUp)
		.innerJoin(consultationRound, eq(consultationRound.id, followUp.roundId))
		.where(
			and(
				eq(consultationRound.municipalityId, municipalityId),
				isNotNull(followUp.dueOn),
				lte(followUp.dueOn, today)
			)
		)
		.orderBy(asc(followUp.dueOn))
		.all();
	return rows.map((r) => ({ ...r.f, roundTitle: r.title, overdue: isOverdue(r.f.dueOn, today) }));
}

/**
 * The daily check: mails each coordinator once per due date with what is due, and marks the
 * follow-ups reminded for that date. Run it from a timer or cron; the clock is injected.
 */
export async function remindDueFollowUps(
	municipalityId: number,
	adminUrl: string,
	now = new Date()
): Promise<number> {
	const due = (await dueFollowUps(municipalityId, now)).filter((f) => f.remindedFor !== f.dueOn);
	if (!due.length) return 0;
	const coordinators = await listUsersWithRole(municipalityId, 'coordinator');
	const lines = due.map((f) => `- ${f.roundTitle}: ${f.responsible} (${f.dueOn})`);
	for (const c of coordinators) {
		await sendEmail({
			to: c.email,
			municipalityId,
			subject: `Oppfølging av ungdomsrådets innspill: ${due.length} til forfall`,
			text: `Disse oppfølgingene har kommet til datoen sin:\n\n${lines.join('\n')}\n\nSkriv oppfølgingen her: ${adminUrl}`
		});
	}
	inTransaction(db, (tx) => {
		for (const f of due)
			tx.update(followUp).set({ remindedFor: f.dueOn }).where(eq(followUp.id, f.id)).run();
	});
	return due.length;
}
