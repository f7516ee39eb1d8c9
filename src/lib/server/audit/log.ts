import { and, desc, eq, type SQL } from 'drizzle-orm';
import { db } from '$lib/server/db';
import type { Executor } from '$lib/server/db/client';
import { account, auditLog } from '$lib/server/db/schema';

export type AuditChanges = Record<string, { old: unknown; new: unknown }>;

export type AuditEntry = {
	actorId: number;
	municipalityId: number;
	entity: string;
	entityId: string;
	action: 'create' | 'update' | 'delete' | 'publish' | 'unpublish' | 'import' | 'export' | string;
	changes?: AuditChanges;
};

/**
 * Writes one audit entry through `tx`: call it inside the same `inTransaction` as the
 * change itself, so the two land together or not at all.
 */
export function recordChange(tx: Executor, entry: AuditEntry): void {
	tx.insert(auditLog)
		.values({
			municipalityId: entry.municipalityId,
			actorId: entry.actorId,
			entity: entry.entity,
			entityId: entry.entityId,
			action: entry.action,
			changes: entry.changes && Object.keys(entry.changes).length > 0 ? entry.changes : null
		})
		.run();
}

/** The fields whose values differ between two versions of a row, for `recordChange`. */
export function changedFields<T extends Record<string, unknown>>(
	before: T,
	after: Partial<T>
): AuditChanges {
	const changes: AuditChanges = {};
	for (const [field, value] of Object.entries(after)) {
		if (JSON.stringify(before[field]) !== JSON.stringify(value)) {
			changes[field] = { old: before[field] ?? null, new: value ?? null };
		}
	}
	return changes;
}

/** The filled-in fields of a newly created row, as `recordChange` changes (old = null). */
export function createdFields(row: Record<string, unknown>): AuditChanges {
	const changes: AuditChanges = {};
	for (const [field, value] of Object.entries(row))
		if (value !== null && value !== undefined && value !== '')
			changes[field] = { old: null, new: value };
	return changes;
}

export type AuditFilter = { entity?: string; action?: string; actorId?: number };

/** The log page's filter from its query string (`?entity=&action=&actor=`); junk is ignored. */
export function parseAuditFilter(params: URLSearchParams): AuditFilter {
	return {
		entity: params.get('entity')?.slice(0, 50) || undefined,
		action: params.get('action')?.slice(0, 50) || undefined,
		actorId: Number(params.get('actor')) || undefined
	};
}

export async function listAuditLog(municipalityId: number, filter: AuditFilter, limit = 200) {
	const conditions: SQL[] = [eq(auditLog.municipalityId, municipalityId)];
	if (filter.entity) conditions.push(eq(auditLog.entity, filter.entity));
	if (filter.action) conditions.push(eq(auditLog.action, filter.action));
	if (filter.actorId) conditions.push(eq(auditLog.actorId, filter.actorId));
	return db
		.select({
			id: auditLog.id,
			entity: auditLog.entity,
			entityId: auditLog.entityId,
			action: auditLog.action,
			changes: auditLog.changes,
			createdAt: auditLog.createdAt,
			actorName: account.name
		})
		.from(auditLog)
		.leftJoin(account, eq(account.id, auditLog.actorId))
		.where(and(...conditions))
		.orderBy(desc(auditLog.id))
		.limit(limit)
		.all();
}
