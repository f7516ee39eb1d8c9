import { and, asc, eq, sql } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { inTransaction } from '$lib/server/db/client';
import {
	activity,
	activityCancellation,
	activitySchedule,
	activityTranslation
} from '$lib/server/db/schema';
import { changedFields, recordChange } from '$lib/server/audit/log';
import type { AuthUser } from '$lib/server/auth/guard';
import { invalidatePublicPages } from '$lib/server/page-cache';
import { markTranslationSaved } from './translations';

export type ActivityEdit = {
	name: string;
	description: string;
	published: boolean;
	ageMin: number;
	ageMax: number;
	isFree: boolean;
	dropIn: boolean;
};

export async function listActivitiesForStaff(municipalityId: number) {
	return db
		.select({ id: activity.id, name: activityTranslation.name, published: activity.published })
		.from(activity)
		.innerJoin(
			activityTranslation,
			and(eq(activityTranslation.activityId, activity.id), eq(activityTranslation.lang, 'nb'))
		)
		.where(eq(activity.municipalityId, municipalityId))
		.orderBy(asc(activityTranslation.name))
		.all();
}

export async function getActivityForEdit(user: AuthUser, id: number) {
	const row = await db
		.select()
		.from(activity)
		.where(and(eq(activity.id, id), eq(activity.municipalityId, user.municipalityId)))
		.get();
	if (!row) return null;
	const nb = await db
		.select()
		.from(activityTranslation)
		.where(and(eq(activityTranslation.activityId, id), eq(activityTranslation.lang, 'nb')))
		.get();
	const schedules = await db
		.select()
		.from(activitySchedule)
		.where(eq(activitySchedule.activityId, id))
		.orderBy(asc(activitySchedule.id))
		.all();
	const cancellations = await db
		.select({
			scheduleId: activityCancellation.scheduleId,
			date: activityCancellation.date,
			reason: activityCancellation.reason
		})
		.from(activityCancellation)
		.innerJoin(activitySchedule, eq(activitySchedule.id, activityCancellation.scheduleId))
		.where(eq(activitySchedule.activityId, id))
		.orderBy(asc(activityCancellation.date))
		.all();
	const edit: ActivityEdit = {
		name: nb?.name ?? '',
		description: nb?.description ?? '',
		published: row.published,
		ageMin: row.ageMin,
		ageMax: row.ageMax,
		isFree: row.isFree,
		dropIn: row.dropIn
	};
	return {
		id: row.id,
		slug: row.slug,
		version: row.version,
		edit,
		schedules: schedules.map((s) => ({
			id: s.id,
			byDay: s.byDay,
			startTime: s.startTime,
			endTime: s.endTime,
			startDate: s.startDate,
			endDate: s.endDate
		})),
		cancellations: cancellations.map((c) => ({
			scheduleId: c.scheduleId,
			date: c.date,
			reason: c.reason.nb ?? ''
		}))
	};
}

export async function saveActivity(
	user: AuthUser,
	id: number,
	version: number,
	input: ActivityEdit
): Promise<{ ok: true } | { ok: false; reason: 'conflict' | 'not_found' }> {
	const current = await getActivityForEdit(user, id);
	if (!current) return { ok: false, reason: 'not_found' };
	const result = await inTransaction(db, async () => {
		const bumped = await db
			.update(activity)
			.set({
				published: input.published,
				ageMin: input.ageMin,
				ageMax: input.ageMax,
				isFree: input.isFree,
				dropIn: input.dropIn,
				lastCheckedAt: new Date().toISOString().slice(0, 10),
				version: sql`${activity.version} + 1`,
				updatedAt: new Date().toISOString()
			})
			.where(and(eq(activity.id, id), eq(activity.version, version)))
			.run();
		if (bumped.changes !== 1) return { ok: false as const, reason: 'conflict' as const };
		await db
			.insert(activityTranslation)
			.values({ activityId: id, lang: 'nb', name: input.name, description: input.description })
			.onConflictDoUpdate({
				target: [activityTranslation.activityId, activityTranslation.lang],
				set: { name: input.name, description: input.description }
			})
			.run();
		if (current.edit.name !== input.name || current.edit.description !== input.description)
			await markTranslationSaved('activity', id, 'nb');
		const before = current.edit;
		await recordChange({
			actorId: user.id,
			municipalityId: user.municipalityId,
			entity: 'activity',
			entityId: String(id),
			action:
				before.published !== input.published
					? input.published
						? 'publish'
						: 'unpublish'
					: 'update',
			changes: changedFields(before as unknown as Record<string, unknown>, input)
		});
		return { ok: true as const };
	});
	if (result.ok) invalidatePublicPages();
	return result;
}

/** Cancels one occurrence (a date of one schedule), with a reason shown to young people. */
export async function cancelOccurrence(
	user: AuthUser,
	activityId: number,
	scheduleId: number,
	date: string,
	reason: string
): Promise<boolean> {
	const current = await getActivityForEdit(user, activityId);
	if (!current || !current.schedules.some((s) => s.id === scheduleId)) return false;
	await inTransaction(db, async () => {
		await db
			.insert(activityCancellation)
			.values({ scheduleId, date, reason: { nb: reason } })
			.onConflictDoUpdate({
				target: [activityCancellation.scheduleId, activityCancellation.date],
				set: { reason: { nb: reason } }
			})
			.run();
		await recordChange({
			actorId: user.id,
			municipalityId: user.municipalityId,
			entity: 'activity',
			entityId: String(activityId),
			action: 'cancel_occurrence',
			changes: { [`cancelled:${date}`]: { old: null, new: reason } }
		});
	});
	invalidatePublicPages();
	return true;
}

export async function restoreOccurrence(
	user: AuthUser,
	activityId: number,
	scheduleId: number,
	date: string
): Promise<boolean> {
	const current = await getActivityForEdit(user, activityId);
	if (!current || !current.schedules.some((s) => s.id === scheduleId)) return false;
	await inTransaction(db, async () => {
		await db
			.delete(activityCancellation)
			.where(
				and(eq(activityCancellation.scheduleId, scheduleId), eq(activityCancellation.date, date))
			)
			.run();
		await recordChange({
			actorId: user.id,
			municipalityId: user.municipalityId,
			entity: 'activity',
			entityId: String(activityId),
			action: 'restore_occurrence',
			changes: { [`cancelled:${date}`]: { old: true, new: null } }
		});
	});
	invalidatePublicPages();
	return true;
}
