import { and, eq, max } from 'drizzle-orm';
import type { AuthUser } from '$lib/server/auth/guard';
import { changedFields, recordChange } from '$lib/server/audit/log';
import { db } from '$lib/server/db';
import { inTransaction } from '$lib/server/db/client';
import { focusArea } from '$lib/server/db/schema';
import { invalidatePublicPages, noIndexedChange } from '$lib/server/page-cache';
import { slugify, uniqueSlug } from '$lib/server/slug';
import type { FocusAreaEdit } from './measure-form';
import { currentPlan, listFocusAreas } from './measures';

/** Focus areas (innsatsområder) of the current plan: create, edit and reorder. */
export async function focusAreasForStaff(municipalityId: number) {
	const p = await currentPlan(municipalityId);
	if (!p) return null;
	return { plan: p, areas: await listFocusAreas(p.id) };
}

export async function createFocusArea(user: AuthUser, edit: FocusAreaEdit): Promise<number | null> {
	const p = await currentPlan(user.municipalityId);
	if (!p) return null;
	const id = inTransaction(db, (tx) => {
		const existing = listFocusAreas(p.id, tx);
		const last = tx
			.select({ position: max(focusArea.position) })
			.from(focusArea)
			.where(eq(focusArea.planId, p.id))
			.get();
		const row = tx
			.insert(focusArea)
			.values({
				...edit,
				municipalityId: user.municipalityId,
				planId: p.id,
				slug: uniqueSlug(slugify(edit.title, 'tiltak'), new Set(existing.map((a) => a.slug))),
				position: (last?.position ?? -1) + 1
			})
			.returning()
			.get();
		recordChange(tx, {
			actorId: user.id,
			municipalityId: user.municipalityId,
			entity: 'focus_area',
			entityId: String(row.id),
			action: 'create',
			changes: changedFields({}, edit)
		});
		return row.id;
	});
	invalidatePublicPages(noIndexedChange);
	return id;
}

export type FocusAreaSave = { ok: true } | { ok: false; reason: 'not_found' | 'conflict' };

export async function updateFocusArea(
	user: AuthUser,
	id: number,
	baseVersion: number,
	edit: FocusAreaEdit
): Promise<FocusAreaSave> {
	const result = inTransaction(db, (tx): FocusAreaSave => {
		const before = tx
			.select()
			.from(focusArea)
			.where(and(eq(focusArea.id, id), eq(focusArea.municipalityId, user.municipalityId)))
			.get();
		if (!before) return { ok: false, reason: 'not_found' };
		const updated = tx
			.update(focusArea)
			.set({ ...edit, version: baseVersion + 1 })
			.where(and(eq(focusArea.id, id), eq(focusArea.version, baseVersion)))
			.run();
		if (updated.changes !== 1) return { ok: false, reason: 'conflict' };
		recordChange(tx, {
			actorId: user.id,
			municipalityId: user.municipalityId,
			entity: 'focus_area',
			entityId: String(id),
			action: 'update',
			changes: changedFields(before as unknown as Record<string, unknown>, edit)
		});
		return { ok: true };
	});
	if (result.ok) invalidatePublicPages(noIndexedChange);
	return result;
}

/**
 * Why a move changed nothing: the area is not in this municipality's current plan, or it is
 * already first (last). The page says so instead of "saved".
 */
export type FocusAreaMove = { ok: true } | { ok: false; reason: 'not_found' | 'at_edge' };

/** Swaps a focus area with its neighbour above (-1) or below (+1). */
export async function moveFocusArea(
	user: AuthUser,
	id: number,
	direction: -1 | 1
): Promise<FocusAreaMove> {
	const p = await currentPlan(user.municipalityId);
	if (!p) return { ok: false, reason: 'not_found' };
	const moved = inTransaction(db, (tx): FocusAreaMove => {
		const areas = listFocusAreas(p.id, tx);
		const i = areas.findIndex((a) => a.id === id);
		const j = i + direction;
		if (i < 0) return { ok: false, reason: 'not_found' };
		if (j < 0 || j >= areas.length) return { ok: false, reason: 'at_edge' };
		// Renumber all so equal or sparse positions never make a swap a no-op.
		const order = areas.map((a) => a.id);
		[order[i], order[j]] = [order[j], order[i]];
		for (const [position, areaId] of order.entries())
			tx.update(focusArea).set({ position }).where(eq(focusArea.id, areaId)).run();
		recordChange(tx, {
			actorId: user.id,
			municipalityId: user.municipalityId,
			entity: 'focus_area',
			entityId: String(id),
			action: 'reorder',
			changes: { position: { old: i, new: j } }
		});
		return { ok: true };
	});
	if (moved.ok) invalidatePublicPages(noIndexedChange);
	return moved;
}
