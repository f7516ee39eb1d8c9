import { and, asc, count, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { inTransaction, type Executor, type Transaction } from '$lib/server/db/client';
import {
	location,
	locationTranslation,
	phone,
	phoneTranslation,
	service,
	serviceAtLocation
} from '$lib/server/db/schema';
import {
	changedFields,
	createdFields,
	recordChange,
	type AuditChanges
} from '$lib/server/audit/log';
import { invalidatePublicPages } from '$lib/server/page-cache';
import type { AuthUser } from '$lib/server/auth/guard';
import { slugify, uniqueSlug } from '$lib/server/slug';

/**
 * A service's locations and phones, edited one row at a time from the service page.
 *
 * Every change bumps the service's `version` and is refused when the page was rendered from
 * an older version, the same optimistic lock the main service form uses: two people editing
 * the same service never silently overwrite each other. Changes land in the audit log under
 * the service, with field names like `location.12.address`.
 */

export type LocationEdit = {
	name: string;
	address: string | null;
	postalCode: string | null;
	city: string | null;
	latitude: number | null;
	longitude: number | null;
	accessibility: string | null;
	directions: string | null;
};

export type PhoneEdit = {
	number: string;
	type: 'voice' | 'text';
	description: string | null;
};

export type PartResult = { ok: true } | { ok: false; reason: 'conflict' | 'not_found' };

export function listServiceLocations(serviceId: number, tx: Executor = db) {
	const rows = tx
		.select({ location, name: locationTranslation.name, texts: locationTranslation })
		.from(serviceAtLocation)
		.innerJoin(location, eq(location.id, serviceAtLocation.locationId))
		.leftJoin(
			locationTranslation,
			and(eq(locationTranslation.locationId, location.id), eq(locationTranslation.lang, 'nb'))
		)
		.where(eq(serviceAtLocation.serviceId, serviceId))
		.orderBy(asc(serviceAtLocation.id))
		.all();
	if (rows.length === 0) return [];
	const shared = tx
		.select({ locationId: serviceAtLocation.locationId, others: count() })
		.from(serviceAtLocation)
		.where(
			and(
				inArray(
					serviceAtLocation.locationId,
					rows.map((r) => r.location.id)
				),
				ne(serviceAtLocation.serviceId, serviceId)
			)
		)
		.groupBy(serviceAtLocation.locationId)
		.all();
	return rows.map(({ location: l, texts }) => ({
		id: l.id,
		/** Null for a national place: shared, so a municipality's staff never edit it. */
		municipalityId: l.municipalityId,
		/** How many other services use this place: an edit changes it for them too. */
		otherServices: shared.find((s) => s.locationId === l.id)?.others ?? 0,
		edit: {
			name: texts?.name ?? '',
			address: l.address,
			postalCode: l.postalCode,
			city: l.city,
			latitude: l.latitude,
			longitude: l.longitude,
			accessibility: texts?.accessibility ?? null,
			directions: texts?.directions ?? null
		} satisfies LocationEdit
	}));
}

export function listServicePhones(serviceId: number, tx: Executor = db) {
	const rows = tx
		.select({ phone, description: phoneTranslation.description })
		.from(phone)
		.leftJoin(
			phoneTranslation,
			and(eq(phoneTranslation.phoneId, phone.id), eq(phoneTranslation.lang, 'nb'))
		)
		.where(eq(phone.serviceId, serviceId))
		.orderBy(asc(phone.sortOrder), asc(phone.id))
		.all();
	return rows.map((r) => ({
		id: r.phone.id,
		edit: {
			number: r.phone.number,
			type: r.phone.type,
			description: r.description ?? null
		} satisfies PhoneEdit
	}));
}

/**
 * Inside a transaction: bumps the service's version if it is still `version` and belongs to
 * the person's municipality. False means someone saved in between (or it is not theirs).
 */
function claimService(tx: Transaction, user: AuthUser, serviceId: number, version: number) {
	const bumped = tx
		.update(service)
		.set({ version: sql`${service.version} + 1`, updatedAt: new Date().toISOString() })
		.where(
			and(
				eq(service.id, serviceId),
				eq(service.municipalityId, user.municipalityId),
				eq(service.version, version)
			)
		)
		.run();
	return bumped.changes === 1;
}

function ownsService(user: AuthUser, serviceId: number): boolean {
	const row = db
		.select({ id: service.id })
		.from(service)
		.where(and(eq(service.id, serviceId), eq(service.municipalityId, user.municipalityId)))
		.get();
	return Boolean(row);
}

function prefixed(prefix: string, changes: AuditChanges): AuditChanges {
	return Object.fromEntries(Object.entries(changes).map(([k, c]) => [`${prefix}.${k}`, c]));
}

function audit(tx: Transaction, user: AuthUser, serviceId: number, changes: AuditChanges) {
	recordChange(tx, {
		actorId: user.id,
		municipalityId: user.municipalityId,
		entity: 'service',
		entityId: String(serviceId),
		action: 'update',
		changes
	});
}

/**
 * Runs `change` under the service's optimistic lock, in one transaction with the version
 * bump and the audit entry, then empties the public page cache.
 */
function changeService(
	user: AuthUser,
	serviceId: number,
	version: number,
	change: (tx: Transaction) => boolean
): PartResult {
	if (!ownsService(user, serviceId)) return { ok: false, reason: 'not_found' };
	let result: PartResult;
	try {
		result = inTransaction(db, (tx): PartResult => {
			if (!claimService(tx, user, serviceId, version)) return { ok: false, reason: 'conflict' };
			// The row is not this service's: throwing undoes the version bump with the rest.
			if (!change(tx)) throw new PartNotFound();
			return { ok: true };
		});
	} catch (error) {
		if (!(error instanceof PartNotFound)) throw error;
		result = { ok: false, reason: 'not_found' };
	}
	if (result.ok) invalidatePublicPages({ services: [serviceId], activities: [] });
	return result;
}

class PartNotFound extends Error {}

function writeLocationTexts(tx: Transaction, locationId: number, input: LocationEdit) {
	const texts = {
		name: input.name,
		accessibility: input.accessibility,
		directions: input.directions
	};
	tx.insert(locationTranslation)
		.values({ locationId, lang: 'nb', ...texts })
		.onConflictDoUpdate({
			target: [locationTranslation.locationId, locationTranslation.lang],
			set: texts
		})
		.run();
}

function locationColumns(input: LocationEdit) {
	return {
		address: input.address,
		postalCode: input.postalCode,
		city: input.city,
		latitude: input.latitude,
		longitude: input.longitude
	};
}

export function addLocation(
	user: AuthUser,
	serviceId: number,
	version: number,
	input: LocationEdit
): PartResult {
	return changeService(user, serviceId, version, (tx) => {
		const slug = uniqueSlug(slugify(input.name, 'sted'), (candidate) =>
			Boolean(
				tx
					.select({ id: location.id })
					.from(location)
					.where(
						and(
							eq(location.slug, candidate),
							or(eq(location.municipalityId, user.municipalityId), isNull(location.municipalityId))
						)
					)
					.get()
			)
		);
		const created = tx
			.insert(location)
			.values({
				municipalityId: user.municipalityId,
				slug,
				locationType: 'physical',
				...locationColumns(input)
			})
			.returning({ id: location.id })
			.get();
		writeLocationTexts(tx, created.id, input);
		tx.insert(serviceAtLocation).values({ serviceId, locationId: created.id }).run();
		audit(tx, user, serviceId, prefixed(`location.${created.id}`, createdFields(input)));
		return true;
	});
}

/** The place, if it is this service's and the person's municipality's own (issue 14). */
function locationOfService(tx: Transaction, user: AuthUser, serviceId: number, locationId: number) {
	return (
		listServiceLocations(serviceId, tx).find(
			(l) => l.id === locationId && l.municipalityId === user.municipalityId
		) ?? null
	);
}

export function saveLocation(
	user: AuthUser,
	serviceId: number,
	locationId: number,
	version: number,
	input: LocationEdit
): PartResult {
	return changeService(user, serviceId, version, (tx) => {
		const before = locationOfService(tx, user, serviceId, locationId);
		if (!before) return false;
		tx.update(location).set(locationColumns(input)).where(eq(location.id, locationId)).run();
		writeLocationTexts(tx, locationId, input);
		audit(
			tx,
			user,
			serviceId,
			prefixed(`location.${locationId}`, changedFields(before.edit, input))
		);
		return true;
	});
}

/**
 * Takes the place off this service. The place itself is deleted only when no other service
 * uses it; otherwise it stays for them.
 */
export function removeLocation(
	user: AuthUser,
	serviceId: number,
	locationId: number,
	version: number
): PartResult {
	return changeService(user, serviceId, version, (tx) => {
		const before = locationOfService(tx, user, serviceId, locationId);
		if (!before) return false;
		tx.delete(serviceAtLocation)
			.where(
				and(
					eq(serviceAtLocation.serviceId, serviceId),
					eq(serviceAtLocation.locationId, locationId)
				)
			)
			.run();
		if (before.otherServices === 0) tx.delete(location).where(eq(location.id, locationId)).run();
		audit(
			tx,
			user,
			serviceId,
			prefixed(`location.${locationId}`, { name: { old: before.edit.name, new: null } })
		);
		return true;
	});
}

function writePhoneDescription(tx: Transaction, phoneId: number, description: string | null) {
	if (description === null) {
		tx.delete(phoneTranslation)
			.where(and(eq(phoneTranslation.phoneId, phoneId), eq(phoneTranslation.lang, 'nb')))
			.run();
		return;
	}
	tx.insert(phoneTranslation)
		.values({ phoneId, lang: 'nb', description })
		.onConflictDoUpdate({
			target: [phoneTranslation.phoneId, phoneTranslation.lang],
			set: { description }
		})
		.run();
}

export function addPhone(
	user: AuthUser,
	serviceId: number,
	version: number,
	input: PhoneEdit
): PartResult {
	return changeService(user, serviceId, version, (tx) => {
		const last = tx
			.select({ max: sql<number>`coalesce(max(${phone.sortOrder}), -1)` })
			.from(phone)
			.where(eq(phone.serviceId, serviceId))
			.get();
		const created = tx
			.insert(phone)
			.values({
				serviceId,
				number: input.number,
				type: input.type,
				sortOrder: (last?.max ?? -1) + 1
			})
			.returning({ id: phone.id })
			.get();
		writePhoneDescription(tx, created.id, input.description);
		audit(tx, user, serviceId, prefixed(`phone.${created.id}`, createdFields(input)));
		return true;
	});
}

function phoneOfService(tx: Transaction, serviceId: number, phoneId: number) {
	return listServicePhones(serviceId, tx).find((p) => p.id === phoneId) ?? null;
}

export function savePhone(
	user: AuthUser,
	serviceId: number,
	phoneId: number,
	version: number,
	input: PhoneEdit
): PartResult {
	return changeService(user, serviceId, version, (tx) => {
		const before = phoneOfService(tx, serviceId, phoneId);
		if (!before) return false;
		tx.update(phone)
			.set({ number: input.number, type: input.type })
			.where(eq(phone.id, phoneId))
			.run();
		writePhoneDescription(tx, phoneId, input.description);
		audit(tx, user, serviceId, prefixed(`phone.${phoneId}`, changedFields(before.edit, input)));
		return true;
	});
}

export function removePhone(
	user: AuthUser,
	serviceId: number,
	phoneId: number,
	version: number
): PartResult {
	return changeService(user, serviceId, version, (tx) => {
		const before = phoneOfService(tx, serviceId, phoneId);
		if (!before) return false;
		tx.delete(phone).where(eq(phone.id, phoneId)).run();
		audit(
			tx,
			user,
			serviceId,
			prefixed(`phone.${phoneId}`, { number: { old: before.edit.number, new: null } })
		);
		return true;
	});
}
