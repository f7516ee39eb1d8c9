import { and, asc, count, desc, eq, inArray, isNotNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Language } from '$lib/i18n/languages';
import { db } from '$lib/server/db';
import { dataMemo, memoised } from '$lib/server/page-cache';
import {
	consultationRound,
	focusArea,
	indicator,
	indicatorValue,
	measure,
	measureVersion,
	plan,
	preventionLevels,
	type IndicatorSource,
	type MeasureStatus,
	type PlanStatus,
	type PreventionLevel
} from '$lib/server/db/schema';
import { chartGeometry } from './chart';
import { publicLinksOfVersions, type PublicServiceLink } from './linked-services';
import type { Localized } from '$lib/i18n/localized';
import { planText } from './plan-text';

export type PublicIndicator = {
	name: Localized;
	source: IndicatorSource;
	unit: string;
	baseline: number;
	baselineYear: number;
	target: number;
	targetYear: number;
	values: { measuredOn: string; value: number }[];
};

export type PublicMeasure = {
	slug: string;
	version: number;
	title: Localized;
	description: Localized;
	targetGroup: Localized;
	purpose: Localized;
	level: PreventionLevel;
	status: MeasureStatus;
	responsible: string;
	ageMin: number | null;
	ageMax: number | null;
	indicators: PublicIndicator[];
	/** Finder services that carry out the measure, named in the page language or nb. */
	services: PublicServiceLink[];
	/** The round whose published feedback changed this measure, if any. */
	changedByRoundId: number | null;
};

export type PublicFocusArea = {
	slug: string;
	title: Localized;
	description: Localized;
	/** Measures in the area (of the chosen level, when the filter names one). */
	count: number;
	measures: PublicMeasure[];
};

export type PublicPlan = {
	title: Localized;
	periodStart: number;
	periodEnd: number;
	status: PlanStatus;
	focusAreas: PublicFocusArea[];
	rounds: { id: number; title: string; statementAdoptedOn: string | null }[];
};

/** Measures each focus area shows on /planen; the rest are on the area's own pages. */
export const overviewMeasures = 8;
/** Measures on one page of a focus area (`/planen?omrade=…&side=N`). */
export const areaPageSize = 20;

/** Universal first, then selective, then indicated; within a level, the plan's order. */
const levelRank = sql`case ${measureVersion.level} ${sql.join(
	preventionLevels.map((l, i) => sql`when ${l} then ${i}`),
	sql` `
)} end`;

function currentVersionJoin() {
	return and(
		eq(measureVersion.measureId, measure.id),
		eq(measureVersion.version, measure.currentVersion)
	);
}

/** The current versions of the measures matching `where`, in the page's order, cut in SQL. */
async function measureRows(where: SQL | undefined, limit: number, offset = 0) {
	return db
		.select({ m: measure, v: measureVersion })
		.from(measure)
		.innerJoin(measureVersion, currentVersionJoin())
		.where(where)
		.orderBy(levelRank, asc(measure.position), asc(measure.id))
		.limit(limit)
		.offset(offset)
		.all();
}

type MeasureRow = Awaited<ReturnType<typeof measureRows>>[number];

/** The first `overviewMeasures` of every focus area, in one pass over the plan. */
/**
 * The overview's measure ids per plan and level. Numbering every measure of the plan per
 * area was most of /planen's time at a large municipality (issue 15); plan writes invalidate
 * public pages, and with them this memo (`dataMemo`).
 */
const overviewIds = dataMemo<string, number[]>();

/** Measures per focus area and level, the filter's counts: memoised like the overview's ids. */
const countsMemo = dataMemo<number, MeasureCount[]>();
type MeasureCount = { areaId: number; level: PreventionLevel; n: number };

function measureCounts(planId: number): MeasureCount[] {
	return memoised(countsMemo, null, planId, () =>
		db
			.select({ areaId: measureVersion.focusAreaId, level: measureVersion.level, n: count() })
			.from(measure)
			.innerJoin(measureVersion, currentVersionJoin())
			.where(eq(measure.planId, planId))
			.groupBy(measureVersion.focusAreaId, measureVersion.level)
			.all()
	);
}

async function firstOfEachArea(planId: number, level: PreventionLevel | null) {
	const ids = memoised(overviewIds, null, `${planId}:${level ?? ''}`, () =>
		overviewMeasureIds(planId, level)
	);
	return ids.length ? measureRows(inArray(measure.id, ids), ids.length) : [];
}

function overviewMeasureIds(planId: number, level: PreventionLevel | null): number[] {
	const ranked = db
		.select({
			id: measure.id,
			n: sql<number>`row_number() over (partition by ${measureVersion.focusAreaId} order by ${levelRank}, ${measure.position}, ${measure.id})`.as(
				'n'
			)
		})
		.from(measure)
		.innerJoin(measureVersion, currentVersionJoin())
		.where(and(eq(measure.planId, planId), level ? eq(measureVersion.level, level) : undefined))
		.as('ranked');
	return db
		.select({ id: ranked.id })
		.from(ranked)
		.where(lte(ranked.n, overviewMeasures))
		.all()
		.map((r) => r.id);
}

/** Indicators, linked services and the council's mark, loaded for the given rows only. */
async function shapeMeasures(
	rows: MeasureRow[],
	municipalityId: number,
	publishedRoundIds: ReadonlySet<number>,
	lang: Language
): Promise<PublicMeasure[]> {
	const measureIds = rows.map((r) => r.m.id);
	if (!measureIds.length) return [];
	const indicators = await db
		.select()
		.from(indicator)
		.where(inArray(indicator.measureId, measureIds))
		.all();
	const values = indicators.length
		? await db
				.select()
				.from(indicatorValue)
				.where(
					inArray(
						indicatorValue.indicatorId,
						indicators.map((i) => i.id)
					)
				)
				.orderBy(asc(indicatorValue.measuredOn))
				.all()
		: [];
	const links = await publicLinksOfVersions(
		rows.map((r) => r.v.id),
		municipalityId,
		lang
	);
	// A measure counts as changed by the council when any of its versions came from a round
	// whose feedback is published; later unrelated edits do not erase that history.
	const changedBy = new Map<number, number>();
	const fromRounds = await db
		.select({ measureId: measureVersion.measureId, roundId: measureVersion.roundId })
		.from(measureVersion)
		.where(and(inArray(measureVersion.measureId, measureIds), isNotNull(measureVersion.roundId)))
		.all();
	for (const r of fromRounds)
		if (r.roundId && publishedRoundIds.has(r.roundId)) changedBy.set(r.measureId, r.roundId);
	const indicatorsOf = Map.groupBy(indicators, (i) => i.measureId);
	const valuesOf = Map.groupBy(values, (x) => x.indicatorId);

	return rows.map(({ m, v }) => ({
		slug: m.slug,
		version: v.version,
		title: planText(v.title, v.titleEn, lang),
		description: planText(v.description, v.descriptionEn, lang),
		targetGroup: planText(v.targetGroup, v.targetGroupEn, lang),
		purpose: planText(v.purpose, v.purposeEn, lang),
		level: v.level,
		status: v.status,
		responsible: v.responsible,
		ageMin: v.ageMin,
		ageMax: v.ageMax,
		changedByRoundId: changedBy.get(m.id) ?? null,
		services: links.get(v.id) ?? [],
		indicators: (indicatorsOf.get(m.id) ?? []).map((i) => ({
			name: planText(i.name, i.nameEn, lang),
			source: i.source,
			unit: i.unit,
			baseline: i.baseline,
			baselineYear: i.baselineYear,
			target: i.target,
			targetYear: i.targetYear,
			values: (valuesOf.get(i.id) ?? []).map((x) => ({ measuredOn: x.measuredOn, value: x.value }))
		}))
	}));
}

/** With each indicator's latest value and its chart, as the page draws them. */
function withCharts(measures: PublicMeasure[]) {
	return measures.map((m) => ({
		...m,
		indicators: m.indicators.map((i) => ({
			...i,
			latest: i.values.at(-1) ?? null,
			chart: i.values.length ? chartGeometry(i) : null
		}))
	}));
}

export type PlanPageQuery = {
	/** `niva`: a prevention level; anything else shows all. */
	level: string | null;
	/** `omrade`: one focus area's slug, shown alone and paged; null for the whole plan. */
	area: string | null;
	/** `side`: the page of that area (1 when it is not a page number). */
	page: number;
};

/**
 * The plan as /planen shows it. The whole plan: each focus area with its count and its first
 * `overviewMeasures` measures. One area (`area`): its measures `areaPageSize` a page. Either
 * way filtered to one prevention level when `level` names one, ordered from universal to
 * indicated, with how many measures each level has in the whole plan (for the filter's
 * counts). Counting and cutting happen in SQL, so the page costs the same however large the
 * plan grows. `notFound` when the area or the page does not exist.
 */
/**
 * The plan as /planen shows it, per municipality, language, level, area and page: the same
 * for every visitor and dependent on no clock, so it is kept until the next public write
 * (plans, measures, indicators, linked services and rounds all invalidate) by the data
 * memos' rule. Reading and shaping it took ~5 ms of every render at a large municipality.
 * Distinct pages are few (levels × areas × pages); the memo is emptied past 200.
 */
const viewMemo = dataMemo<string, ReturnType<typeof readPublicPlanView>>();

export function publicPlanView(
	municipalityId: number | null,
	lang: Language,
	query: PlanPageQuery
): ReturnType<typeof readPublicPlanView> {
	return memoised(
		viewMemo,
		municipalityId,
		JSON.stringify([lang, query.level, query.area, query.page]),
		() => readPublicPlanView(municipalityId, lang, query),
		200
	);
}

async function readPublicPlanView(
	municipalityId: number | null,
	lang: Language,
	query: PlanPageQuery
) {
	const level = preventionLevels.find((l) => l === query.level) ?? null;
	const none = { plan: null, level, counts: emptyCounts(), area: null, notFound: false };
	if (municipalityId === null) return none;
	const p = await db
		.select()
		.from(plan)
		.where(eq(plan.municipalityId, municipalityId))
		.orderBy(desc(plan.periodStart))
		.get();
	if (!p) return { ...none, notFound: query.area !== null };
	const [areas, perAreaLevel, published] = await Promise.all([
		db
			.select()
			.from(focusArea)
			.where(eq(focusArea.planId, p.id))
			.orderBy(asc(focusArea.position))
			.all(),
		measureCounts(p.id),
		db
			.select()
			.from(consultationRound)
			.where(
				and(eq(consultationRound.planId, p.id), isNotNull(consultationRound.feedbackPublishedAt))
			)
			.orderBy(desc(consultationRound.opensOn))
			.all()
	]);
	// Counts are of the whole plan, so the filter shows what the other levels hold.
	const counts = emptyCounts();
	for (const row of perAreaLevel) counts[row.level] += row.n;
	const countIn = (areaId: number) =>
		perAreaLevel
			.filter((r) => r.areaId === areaId && (!level || r.level === level))
			.reduce((sum, r) => sum + r.n, 0);
	const publishedIds = new Set(published.map((r) => r.id));
	const inArea = (areaId: number) =>
		and(
			eq(measure.planId, p.id),
			eq(measureVersion.focusAreaId, areaId),
			level ? eq(measureVersion.level, level) : undefined
		);
	const areaHead = (a: (typeof areas)[number]) => ({
		slug: a.slug,
		title: planText(a.title, a.titleEn, lang),
		description: planText(a.description, a.descriptionEn, lang),
		count: countIn(a.id)
	});

	let area = null;
	let notFound = false;
	if (query.area !== null) {
		const chosen = areas.find((a) => a.slug === query.area);
		const total = chosen ? countIn(chosen.id) : 0;
		const pages = Math.max(1, Math.ceil(total / areaPageSize));
		if (!chosen || query.page > pages) notFound = true;
		else {
			const rows = await measureRows(
				inArea(chosen.id),
				areaPageSize,
				(query.page - 1) * areaPageSize
			);
			area = {
				...areaHead(chosen),
				page: query.page,
				pageSize: areaPageSize,
				measures: withCharts(await shapeMeasures(rows, municipalityId, publishedIds, lang))
			};
		}
	}
	// On an area's own page the others are only named (the jump links).
	const first = area ? [] : await firstOfEachArea(p.id, level);
	const shaped = withCharts(await shapeMeasures(first, municipalityId, publishedIds, lang));
	const focusAreas = areas.map((a) => ({
		...areaHead(a),
		measures: shaped.filter((_, i) => first[i].v.focusAreaId === a.id)
	}));
	return {
		plan: {
			title: planText(p.title, p.titleEn, lang),
			periodStart: p.periodStart,
			periodEnd: p.periodEnd,
			status: p.status,
			focusAreas,
			rounds: published.map((r) => ({
				id: r.id,
				title: r.title,
				statementAdoptedOn: r.statementAdoptedOn
			}))
		},
		level,
		counts,
		area,
		notFound
	};
}

function emptyCounts(): Record<PreventionLevel, number> {
	return Object.fromEntries(preventionLevels.map((l) => [l, 0])) as Record<PreventionLevel, number>;
}
