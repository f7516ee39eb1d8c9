import { and, asc, count, eq, isNull, or, sql } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { inTransaction, type Executor } from '$lib/server/db/client';
import {
	organization,
	organizationTranslation,
	service,
	serviceTranslation
} from '$lib/server/db/schema';
import { changedFields, createdFields, recordChange } from '$lib/server/audit/log';
import { invalidatePublicPages } from '$lib/server/page-cache';
import { updateServiceSearchIndex } from '$lib/server/services/search-index';
import type { AuthUser } from '$lib/server/auth/guard';
import { markTranslationSaved } from '$lib/server/translations';
import { slugify, uniqueSlug } from '$lib/server/slug';

/**
 * Organizations (HSDS organization: who runs a service) as staff manage them.
 *
 * Only the municipality's own organizations can be changed here. National ones (helplines
 * every portal shows, `municipalityId` null) are listed read-only: they are shared by every
 * municipality, so no one municipality's staff may rename or hide them.
 */

export type OrganizationEdit = {
	name: string;
	description: string | null;
	website: string | null;
	email: string | null;
	status: 'active' | 'inactive';
};

export async function listOrganizationsForStaff(municipalityId: number) {
	const services = db
		.select({ organizationId: service.organizationId, total: count().as('total') })
		.from(service)
		.where(or(eq(service.municipalityId, municipalityId), isNull(service.municipalityId)))
		.groupBy(service.organizationId)
		.as('services');
	const rows = await db
		.select({
			id: organization.id,
			municipalityId: organization.municipalityId,
			status: organization.status,
			name: organizationTranslation.name,
			services: sql<number>`coalesce(${services.total}, 0)`
		})
		.from(organization)
		.innerJoin(
			organizationTranslation,
			and(
				eq(organizationTranslation.organizationId, organization.id),
				eq(organizationTranslation.lang, 'nb')
			)
		)
		.leftJoin(services, eq(services.organizationId, organization.id))
		.where(or(eq(organization.municipalityId, municipalityId), isNull(organization.municipalityId)))
		.orderBy(asc(organizationTranslation.name))
		.all();
	return rows.map(({ municipalityId: owner, ...row }) => ({ ...row, national: owner === null }));
}

/** The organizations a new or edited service may belong to: the municipality's and national. */
export async function listOrganizationChoices(municipalityId: number) {
	return (await listOrganizationsForStaff(municipalityId)).map(({ id, name, national }) => ({
		id,
		name,
		national
	}));
}

/** The organization as its edit form shows it, or null when it is not this municipality's. */
export async function getOrganizationForEdit(user: AuthUser, id: number) {
	const row = await db
		.select()
		.from(organization)
		.where(and(eq(organization.id, id), eq(organization.municipalityId, user.municipalityId)))
		.get();
	if (!row) return null;
	const nb = await db
		.select()
		.from(organizationTranslation)
		.where(
			and(eq(organizationTranslation.organizationId, id), eq(organizationTranslation.lang, 'nb'))
		)
		.get();
	const edit: OrganizationEdit = {
		name: nb?.name ?? '',
		description: nb?.description ?? null,
		website: row.website,
		email: row.email,
		status: row.status
	};
	return { id: row.id, slug: row.slug, version: row.version, edit };
}

/** The municipality's services this organization runs, for links from its page. */
export async function listServicesOfOrganization(user: AuthUser, organizationId: number) {
	return db
		.select({ id: service.id, status: service.status, name: serviceTranslation.name })
		.from(service)
		.innerJoin(
			serviceTranslation,
			and(eq(serviceTranslation.serviceId, service.id), eq(serviceTranslation.lang, 'nb'))
		)
		.where(
			and(
				eq(service.organizationId, organizationId),
				eq(service.municipalityId, user.municipalityId)
			)
		)
		.orderBy(asc(serviceTranslation.name))
		.all();
}

function serviceCount(tx: Executor, organizationId: number): number {
	const row = tx
		.select({ total: count() })
		.from(service)
		.where(eq(service.organizationId, organizationId))
		.get();
	return row?.total ?? 0;
}

export function createOrganization(user: AuthUser, input: OrganizationEdit): number {
	return inTransaction(db, (tx) => {
		const slug = uniqueSlug(slugify(input.name, 'organisasjon'), (candidate) =>
			Boolean(
				tx
					.select({ id: organization.id })
					.from(organization)
					.where(
						and(
							eq(organization.slug, candidate),
							or(
								eq(organization.municipalityId, user.municipalityId),
								isNull(organization.municipalityId)
							)
						)
					)
					.get()
			)
		);
		const created = tx
			.insert(organization)
			.values({
				municipalityId: user.municipalityId,
				slug,
				website: input.website,
				email: input.email,
				status: input.status
			})
			.returning({ id: organization.id })
			.get();
		tx.insert(organizationTranslation)
			.values({
				organizationId: created.id,
				lang: 'nb',
				name: input.name,
				description: input.description
			})
			.run();
		markTranslationSaved(tx, 'organization', created.id, 'nb');
		recordChange(tx, {
			actorId: user.id,
			municipalityId: user.municipalityId,
			entity: 'organization',
			entityId: String(created.id),
			action: 'create',
			changes: createdFields({ ...input, slug })
		});
		return created.id;
	});
}

export type OrganizationSaveResult = { ok: true } | { ok: false; reason: 'conflict' | 'not_found' };

/** Saves only if nobody saved since `version` was read (optimistic locking). */
export async function saveOrganization(
	user: AuthUser,
	id: number,
	version: number,
	input: OrganizationEdit
): Promise<OrganizationSaveResult> {
	const current = await getOrganizationForEdit(user, id);
	if (!current) return { ok: false, reason: 'not_found' };
	const before = current.edit;
	const result = inTransaction(db, (tx): OrganizationSaveResult => {
		const bumped = tx
			.update(organization)
			.set({
				website: input.website,
				email: input.email,
				status: input.status,
				version: sql`${organization.version} + 1`
			})
			.where(
				and(
					eq(organization.id, id),
					eq(organization.municipalityId, user.municipalityId),
					eq(organization.version, version)
				)
			)
			.run();
		if (bumped.changes !== 1) return { ok: false, reason: 'conflict' };
		tx.insert(organizationTranslation)
			.values({ organizationId: id, lang: 'nb', name: input.name, description: input.description })
			.onConflictDoUpdate({
				target: [organizationTranslation.organizationId, organizationTranslation.lang],
				set: { name: input.name, description: input.description }
			})
			.run();
		if (before.name !== input.name || before.description !== input.description)
			markTranslationSaved(tx, 'organization', id, 'nb');
		recordChange(tx, {
			actorId: user.id,
			municipalityId: user.municipalityId,
			entity: 'organization',
			entityId: String(id),
			action:
				before.status !== input.status
					? input.status === 'active'
						? 'publish'
						: 'unpublish'
					: 'update',
			changes: changedFields(before, input)
		});
		// The organization's name is part of each of its services' search text.
		updateServiceSearchIndex(
			tx,
			tx
				.select({ id: service.id })
				.from(service)
				.where(eq(service.organizationId, id))
				.all()
				.map((s) => s.id)
		);
		return { ok: true };
	});
	// Its name shows on service pages, and its status hides or shows all its services.
	// Activities have organisers of their own, so their index stays.
	if (result.ok) invalidatePublicPages({ activities: [] });
	return result;
}

export type OrganizationDeleteResult =
	| { ok: true }
	| { ok: false; reason: 'not_found' }
	| { ok: false; reason: 'has_services'; services: number };

/**
 * Deletes an organization that runs no services. One that still has services is refused:
 * deleting them along with it would be too easy a mistake, so staff move or delete those
 * first. The count and the delete are one transaction, so no service can be added between.
 */
export async function deleteOrganization(
	user: AuthUser,
	id: number
): Promise<OrganizationDeleteResult> {
	const current = await getOrganizationForEdit(user, id);
	if (!current) return { ok: false, reason: 'not_found' };
	return inTransaction(db, (tx): OrganizationDeleteResult => {
		const services = serviceCount(tx, id);
		if (services > 0) return { ok: false, reason: 'has_services', services };
		tx.delete(organization).where(eq(organization.id, id)).run();
		recordChange(tx, {
			actorId: user.id,
			municipalityId: user.municipalityId,
			entity: 'organization',
			entityId: String(id),
			action: 'delete',
			changes: {
				name: { old: current.edit.name, new: null },
				slug: { old: current.slug, new: null }
			}
		});
		return { ok: true };
	});
}
