import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { AuthUser } from '$lib/server/auth/guard';
import { changedFields, recordChange } from '$lib/server/audit/log';
import { db } from '$lib/server/db';
import { inTransaction, type Transaction } from '$lib/server/db/client';
import { indicator, indicatorValue, measure } from '$lib/server/db/schema';
import { invalidatePublicPages, noIndexedChange } from '$lib/server/page-cache';
import { slugify, uniqueSlug } from '$lib/server/slug';
import type { IndicatorEdit, IndicatorValueEdit } from './measure-form';
import { versionAfterIndicatorChange, type SaveResult } from './measures';

/**
 * Indicators of a measure. Adding, changing or removing one is a change to the measure and
 * makes a new version (its snapshot of indicator definitions shows in the history). Recording
 * a measured value is an observation: it goes to the audit log and the chart on /planen, and
 * makes no version.
 */
export async function listIndicators(measureId: number) {
	const rows = await db
		.select()
		.from(indicator)
		.where(eq(indicator.measureId, measureId))
		.orderBy(asc(indicator.id))
		.all();
	const values = rows.length
		? await db
				.select()
				.from(indicatorValue)
				.where(
					inArray(
						indicatorValue.indicatorId,
						rows.map((r) => r.id)
					)
				)
				.orderBy(desc(indicatorValue.measuredOn))
				.all()
		: [];
	return rows.map((r) => ({ ...r, values: values.filter((v) => v.indicatorId === r.id) }));
}

async function ownedIndicator(user: AuthUser, measureId: number, indicatorId: number) {
	return db
		.select()
		.from(indicator)
		.where(
			and(
				eq(indicator.id, indicatorId),
				eq(indicator.measureId, measureId),
				eq(indicator.municipalityId, user.municipalityId)
			)
		)
		.get();
}

async function ownsMeasure(user: AuthUser, measureId: number) {
	return !!(await db
		.select({ id: measure.id })
		.from(measure)
		.where(and(eq(measure.id, measureId), eq(measure.municipalityId, user.municipalityId)))
		.get());
}

function done(result: SaveResult): SaveResult {
	if (result.ok) invalidatePublicPages(noIndexedChange);
	return result;
}

/** Rolls the transaction back when the version step refuses (conflict), keeping no half. */
class Refused extends Error {
	constructor(readonly result: SaveResult) {
		super('refused');
	}
}

function inVersionedChange(work: (tx: Transaction) => SaveResult): SaveResult {
	try {
		return inTransaction(db, (tx) => {
			const result = work(tx);
			if (!result.ok) throw new Refused(result);
			return result;
		});
	} catch (e) {
		if (e instanceof Refused) return e.result;
		throw e;
	}
}

export async function addIndicator(
	user: AuthUser,
	measureId: number,
	baseVersion: number,
	edit: IndicatorEdit
): Promise<SaveResult> {
	if (!(await ownsMeasure(user, measureId))) return { ok: false, reason: 'not_found' };
	return done(
		inVersionedChange((tx) => {
			const taken = new Set(
				tx
					.select({ slug: indicator.slug })
					.from(indicator)
					.where(eq(indicator.measureId, measureId))
					.all()
					.map((r) => r.slug)
			);
			const row = tx
				.insert(indicator)
				.values({
					...edit,
					municipalityId: user.municipalityId,
					measureId,
					slug: uniqueSlug(slugify(edit.name, 'tiltak'), taken)
				})
				.returning()
				.get();
			recordChange(tx, {
				actorId: user.id,
				municipalityId: user.municipalityId,
				entity: 'indicator',
				entityId: String(row.id),
				action: 'create',
				changes: changedFields({}, { ...edit, measureId })
			});
			return versionAfterIndicatorChange(
				tx,
				user,
				measureId,
				baseVersion,
				`Indikator lagt til: ${edit.name}`,
				'indicator_add'
			);
		})
	);
}

export async function updateIndicator(
	user: AuthUser,
	measureId: number,
	indicatorId: number,
	baseVersion: number,
	edit: IndicatorEdit
): Promise<SaveResult> {
	const before = await ownedIndicator(user, measureId, indicatorId);
	if (!before) return { ok: false, reason: 'not_found' };
	const changes = changedFields(before as unknown as Record<string, unknown>, edit);
	// Saving the form unchanged is not a change to the measure: no new version.
	if (Object.keys(changes).length === 0) return { ok: true, measureId, version: baseVersion };
	return done(
		inVersionedChange((tx) => {
			tx.update(indicator).set(edit).where(eq(indicator.id, indicatorId)).run();
			recordChange(tx, {
				actorId: user.id,
				municipalityId: user.municipalityId,
				entity: 'indicator',
				entityId: String(indicatorId),
				action: 'update',
				changes
			});
			return versionAfterIndicatorChange(
				tx,
				user,
				measureId,
				baseVersion,
				`Indikator endret: ${edit.name}`,
				'indicator_update'
			);
		})
	);
}

/** Removes the indicator and its measured values; earlier versions keep its definition. */
export async function removeIndicator(
	user: AuthUser,
	measureId: number,
	indicatorId: number,
	baseVersion: number
): Promise<SaveResult> {
	const before = await ownedIndicator(user, measureId, indicatorId);
	if (!before) return { ok: false, reason: 'not_found' };
	return done(
		inVersionedChange((tx) => {
			const values = tx
				.select()
				.from(indicatorValue)
				.where(eq(indicatorValue.indicatorId, indicatorId))
				.all();
			tx.delete(indicator).where(eq(indicator.id, indicatorId)).run();
			recordChange(tx, {
				actorId: user.id,
				municipalityId: user.municipalityId,
				entity: 'indicator',
				entityId: String(indicatorId),
				action: 'delete',
				changes: {
					name: { old: before.name, new: null },
					values: { old: values.map((v) => [v.measuredOn, v.value]), new: null }
				}
			});
			return versionAfterIndicatorChange(
				tx,
				user,
				measureId,
				baseVersion,
				`Indikator fjernet: ${before.name}`,
				'indicator_delete'
			);
		})
	);
}

/** A measured value; a second value for the same date replaces the first. */
export async function recordIndicatorValue(
	user: AuthUser,
	measureId: number,
	indicatorId: number,
	edit: IndicatorValueEdit
): Promise<boolean> {
	const found = await ownedIndicator(user, measureId, indicatorId);
	if (!found) return false;
	inTransaction(db, (tx) => {
		const before = tx
			.select()
			.from(indicatorValue)
			.where(
				and(
					eq(indicatorValue.indicatorId, indicatorId),
					eq(indicatorValue.measuredOn, edit.measuredOn)
				)
			)
			.get();
		tx.insert(indicatorValue)
			.values({ indicatorId, measuredOn: edit.measuredOn, value: edit.value })
			.onConflictDoUpdate({
				target: [indicatorValue.indicatorId, indicatorValue.measuredOn],
				set: { value: edit.value }
			})
			.run();
		recordChange(tx, {
			actorId: user.id,
			municipalityId: user.municipalityId,
			entity: 'indicator_value',
			entityId: `${indicatorId}:${edit.measuredOn}`,
			action: before ? 'update' : 'create',
			changes: { value: { old: before?.value ?? null, new: edit.value } }
		});
	});
	invalidatePublicPages(noIndexedChange);
	return true;
}

export async function removeIndicatorValue(
	user: AuthUser,
	measureId: number,
	indicatorId: number,
	valueId: number
): Promise<boolean> {
	const found = await ownedIndicator(user, measureId, indicatorId);
	if (!found) return false;
	const removed = inTransaction(db, (tx) => {
		const row = tx
			.delete(indicatorValue)
			.where(and(eq(indicatorValue.id, valueId), eq(indicatorValue.indicatorId, indicatorId)))
			.returning()
			.get();
		if (!row) return false;
		recordChange(tx, {
			actorId: user.id,
			municipalityId: user.municipalityId,
			entity: 'indicator_value',
			entityId: `${indicatorId}:${row.measuredOn}`,
			action: 'delete',
			changes: { value: { old: row.value, new: null } }
		});
		return true;
	});
	if (removed) invalidatePublicPages(noIndexedChange);
	return removed;
}
