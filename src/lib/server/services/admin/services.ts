import { and, asc, count, eq, isNull, or, sql } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { inTransaction, type Transaction } from '$lib/server/db/client';
import {
	organization,
	schedule,
	scheduleException,
	service,
	serviceTaxonomy,
	serviceTranslation,
	taxonomyTerm
} from '$lib/server/db/schema';
import { changedFields, createdFields, recordChange } from '$lib/server/audit/log';
import { invalidatePublicPages } from '$lib/server/page-cache';
import { updateServiceSearchIndex } from '$lib/server/services/search-index';
import type { AuthUser } from '$lib/server/auth/guard';
import { markTranslationSaved } from '$lib/server/translations';
import { slugify, uniqueSlug } from '$lib/server/slug';
import { osloToday } from '$lib/server/time';
import { staffListQuery, staffPage } from '$lib/server/paging';
import { containsWords } from '$lib/server/services/search-sql';
import { storedContactFacts } from './contact-facts-form';

/** A weekly opening rule as staff edit it (HSDS schedule: RFC 5545 days, Oslo wall-clock). */
export type WeeklyHours = {
	kind: 'open' | 'drop_in';
	byday: string;
	opensAt: string;
	closesAt: string;
};

export const writtenDownChoices = ['nothing', 'notes', 'record'] as const;
export const whoIsToldChoices = ['only_danger', 'health', 'parents_involved'] as const;

/**
 * What staff edit on the service page. `alert` and `whoAnswers` are nb texts (the other
 * languages in the translation editor); the rest are the issue 12 values the public page
 * words itself: dates as YYYY-MM-DD, null for "not known".
 */
export type ServiceEdit = {
	organizationId: number;
	name: string;
	summary: string;
	description: string;
	status: 'active' | 'inactive';
	minAge: number | null;
	maxAge: number | null;
	isFree: boolean;
	dropIn: boolean;
	canBeAnonymous: boolean;
	referralRequired: boolean;
	website: string | null;
	email: string | null;
	chatUrl: string | null;
	hours: WeeklyHours[];
	closedDays: string[];
	topics: string[];
	alert: string | null;
	alertFrom: string | null;
	alertTo: string | null;
	replyMinutes: number | null;
	waitDays: number | null;
	timesConfirmedOn: string | null;
	whoAnswers: string | null;
	writtenDown: (typeof writtenDownChoices)[number] | null;
	whoIsTold: (typeof whoIsToldChoices)[number] | null;
	ownDecisionAge: number | null;
	bringFriend: boolean | null;
	interpreter: boolean | null;
};

/**
 * One page of the municipality's services for staff, by nb name, optionally only those whose
 * name holds every word of `q`: a municipality at scale has thousands, and the list read
 * and rendered all of them on every visit.
 */
export async function listServicesForStaff(municipalityId: number, url: URL) {
	const query = staffListQuery(url);
	const where = and(
		eq(service.municipalityId, municipalityId),
		...containsWords(serviceTranslation.name, query.search)
	);
	const nbName = and(
		eq(serviceTranslation.serviceId, service.id),
		eq(serviceTranslation.lang, 'nb')
	);
	return staffPage(
		'/admin/tjenester',
		url,
		query,
		() =>
			db
				.select({ n: count() })
				.from(service)
				.innerJoin(serviceTranslation, nbName)
				.where(where)
				.get()?.n ?? 0,
		(limit, offset) =>
			db
				.select({
					id: service.id,
					slug: service.slug,
					status: service.status,
					assuredDate: service.assuredDate,
					name: serviceTranslation.name,
					/** An unpublished organisation hides its services from the public, published or not. */
					organizationActive: sql<boolean>`coalesce(${organization.status} = 'active', 1)`.mapWith(
						Boolean
					)
				})
				.from(service)
				.innerJoin(serviceTranslation, nbName)
				.leftJoin(organization, eq(organization.id, service.organizationId))
				.where(where)
				.orderBy(asc(serviceTranslation.name), asc(service.id))
				.limit(limit)
				.offset(offset)
				.all()
	);
}

export async function listTopics() {
	return db
		.select({ code: taxonomyTerm.code, name: taxonomyTerm.name })
		.from(taxonomyTerm)
		.orderBy(asc(taxonomyTerm.name))
		.all();
}

/** The service as its edit form shows it, or null when it is not this municipality's. */
export async function getServiceForEdit(user: AuthUser, id: number) {
	const row = await db
		.select()
		.from(service)
		.where(and(eq(service.id, id), eq(service.municipalityId, user.municipalityId)))
		.get();
	if (!row) return null;
	const nb = await db
		.select()
		.from(serviceTranslation)
		.where(and(eq(serviceTranslation.serviceId, id), eq(serviceTranslation.lang, 'nb')))
		.get();
	const hours = await db
		.select()
		.from(schedule)
		.where(eq(schedule.serviceId, id))
		.orderBy(asc(schedule.id))
		.all();
	const closed = await db
		.select()
		.from(scheduleException)
		.where(and(eq(scheduleException.serviceId, id), isNull(scheduleException.opensAt)))
		.orderBy(asc(scheduleException.date))
		.all();
	const topics = await db
		.select({ code: taxonomyTerm.code })
		.from(serviceTaxonomy)
		.innerJoin(taxonomyTerm, eq(taxonomyTerm.id, serviceTaxonomy.taxonomyTermId))
		.where(eq(serviceTaxonomy.serviceId, id))
		.all();
	const edit: ServiceEdit = {
		organizationId: row.organizationId,
		name: nb?.name ?? '',
		summary: nb?.summary ?? '',
		description: nb?.description ?? '',
		status: row.status === 'active' ? 'active' : 'inactive',
		minAge: row.minAge,
		maxAge: row.maxAge,
		isFree: row.isFree,
		dropIn: row.dropIn,
		canBeAnonymous: row.canBeAnonymous,
		referralRequired: row.referralRequired,
		website: row.website,
		email: row.email,
		chatUrl: row.chatUrl,
		hours: hours.map((h) => ({
			kind: h.kind,
			byday: h.byday,
			opensAt: h.opensAt,
			closesAt: h.closesAt
		})),
		closedDays: closed.map((c) => c.date),
		topics: topics.map((t) => t.code).sort(),
		alert: nb?.alert ?? null,
		...storedContactFacts(row, nb)
	};
	return { id: row.id, slug: row.slug, version: row.version, assuredDate: row.assuredDate, edit };
}

/** Whether a service of this person's municipality may belong to the organization. */
export async function organizationAllowed(user: AuthUser, organizationId: number) {
	const row = await db
		.select({ id: organization.id })
		.from(organization)
		.where(
			and(
				eq(organization.id, organizationId),
				or(
					eq(organization.municipalityId, user.municipalityId),
					isNull(organization.municipalityId)
				)
			)
		)
		.get();
	return Boolean(row);
}

export type NewService = { name: string; organizationId: number };

/**
 * Creates a service as an unpublished draft with only its nb name: the rest is filled in on
 * its edit page, and it goes public when someone sets it to published there.
 */
export function createService(user: AuthUser, input: NewService): number {
	return inTransaction(db, (tx) => {
		const slug = uniqueSlug(slugify(input.name, 'tjeneste'), (candidate) =>
			Boolean(
				tx
					.select({ id: service.id })
					.from(service)
					.where(
						and(
							eq(service.slug, candidate),
							or(eq(service.municipalityId, user.municipalityId), isNull(service.municipalityId))
						)
					)
					.get()
			)
		);
		const created = tx
			.insert(service)
			.values({
				municipalityId: user.municipalityId,
				organizationId: input.organizationId,
				slug,
				status: 'inactive'
			})
			.returning({ id: service.id })
			.get();
		tx.insert(serviceTranslation)
			.values({ serviceId: created.id, lang: 'nb', name: input.name, summary: '', description: '' })
			.run();
		markTranslationSaved(tx, 'service', created.id, 'nb');
		recordChange(tx, {
			actorId: user.id,
			municipalityId: user.municipalityId,
			entity: 'service',
			entityId: String(created.id),
			action: 'create',
			changes: createdFields({ ...input, slug, status: 'inactive' })
		});
		return created.id;
	});
}

export type SaveResult = { ok: true } | { ok: false; reason: 'conflict' | 'not_found' };

/**
 * Saves the whole form in one transaction, only if nobody saved since `version` was read
 * (optimistic locking): a later save never silently overwrites an earlier one.
 */
export async function saveService(
	user: AuthUser,
	id: number,
	version: number,
	input: ServiceEdit,
	today: string = osloToday()
): Promise<SaveResult> {
	const current = await getServiceForEdit(user, id);
	if (!current) return { ok: false, reason: 'not_found' };
	const before = current.edit;
	const result = inTransaction(db, (tx): SaveResult => {
		const bumped = tx
			.update(service)
			.set({
				organizationId: input.organizationId,
				status: input.status,
				minAge: input.minAge,
				maxAge: input.maxAge,
				isFree: input.isFree,
				dropIn: input.dropIn,
				canBeAnonymous: input.canBeAnonymous,
				referralRequired: input.referralRequired,
				website: input.website,
				email: input.email,
				chatUrl: input.chatUrl,
				alertFrom: input.alertFrom,
				alertTo: input.alertTo,
				replyMinutes: input.replyMinutes,
				waitDays: input.waitDays,
				timesConfirmedOn: input.timesConfirmedOn,
				writtenDown: input.writtenDown,
				whoIsTold: input.whoIsTold,
				ownDecisionAge: input.ownDecisionAge,
				bringFriend: input.bringFriend,
				interpreter: input.interpreter,
				assuredDate: today,
				version: sql`${service.version} + 1`,
				updatedAt: new Date().toISOString()
			})
			.where(and(eq(service.id, id), eq(service.version, version)))
			.run();
		if (bumped.changes !== 1) return { ok: false, reason: 'conflict' };

		const nbTexts = {
			name: input.name,
			summary: input.summary,
			description: input.description,
			alert: input.alert,
			whoAnswers: input.whoAnswers
		};
		tx.insert(serviceTranslation)
			.values({ serviceId: id, lang: 'nb', ...nbTexts })
			.onConflictDoUpdate({
				target: [serviceTranslation.serviceId, serviceTranslation.lang],
				set: nbTexts
			})
			.run();
		if ((Object.keys(nbTexts) as (keyof typeof nbTexts)[]).some((k) => before[k] !== input[k]))
			markTranslationSaved(tx, 'service', id, 'nb');
		// A notice taken down in nb is taken down in every language, or an old translation of
		// it would go on showing to those who read another language.
		if (input.alert === null && before.alert !== null)
			tx.update(serviceTranslation)
				.set({ alert: null })
				.where(eq(serviceTranslation.serviceId, id))
				.run();

		writeHours(tx, id, input);
		writeTopics(tx, id, input.topics);

		recordChange(tx, {
			actorId: user.id,
			municipalityId: user.municipalityId,
			entity: 'service',
			entityId: String(id),
			action:
				before.status !== input.status
					? input.status === 'active'
						? 'publish'
						: 'unpublish'
					: 'update',
			changes: changedFields(before as unknown as Record<string, unknown>, input)
		});
		updateServiceSearchIndex(tx, [id]);
		return { ok: true };
	});
	if (result.ok) invalidatePublicPages({ services: [id], activities: [] });
	return result;
}

/** The weekly hours and closed days are replaced as a whole, as the form shows them. */
function writeHours(tx: Transaction, id: number, input: ServiceEdit): void {
	tx.delete(schedule).where(eq(schedule.serviceId, id)).run();
	if (input.hours.length > 0)
		tx.insert(schedule)
			.values(input.hours.map((h) => ({ serviceId: id, ...h })))
			.run();
	tx.delete(scheduleException)
		.where(and(eq(scheduleException.serviceId, id), isNull(scheduleException.opensAt)))
		.run();
	if (input.closedDays.length > 0)
		tx.insert(scheduleException)
			.values(input.closedDays.map((date) => ({ serviceId: id, date })))
			.onConflictDoNothing()
			.run();
}

/** The form has no "primary topic" field: a topic that stays keeps its primary mark. */
function writeTopics(tx: Transaction, id: number, topics: readonly string[]): void {
	const primary = new Set(
		tx
			.select({ termId: serviceTaxonomy.taxonomyTermId })
			.from(serviceTaxonomy)
			.where(and(eq(serviceTaxonomy.serviceId, id), eq(serviceTaxonomy.isPrimary, true)))
			.all()
			.map((row) => row.termId)
	);
	tx.delete(serviceTaxonomy).where(eq(serviceTaxonomy.serviceId, id)).run();
	for (const code of topics) {
		const term = tx.select().from(taxonomyTerm).where(eq(taxonomyTerm.code, code)).get();
		if (term)
			tx.insert(serviceTaxonomy)
				.values({ serviceId: id, taxonomyTermId: term.id, isPrimary: primary.has(term.id) })
				.run();
	}
}

export async function deleteService(user: AuthUser, id: number): Promise<boolean> {
	const current = await getServiceForEdit(user, id);
	if (!current) return false;
	inTransaction(db, (tx) => {
		tx.delete(service).where(eq(service.id, id)).run();
		recordChange(tx, {
			actorId: user.id,
			municipalityId: user.municipalityId,
			entity: 'service',
			entityId: String(id),
			action: 'delete',
			changes: {
				name: { old: current.edit.name, new: null },
				slug: { old: current.slug, new: null }
			}
		});
		updateServiceSearchIndex(tx, [id]);
	});
	invalidatePublicPages({ services: [id], activities: [] });
	return true;
}
