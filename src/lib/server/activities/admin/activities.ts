import { and, asc, count, eq, sql } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { inTransaction, type Executor } from '$lib/server/db/client';
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
import { recordActivityDeletion } from '$lib/server/activities/feed';
import { changedFields, recordChange, type AuditChanges } from '$lib/server/audit/log';
import type { AuthUser } from '$lib/server/auth/guard';
import { invalidatePublicPages } from '$lib/server/page-cache';
import { slugify, uniqueSlug } from '$lib/server/slug';
import { osloToday } from '$lib/server/time';
import { staffListQuery, staffPage } from '$lib/server/paging';
import { containsWords } from '$lib/server/services/search-sql';
import { markTranslationSaved } from '$lib/server/translations';
import { describeSchedule, type ScheduleInput } from './schedule-form';

export type ActivityEdit = {
	name: string;
	description: string;
	published: boolean;
	ageMin: number;
	ageMax: number;
	isFree: boolean;
	dropIn: boolean;
};

/** One page of the municipality's activities for staff, as listServicesForStaff. */
export async function listActivitiesForStaff(municipalityId: number, url: URL) {
	const query = staffListQuery(url);
	const where = and(
		eq(activity.municipalityId, municipalityId),
		...containsWords(activityTranslation.name, query.search)
	);
	const nbName = and(
		eq(activityTranslation.activityId, activity.id),
		eq(activityTranslation.lang, 'nb')
	);
	return staffPage(
		'/admin/aktiviteter',
		url,
		query,
		() =>
			db
				.select({ n: count() })
				.from(activity)
				.innerJoin(activityTranslation, nbName)
				.where(where)
				.get()?.n ?? 0,
		(limit, offset) =>
			db
				.select({ id: activity.id, name: activityTranslation.name, published: activity.published })
				.from(activity)
				.innerJoin(activityTranslation, nbName)
				.where(where)
				.orderBy(asc(activityTranslation.name), asc(activity.id))
				.limit(limit)
				.offset(offset)
				.all()
	);
}

export function getActivityForEdit(user: AuthUser, id: number) {
	return readActivityForEdit(db, user.municipalityId, id);
}

/**
 * The activity as its edit page shows it, or null when it is not the municipality's.
 * Synchronous, so a save can read the "before" it audits inside its own transaction.
 */
function readActivityForEdit(ex: Executor, municipalityId: number, id: number) {
	const row = ex
		.select()
		.from(activity)
		.where(and(eq(activity.id, id), eq(activity.municipalityId, municipalityId)))
		.get();
	if (!row) return null;
	const nb = ex
		.select()
		.from(activityTranslation)
		.where(and(eq(activityTranslation.activityId, id), eq(activityTranslation.lang, 'nb')))
		.get();
	const schedules = ex
		.select()
		.from(activitySchedule)
		.where(eq(activitySchedule.activityId, id))
		.orderBy(asc(activitySchedule.id))
		.all();
	const cancellations = ex
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
		kind: row.kind,
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

export function saveActivity(
	user: AuthUser,
	id: number,
	version: number,
	input: ActivityEdit
):
	| { ok: true }
	| { ok: false; reason: 'not_found' }
	| { ok: false; reason: 'conflict'; version: number } {
	const result = inTransaction(db, (tx) => {
		const current = readActivityForEdit(tx, user.municipalityId, id);
		if (!current) return { ok: false as const, reason: 'not_found' as const };
		const bumped = tx
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
		if (bumped.changes !== 1)
			return { ok: false as const, reason: 'conflict' as const, version: current.version };
		tx.insert(activityTranslation)
			.values({ activityId: id, lang: 'nb', name: input.name, description: input.description })
			.onConflictDoUpdate({
				target: [activityTranslation.activityId, activityTranslation.lang],
				set: { name: input.name, description: input.description }
			})
			.run();
		if (current.edit.name !== input.name || current.edit.description !== input.description)
			markTranslationSaved(tx, 'activity', id, 'nb');
		const before = current.edit;
		recordChange(tx, {
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
	if (result.ok) invalidatePublicPages({ services: [], activities: [id] });
	return result;
}

/** Cancels one occurrence (a date of one schedule), with a reason shown to young people. */
export function cancelOccurrence(
	user: AuthUser,
	activityId: number,
	scheduleId: number,
	date: string,
	reason: string
): boolean {
	return changeOccurrence(user, activityId, scheduleId, {
		action: 'cancel_occurrence',
		changes: { [`cancelled:${date}`]: { old: null, new: reason } },
		write: (tx) =>
			tx
				.insert(activityCancellation)
				.values({ scheduleId, date, reason: { nb: reason } })
				.onConflictDoUpdate({
					target: [activityCancellation.scheduleId, activityCancellation.date],
					set: { reason: { nb: reason } }
				})
				.run()
	});
}

export function restoreOccurrence(
	user: AuthUser,
	activityId: number,
	scheduleId: number,
	date: string
): boolean {
	return changeOccurrence(user, activityId, scheduleId, {
		action: 'restore_occurrence',
		changes: { [`cancelled:${date}`]: { old: true, new: null } },
		write: (tx) =>
			tx
				.delete(activityCancellation)
				.where(
					and(eq(activityCancellation.scheduleId, scheduleId), eq(activityCancellation.date, date))
				)
				.run()
	});
}

/**
 * One session's cancellation changes: only on a schedule of the municipality's activity,
 * audited, and with the activity's updatedAt bumped, since the open-data feed orders by it
 * (a cancelled or restored session is a change). The version stays: no form is stale.
 */
function changeOccurrence(
	user: AuthUser,
	activityId: number,
	scheduleId: number,
	change: { action: string; changes: AuditChanges; write: (tx: Executor) => void }
): boolean {
	const done = inTransaction(db, (tx) => {
		if (!hasSchedule(tx, user.municipalityId, activityId, scheduleId)) return false;
		change.write(tx);
		tx.update(activity)
			.set({ updatedAt: new Date().toISOString() })
			.where(eq(activity.id, activityId))
			.run();
		recordChange(tx, {
			actorId: user.id,
			municipalityId: user.municipalityId,
			entity: 'activity',
			entityId: String(activityId),
			action: change.action,
			changes: change.changes
		});
		return true;
	});
	if (done) invalidatePublicPages({ services: [], activities: [activityId] });
	return done;
}

/** Whether `scheduleId` is a time of this municipality's activity `activityId`. */
function hasSchedule(
	tx: Executor,
	municipalityId: number,
	activityId: number,
	scheduleId: number
): boolean {
	const row = tx
		.select({ id: activitySchedule.id })
		.from(activitySchedule)
		.innerJoin(activity, eq(activity.id, activitySchedule.activityId))
		.where(
			and(
				eq(activitySchedule.id, scheduleId),
				eq(activity.id, activityId),
				eq(activity.municipalityId, municipalityId)
			)
		)
		.get();
	return row !== undefined;
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

/**
 * Creates an activity as an unpublished draft with the fewest facts the catalog needs
 * (title, kind, type and so category, organiser, place, ages). Everything else is filled in
 * on its edit page before it is published.
 */
export function createActivity(
	user: AuthUser,
	input: NewActivity,
	now: Date = new Date()
): { ok: true; id: number } | { ok: false; reason: 'organizer' | 'location' } {
	const result = inTransaction(db, (tx) => {
		const organizer = tx
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
		const place = tx
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

		const taken = new Set(
			tx
				.select({ slug: activity.slug })
				.from(activity)
				.where(eq(activity.municipalityId, user.municipalityId))
				.all()
				.map((r) => r.slug)
		);
		// Unique within the transaction that inserts it, and never a word the routes own.
		const slug = uniqueSlug(
			slugify(input.name, 'aktivitet'),
			(candidate) => taken.has(candidate) || reservedSlugs.has(candidate)
		);

		const created = tx
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
				lastCheckedAt: osloToday(now),
				published: false
			})
			.returning({ id: activity.id })
			.get();
		tx.insert(activityTranslation)
			.values({ activityId: created.id, lang: 'nb', name: input.name, description: '' })
			.run();
		markTranslationSaved(tx, 'activity', created.id, 'nb', now.getTime());
		recordChange(tx, {
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
	if (result.ok) invalidatePublicPages({ services: [], activities: [result.id] });
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
export function changeSchedule(
	user: AuthUser,
	activityId: number,
	version: number,
	change: ScheduleChange
): ScheduleChangeResult {
	const result = inTransaction(db, (tx) => {
		const owner = tx
			.select({ id: activity.id, version: activity.version })
			.from(activity)
			.where(and(eq(activity.id, activityId), eq(activity.municipalityId, user.municipalityId)))
			.get();
		if (!owner) return { ok: false as const, reason: 'not_found' as const };
		const before =
			change.op === 'add'
				? null
				: tx
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
		const bumped = tx
			.update(activity)
			.set({ version: sql`${activity.version} + 1`, updatedAt: new Date().toISOString() })
			.where(and(eq(activity.id, activityId), eq(activity.version, version)))
			.run();
		if (bumped.changes !== 1)
			return { ok: false as const, reason: 'conflict' as const, version: owner.version };

		let scheduleId: number;
		if (change.op === 'add') {
			scheduleId = tx
				.insert(activitySchedule)
				.values({ activityId, ...change.input })
				.returning({ id: activitySchedule.id })
				.get().id;
		} else if (change.op === 'update') {
			scheduleId = change.scheduleId;
			tx.update(activitySchedule)
				.set(change.input)
				.where(eq(activitySchedule.id, scheduleId))
				.run();
		} else {
			scheduleId = change.scheduleId;
			tx.delete(activitySchedule).where(eq(activitySchedule.id, scheduleId)).run();
		}
		recordChange(tx, {
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
	if (result.ok) invalidatePublicPages({ services: [], activities: [activityId] });
	return result;
}

/**
 * Deletes an activity with its texts, times and cancellations (they cascade). The RPDE feed
 * keeps a tombstone so open-data readers learn it is gone, and the audit log keeps its name.
 */
export function deleteActivity(user: AuthUser, id: number): boolean {
	const deleted = inTransaction(db, (tx) => {
		const current = readActivityForEdit(tx, user.municipalityId, id);
		if (!current) return false;
		tx.delete(activity).where(eq(activity.id, id)).run();
		recordActivityDeletion(tx, user.municipalityId, id, current.kind);
		recordChange(tx, {
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
		return true;
	});
	if (deleted) invalidatePublicPages({ services: [], activities: [id] });
	return deleted;
}
