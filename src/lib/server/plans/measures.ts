import { and, asc, desc, eq, max } from 'drizzle-orm';
import type { AuthUser } from '$lib/server/auth/guard';
import { changedFields, recordChange } from '$lib/server/audit/log';
import { db } from '$lib/server/db';
import { inTransaction, type Executor, type Transaction } from '$lib/server/db/client';
import {
	focusArea,
	indicator,
	measure,
	measureVersion,
	plan,
	type IndicatorSnapshot,
	type MeasureVersion
} from '$lib/server/db/schema';
import { invalidatePublicPages, noIndexedChange } from '$lib/server/page-cache';
import {
	copyVersionLinks,
	linksOfVersions,
	listServiceChoices,
	writeVersionLinks,
	type VersionServiceLink
} from './linked-services';
import { slugify, uniqueSlug } from '$lib/server/slug';
import type { MeasureEdit } from './measure-form';
import { diffVersions, nextVersion, type FieldChange } from './versions';

export type { MeasureEdit } from './measure-form';

/** The fields the staff history compares, in the order the edit form shows them. */
export const historyFields = [
	'title',
	'titleEn',
	'description',
	'descriptionEn',
	'level',
	'focusArea',
	'targetGroup',
	'targetGroupEn',
	'ages',
	'purpose',
	'purposeEn',
	'responsible',
	'participants',
	'services',
	'status',
	'period',
	'indicators'
] as const;

export type HistoryRecord = Record<(typeof historyFields)[number], string>;

/** One line per indicator definition, as the history shows it. */
export function indicatorLine(i: IndicatorSnapshot): string {
	return `${i.name} (${i.source}): ${i.baseline} ${i.unit} ${i.baselineYear} → ${i.target} ${i.unit} ${i.targetYear}`;
}

/** A version flattened to the texts the history compares. */
export function historyRecord(
	v: MeasureVersion,
	areaTitle: string,
	services: readonly VersionServiceLink[]
): HistoryRecord {
	return {
		title: v.title,
		titleEn: v.titleEn ?? '',
		description: v.description,
		descriptionEn: v.descriptionEn ?? '',
		level: v.level,
		focusArea: areaTitle,
		targetGroup: v.targetGroup,
		targetGroupEn: v.targetGroupEn ?? '',
		ages: v.ageMin !== null && v.ageMax !== null ? `${v.ageMin}–${v.ageMax}` : '',
		purpose: v.purpose,
		purposeEn: v.purposeEn ?? '',
		responsible: v.responsible,
		participants: v.participants,
		services: services.map((s) => s.name).join(' · '),
		status: v.status,
		period: v.periodStart && v.periodEnd ? `${v.periodStart}–${v.periodEnd}` : '',
		indicators: v.indicators.map(indicatorLine).join(' · ')
	};
}

/** The municipality's current plan (the newest period). */
export function currentPlan(municipalityId: number, from: Executor = db) {
	return from
		.select()
		.from(plan)
		.where(eq(plan.municipalityId, municipalityId))
		.orderBy(desc(plan.periodStart))
		.get();
}

export function listFocusAreas(planId: number, from: Executor = db) {
	return from
		.select()
		.from(focusArea)
		.where(eq(focusArea.planId, planId))
		.orderBy(asc(focusArea.position), asc(focusArea.id))
		.all();
}

export async function listMeasuresForStaff(municipalityId: number) {
	const p = await currentPlan(municipalityId);
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
	const links = await linksOfVersions(rows.map((r) => r.v.id));
	return {
		plan: p,
		measures: rows.map((r) => ({
			...r,
			services: links.get(r.v.id) ?? []
		}))
	};
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
	const areas = new Map((await listFocusAreas(m.planId)).map((a) => [a.id, a.title]));
	const links = await linksOfVersions(versions.map((v) => v.id));
	const records = versions.map((v) =>
		historyRecord(v, areas.get(v.focusAreaId) ?? '', links.get(v.id) ?? [])
	);
	const history: { version: MeasureVersion; changes: FieldChange[] }[] = versions.map((v, i) => ({
		version: v,
		changes: records[i + 1] ? diffVersions(records[i + 1], records[i], historyFields) : []
	}));
	const current = versions.find((v) => v.version === m.currentVersion) ?? versions[0];
	return {
		measure: m,
		current,
		currentServices: links.get(current.id) ?? [],
		history
	};
}

/** Everything the edit page needs to offer: focus areas, services, indicators. */
export async function measureChoices(municipalityId: number, planId: number) {
	const [areas, services] = await Promise.all([
		listFocusAreas(planId),
		listServiceChoices(municipalityId)
	]);
	return { areas, services };
}

export type SaveResult =
	| { ok: true; measureId: number; version: number }
	| { ok: false; reason: 'not_found' | 'conflict' | 'no_plan' };

function serviceNames(municipalityServices: { id: number; name: string }[]) {
	return new Map(municipalityServices.map((s) => [s.id, s.name]));
}

/** A new measure in the municipality's current plan, as version 1. */
export async function createMeasure(user: AuthUser, edit: MeasureEdit): Promise<SaveResult> {
	const p = await currentPlan(user.municipalityId);
	if (!p) return { ok: false, reason: 'no_plan' };
	const names = serviceNames(listServiceChoices(user.municipalityId));
	const result = inTransaction(db, (tx) => {
		const taken = new Set(
			tx
				.select({ slug: measure.slug })
				.from(measure)
				.where(eq(measure.planId, p.id))
				.all()
				.map((r) => r.slug)
		);
		const last = tx
			.select({ position: max(measure.position) })
			.from(measure)
			.where(eq(measure.planId, p.id))
			.get();
		const row = tx
			.insert(measure)
			.values({
				municipalityId: user.municipalityId,
				planId: p.id,
				slug: uniqueSlug(slugify(edit.title, 'tiltak'), taken),
				currentVersion: 1,
				position: (last?.position ?? -1) + 1
			})
			.returning()
			.get();
		const { serviceIds, changeNote, roundId, ...content } = edit;
		const version = tx
			.insert(measureVersion)
			.values({
				...content,
				municipalityId: user.municipalityId,
				measureId: row.id,
				version: 1,
				indicators: [],
				changeNote,
				roundId,
				createdBy: user.id,
				createdAt: new Date().toISOString()
			})
			.returning()
			.get();
		writeVersionLinks(tx, version.id, serviceIds, names);
		recordChange(tx, {
			actorId: user.id,
			municipalityId: user.municipalityId,
			entity: 'measure',
			entityId: String(row.id),
			action: 'create',
			// Only what was filled in: a new measure has no "before".
			changes: changedFields(
				{},
				Object.fromEntries(
					Object.entries({
						...content,
						services: serviceIds.map((id) => names.get(id) ?? String(id))
					}).filter(([, value]) => value !== null && value !== '')
				)
			)
		});
		return { ok: true as const, measureId: row.id, version: 1 };
	});
	invalidatePublicPages(noIndexedChange);
	return result;
}

/**
 * Writes version `current + 1` of a measure from `fields`, keeping everything else of the
 * current version. Refused (conflict) when the measure moved past `baseVersion` since the
 * form was loaded. Frozen round texts live in `round_measure` and are never touched here.
 * Runs inside the caller's transaction.
 */
function writeNextVersion(
	tx: Transaction,
	user: AuthUser,
	measureId: number,
	baseVersion: number,
	change: {
		fields: Partial<Omit<MeasureEdit, 'serviceIds' | 'changeNote' | 'roundId'>> & {
			indicators?: IndicatorSnapshot[];
		};
		serviceIds?: number[];
		changeNote: string;
		roundId: number | null;
		audit: Record<string, unknown>;
		action: string;
	}
): SaveResult {
	const m = tx
		.select()
		.from(measure)
		.where(and(eq(measure.id, measureId), eq(measure.municipalityId, user.municipalityId)))
		.get();
	if (!m) return { ok: false, reason: 'not_found' };
	if (m.currentVersion !== baseVersion) return { ok: false, reason: 'conflict' };
	const versions = tx
		.select()
		.from(measureVersion)
		.where(eq(measureVersion.measureId, measureId))
		.all();
	const current = versions.find((v) => v.version === m.currentVersion)!;
	const version = nextVersion(versions.map((v) => v.version));
	const oldLinks = linksOfVersions([current.id], tx).get(current.id) ?? [];
	const inserted = tx
		.insert(measureVersion)
		.values({
			...current,
			...change.fields,
			id: undefined,
			version,
			changeNote: change.changeNote,
			roundId: change.roundId,
			createdBy: user.id,
			createdAt: new Date().toISOString()
		})
		.returning()
		.get();
	if (change.serviceIds) {
		const names = serviceNames(listServiceChoices(user.municipalityId, tx));
		writeVersionLinks(tx, inserted.id, change.serviceIds, names);
	} else {
		// Links carry over unchanged, including one to a service since deleted (kept by name).
		copyVersionLinks(tx, current.id, inserted.id);
	}
	const moved = tx
		.update(measure)
		.set({ currentVersion: version })
		.where(and(eq(measure.id, measureId), eq(measure.currentVersion, baseVersion)))
		.run();
	if (moved.changes !== 1) throw new Error('measure version moved inside a transaction');
	recordChange(tx, {
		actorId: user.id,
		municipalityId: user.municipalityId,
		entity: 'measure',
		entityId: String(measureId),
		action: change.action,
		changes: {
			version: { old: baseVersion, new: version },
			...changedFields(
				{
					...(current as unknown as Record<string, unknown>),
					services: oldLinks.map((l) => l.name)
				},
				change.audit
			)
		}
	});
	return { ok: true, measureId, version };
}

/** Every change is a new version; the earlier wording stays, and frozen rounds are untouched. */
export async function reviseMeasure(
	user: AuthUser,
	measureId: number,
	baseVersion: number,
	edit: MeasureEdit
): Promise<SaveResult> {
	const names = serviceNames(listServiceChoices(user.municipalityId));
	const { changeNote, roundId, serviceIds, ...fields } = edit;
	const result = inTransaction(db, (tx) =>
		writeNextVersion(tx, user, measureId, baseVersion, {
			fields,
			serviceIds,
			changeNote,
			roundId,
			action: 'update',
			audit: { ...fields, services: serviceIds.map((id) => names.get(id) ?? String(id)) }
		})
	);
	if (result.ok) invalidatePublicPages(noIndexedChange);
	return result;
}

/** The live indicator rows of a measure as a version snapshot. */
export function indicatorSnapshot(tx: Executor, measureId: number): IndicatorSnapshot[] {
	const rows = tx
		.select()
		.from(indicator)
		.where(eq(indicator.measureId, measureId))
		.orderBy(asc(indicator.id))
		.all();
	return rows.map((r) => ({
		slug: r.slug,
		name: r.name,
		nameEn: r.nameEn,
		source: r.source,
		unit: r.unit,
		baseline: r.baseline,
		baselineYear: r.baselineYear,
		target: r.target,
		targetYear: r.targetYear
	}));
}

/**
 * After an indicator was added, changed or removed (inside the same transaction): a new
 * version of the measure whose snapshot lists the indicators as they now are.
 */
export function versionAfterIndicatorChange(
	tx: Transaction,
	user: AuthUser,
	measureId: number,
	baseVersion: number,
	changeNote: string,
	action: string
): SaveResult {
	const indicators = indicatorSnapshot(tx, measureId);
	return writeNextVersion(tx, user, measureId, baseVersion, {
		fields: { indicators },
		changeNote,
		roundId: null,
		action,
		audit: { indicators }
	});
}

/** A version as the edit form's values (strings, as the browser sends them back). */
export function measureFormValues(
	v: MeasureVersion,
	services: readonly VersionServiceLink[]
): Record<string, string | string[]> {
	const s = (n: number | null) => (n === null ? '' : String(n));
	return {
		title: v.title,
		titleEn: v.titleEn ?? '',
		description: v.description,
		descriptionEn: v.descriptionEn ?? '',
		level: v.level,
		focusAreaId: String(v.focusAreaId),
		targetGroup: v.targetGroup,
		targetGroupEn: v.targetGroupEn ?? '',
		ageMin: s(v.ageMin),
		ageMax: s(v.ageMax),
		purpose: v.purpose,
		purposeEn: v.purposeEn ?? '',
		responsible: v.responsible,
		participants: v.participants,
		status: v.status,
		periodStart: s(v.periodStart),
		periodEnd: s(v.periodEnd),
		serviceIds: services.flatMap((l) => (l.serviceId === null ? [] : [String(l.serviceId)])),
		changeNote: '',
		roundId: ''
	};
}
