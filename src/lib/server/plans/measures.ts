import { and, asc, desc, eq } from 'drizzle-orm';
import type { AuthUser } from '$lib/server/auth/guard';
import { changedFields, recordChange } from '$lib/server/audit/log';
import { db } from '$lib/server/db';
import { inTransaction } from '$lib/server/db/client';
import {
	focusArea,
	measure,
	measureVersion,
	plan,
	type MeasureStatus,
	type MeasureVersion,
	type PreventionLevel
} from '$lib/server/db/schema';
import { invalidatePublicPages } from '$lib/server/page-cache';
import { diffVersions, nextVersion, type FieldChange } from './versions';

export const editableFields = [
	'title',
	'titleEn',
	'description',
	'descriptionEn',
	'targetGroup',
	'purpose',
	'responsible',
	'participants',
	'level',
	'status'
] as const;

export type MeasureEdit = {
	title: string;
	titleEn: string | null;
	description: string;
	descriptionEn: string | null;
	targetGroup: string;
	purpose: string;
	responsible: string;
	participants: string;
	level: PreventionLevel;
	status: MeasureStatus;
	changeNote: string;
	/** The consultation round this change answers, if any. */
	roundId: number | null;
};

export async function listMeasuresForStaff(municipalityId: number) {
	const p = await db
		.select()
		.from(plan)
		.where(eq(plan.municipalityId, municipalityId))
		.orderBy(desc(plan.periodStart))
		.get();
	if (!p) return null;
	const rows = await db
		.select({ m: measure, v: measureVersion, area: focusArea })
		.from(measure)
		.innerJoin(
			measureVersion,
			and(
				eq(measureVersion.measureId, measure.id),
				eq(measureVersion.version, measure.currentVersion)
			)
		)
		.innerJoin(focusArea, eq(focusArea.id, measureVersion.focusAreaId))
		.where(eq(measure.planId, p.id))
		.orderBy(asc(focusArea.position), asc(measure.position))
		.all();
	return { plan: p, measures: rows };
}

export async function getMeasureWithHistory(municipalityId: number, measureId: number) {
	if (!Number.isSafeInteger(measureId)) return null;
	const m = await db
		.select()
		.from(measure)
		.where(and(eq(measure.id, measureId), eq(measure.municipalityId, municipalityId)))
		.get();
	if (!m) return null;
	const versions = await db
		.select()
		.from(measureVersion)
		.where(eq(measureVersion.measureId, m.id))
		.orderBy(desc(measureVersion.version))
		.all();
	const history: { version: MeasureVersion; changes: FieldChange[] }[] = versions.map((v, i) => ({
		version: v,
		changes: versions[i + 1] ? diffVersions(versions[i + 1], v, editableFields) : []
	}));
	return { measure: m, current: versions[0], history };
}

/** Every change is a new version; the earlier wording stays, and frozen rounds are untouched. */
export async function reviseMeasure(
	user: AuthUser,
	measureId: number,
	edit: MeasureEdit
): Promise<number> {
	const found = await getMeasureWithHistory(user.municipalityId, measureId);
	if (!found) throw new Error('not_found');
	const { current } = found;
	const version = nextVersion(found.history.map((h) => h.version.version));
	const { changeNote, roundId, ...fields } = edit;
	await inTransaction(db, async (tx) => {
		await tx
			.insert(measureVersion)
			.values({
				...current,
				...fields,
				id: undefined,
				version,
				changeNote,
				roundId,
				createdBy: user.id,
				createdAt: new Date().toISOString()
			})
			.run();
		await tx
			.update(measure)
			.set({ currentVersion: version })
			.where(eq(measure.id, measureId))
			.run();
		await recordChange({
			actorId: user.id,
			municipalityId: user.municipalityId,
			entity: 'measure',
			entityId: String(measureId),
			action: 'update',
			changes: changedFields(current as unknown as Record<string, unknown>, fields)
		});
	});
	invalidatePublicPages();
	return version;
}
