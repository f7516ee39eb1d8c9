import { and, asc, eq, sql } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { inTransaction } from '$lib/server/db/client';
import {
	activity,
	activityCancellation,
	activityCategories,
	activityKinds,
	activityLocation,
	activityOrganizer,
	activitySchedule,
	activityTranslation,
	type ActivityKind
} from '$lib/server/db/schema';
import { activityTypes, reservedSlugs, type ActivityType } from '$lib/server/activities/vocabulary';
import { localToday } from '$lib/server/activities/time';
import { describeSchedule, type ScheduleInput } from './schedule-form';
import { changedFields, recordChange } from '$lib/server/audit/log';
import type { AuthUser } from '$lib/server/auth/guard';
import { invalidatePublicPages } from '$lib/server/page-cache';
import { markTranslationSaved } from './translations';
import { recordActivityDeletion } from '$lib/server/opendata/rpde';

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
		// The open-data feed (issue 7) orders by updatedAt: a cancelled session is a change.
		await db
			.update(activity)
			.set({ updatedAt: new Date().toISOString() })
			.where(eq(activity.id, activityId))
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
		await db
			.update(activity)
			.set({ updatedAt: new Date().toISOString() })
			.where(eq(activity.id, activityId))
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

// ---------------------------------------------------------------------------------------
// Creating an activity, and its schedules
// ---------------------------------------------------------------------------------------

/** What the "new activity" form offers: the municipality's organisers and places. */
export async function listCreateOptions(municipalityId: number) {
	const organizers = await db
		.select({ id: activityOrganizer.id, name: activityOrganizer.name })
		.from(activityOrganizer)
		.where(eq(activityOrganizer.municipalityId, municipalityId))
		.orderBy(asc(activityOrganizer.name))
		.all();
	const locations = await db
		.select({ id: activityLocation.id, name: activityLocation.name })
		.from(activityLocation)
		.where(eq(activityLocation.municipalityId, municipalityId))
		.orderBy(asc(activityLocation.name))
		.all();
	return {
		organizers,
		locations,
		kinds: [...activityKinds],
		/** Activity types under their category (the category follows from the type). */
		categories: activityCategories.map((category) => ({
			category,
			types: (Object.keys(activityTypes) as ActivityType[]).filter(
				(type) => activityTypes[type] === category
			)
		}))
	};
}

export type NewActivity = {
	name: string;
	kind: ActivityKind;
	activityType: ActivityType;
	organizerId: number;
	locationId: number;
	ageMin: number;
	ageMax: number;
};

/** A URL slug from an nb title: lower case, æ/ø/å spelled out, words joined by hyphens. */
export function slugFromTitle(title: string): string {
	const base = title
		.toLowerCase()
		.replace(/æ/g, 'ae')
		.replace(/ø/g, 'o')
		.replace(/å/g, 'a')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/g, '');
	return base || 'aktivitet';
}

/**
 * Creates an activity as an unpublished draft with the fewest facts the catalog needs
 * (title, kind, type and so category, organiser, place, ages). Everything else is filled in
 * on its edit page before it is published.
 */
export async function createActivity(
	user: AuthUser,
	input: NewActivity,
	now: Date = new Date()
): Promise<{ ok: true; id: number } | { ok: false; reason: 'organizer' | 'location' }> {
	const result = await inTransaction(db, async () => {
		const organizer = await db
			.select({ id: activityOrganizer.id })
			.from(activityOrganizer)
			.where(
				and(
					eq(activityOrganizer.id, input.organizerId),
					eq(activityOrganizer.municipalityId, user.municipalityId)
				)
			)
			.get();
		if (!organizer) return { ok: false as const, reason: 'organizer' as const };
		const place = await db
			.select({ id: activityLocation.id })
			.from(activityLocation)
			.where(
				and(
					eq(activityLocation.id, input.locationId),
					eq(activityLocation.municipalityId, user.municipalityId)
				)
			)
			.get();
		if (!place) return { ok: false as const, reason: 'location' as const };

		const base = slugFromTitle(input.name);
		const taken = new Set(
			(
				await db
					.select({ slug: activity.slug })
					.from(activity)
					.where(eq(activity.municipalityId, user.municipalityId))
					.all()
			).map((r) => r.slug)
		);
		let slug = base;
		for (let n = 2; taken.has(slug) || reservedSlugs.has(slug); n++) slug = `${base}-${n}`;

		const created = await db
			.insert(activity)
			.values({
				municipalityId: user.municipalityId,
				slug,
				kind: input.kind,
				category: activityTypes[input.activityType],
				activityType: input.activityType,
				organizerId: input.organizerId,
				locationId: input.locationId,
				ageMin: input.ageMin,
				ageMax: input.ageMax,
				isFree: true,
				inLanguage: ['nb'],
				lastCheckedAt: localToday(now),
				published: false
			})
			.returning({ id: activity.id })
			.get();
		await db
			.insert(activityTranslation)
			.values({ activityId: created.id, lang: 'nb', name: input.name, description: '' })
			.run();
		await markTranslationSaved('activity', created.id, 'nb', now.getTime());
		await recordChange({
			actorId: user.id,
			municipalityId: user.municipalityId,
			entity: 'activity',
			entityId: String(created.id),
			action: 'create',
			changes: changedFields({} as Record<string, unknown>, { ...input, slug, published: false })
		});
		return { ok: true as const, id: created.id };
	});
	// Unpublished, so no public page shows it; the open-data feed lists it as a draft-deleted item.
	if (result.ok) invalidatePublicPages();
	return result;
}

export type ScheduleChange =
	| { op: 'add'; input: ScheduleInput }
	| { op: 'update'; scheduleId: number; input: ScheduleInput }
	| { op: 'remove'; scheduleId: number };

export type ScheduleChangeResult =
	{ ok: true } | { ok: false; reason: 'not_found' | 'conflict'; version?: number };

/**
 * Adds, changes or removes one schedule of an activity. The activity's version is checked
 * and bumped (a schedule edit is an edit of the activity), the change is audited as
 * `schedule:<id>` with the old and new times, and public pages are refreshed. Changing a
 * schedule keeps its row, so cancelled occurrences stay cancelled; removing it removes them.
 */
export async function changeSchedule(
	user: AuthUser,
	activityId: number,
	version: number,
	change: ScheduleChange
): Promise<ScheduleChangeResult> {
	const result = await inTransaction(db, async () => {
		const owner = await db
			.select({ id: activity.id, version: activity.version })
			.from(activity)
			.where(and(eq(activity.id, activityId), eq(activity.municipalityId, user.municipalityId)))
			.get();
		if (!owner) return { ok: false as const, reason: 'not_found' as const };
		const before =
			change.op === 'add'
				? null
				: await db
						.select()
						.from(activitySchedule)
						.where(
							and(
								eq(activitySchedule.id, change.scheduleId),
								eq(activitySchedule.activityId, activityId)
							)
						)
						.get();
		if (change.op !== 'add' && !before) return { ok: false as const, reason: 'not_found' as const };
		const bumped = await db
			.update(activity)
			.set({ version: sql`${activity.version} + 1`, updatedAt: new Date().toISOString() })
			.where(and(eq(activity.id, activityId), eq(activity.version, version)))
			.run();
		if (bumped.changes !== 1)
			return { ok: false as const, reason: 'conflict' as const, version: owner.version };

		let scheduleId: number;
		if (change.op === 'add') {
			scheduleId = (
				await db
					.insert(activitySchedule)
					.values({ activityId, ...change.input })
					.returning({ id: activitySchedule.id })
					.get()
			).id;
		} else if (change.op === 'update') {
			scheduleId = change.scheduleId;
			await db
				.update(activitySchedule)
				.set(change.input)
				.where(eq(activitySchedule.id, scheduleId))
				.run();
		} else {
			scheduleId = change.scheduleId;
			await db.delete(activitySchedule).where(eq(activitySchedule.id, scheduleId)).run();
		}
		await recordChange({
			actorId: user.id,
			municipalityId: user.municipalityId,
			entity: 'activity',
			entityId: String(activityId),
			action: `schedule_${change.op}`,
			changes: {
				[`schedule:${scheduleId}`]: {
					old: before ? describeSchedule(before) : null,
					new: change.op === 'remove' ? null : describeSchedule(change.input)
				}
			}
		});
		return { ok: true as const };
	});
	if (result.ok) invalidatePublicPages();
	return result;
}

/**
 * Deletes an activity with its texts, times and cancellations (they cascade). The RPDE feed
 * keeps a tombstone so open-data readers learn it is gone, and the audit log keeps its name.
 */
export async function deleteActivity(user: AuthUser, id: number): Promise<boolean> {
	const current = await getActivityForEdit(user, id);
	if (!current) return false;
	await inTransaction(db, async () => {
		await db.delete(activity).where(eq(activity.id, id)).run();
		await recordActivityDeletion(user.municipalityId, id);
		await recordChange({
			actorId: user.id,
			municipalityId: user.municipalityId,
			entity: 'activity',
			entityId: String(id),
			action: 'delete',
			changes: {
				name: { old: current.edit.name, new: null },
				slug: { old: current.slug, new: null }
			}
		});
	});
	invalidatePublicPages();
	return true;
}
