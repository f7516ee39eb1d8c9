import { and, asc, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Language } from '$lib/i18n/languages';
import { db } from '$lib/server/db';
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

export type PublicPlan = {
	title: Localized;
	periodStart: number;
	periodEnd: number;
	status: PlanStatus;
	focusAreas: {
		slug: string;
		title: Localized;
		description: Localized;
		measures: PublicMeasure[];
	}[];
	rounds: { id: number; title: string; statementAdoptedOn: string | null }[];
};

/** The municipality's current plan as the public sees it: newest versions only. */
export async function getPublicPlan(
	municipalityId: number,
	lang: Language
): Promise<PublicPlan | null> {
	const p = await db
		.select()
		.from(plan)
		.where(eq(plan.municipalityId, municipalityId))
		.orderBy(desc(plan.periodStart))
		.get();
	if (!p) return null;
	const areas = await db
		.select()
		.from(focusArea)
		.where(eq(focusArea.planId, p.id))
		.orderBy(asc(focusArea.position))
		.all();
	const rows = await db
		.select({ m: measure, v: measureVersion })
		.from(measure)
		.innerJoin(
			measureVersion,
			and(
				eq(measureVersion.measureId, measure.id),
				eq(measureVersion.version, measure.currentVersion)
			)
		)
		.where(eq(measure.planId, p.id))
		.orderBy(asc(measure.position))
		.all();
	const measureIds = rows.map((r) => r.m.id);
	const indicators = measureIds.length
		? await db.select().from(indicator).where(inArray(indicator.measureId, measureIds)).all()
		: [];
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
	const published = await db
		.select()
		.from(consultationRound)
		.where(
			and(eq(consultationRound.planId, p.id), isNotNull(consultationRound.feedbackPublishedAt))
		)
		.orderBy(desc(consultationRound.opensOn))
		.all();
	const publishedIds = new Set(published.map((r) => r.id));
	// A measure counts as changed by the council when any of its versions came from a round
	// whose feedback is published; later unrelated edits do not erase that history.
	const changedBy = new Map<number, number>();
	if (measureIds.length) {
		const fromRounds = await db
			.select({ measureId: measureVersion.measureId, roundId: measureVersion.roundId })
			.from(measureVersion)
			.where(and(inArray(measureVersion.measureId, measureIds), isNotNull(measureVersion.roundId)))
			.all();
		for (const r of fromRounds)
			if (r.roundId && publishedIds.has(r.roundId)) changedBy.set(r.measureId, r.roundId);
	}

	const toMeasure = ({ m, v }: (typeof rows)[number]): PublicMeasure => ({
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
		indicators: indicators
			.filter((i) => i.measureId === m.id)
			.map((i) => ({
				name: planText(i.name, i.nameEn, lang),
				source: i.source,
				unit: i.unit,
				baseline: i.baseline,
				baselineYear: i.baselineYear,
				target: i.target,
				targetYear: i.targetYear,
				values: values
					.filter((x) => x.indicatorId === i.id)
					.map((x) => ({ measuredOn: x.measuredOn, value: x.value }))
			}))
	});

	return {
		title: planText(p.title, p.titleEn, lang),
		periodStart: p.periodStart,
		periodEnd: p.periodEnd,
		status: p.status,
		focusAreas: areas.map((a) => ({
			slug: a.slug,
			title: planText(a.title, a.titleEn, lang),
			description: planText(a.description, a.descriptionEn, lang),
			measures: rows.filter((r) => r.v.focusAreaId === a.id).map(toMeasure)
		})),
		rounds: published.map((r) => ({
			id: r.id,
			title: r.title,
			statementAdoptedOn: r.statementAdoptedOn
		}))
	};
}

/**
 * The plan as /planen shows it: measures filtered to one prevention level when `wanted`
 * names one (anything else shows all), each focus area's measures from universal to
 * indicated, indicators with their latest value and chart, and how many measures each
 * level has in the whole plan (for the filter's counts).
 */
export async function publicPlanView(
	municipalityId: number | null,
	lang: Language,
	wanted: string | null
) {
	const plan = municipalityId === null ? null : await getPublicPlan(municipalityId, lang);
	const level = preventionLevels.find((l) => l === wanted) ?? null;
	const rank = (l: PreventionLevel) => preventionLevels.indexOf(l);
	const focusAreas = (plan?.focusAreas ?? []).map((area) => ({
		...area,
		measures: area.measures
			.filter((m) => !level || m.level === level)
			.sort((a, b) => rank(a.level) - rank(b.level))
			.map((m) => ({
				...m,
				indicators: m.indicators.map((i) => ({
					...i,
					latest: i.values.at(-1) ?? null,
					chart: i.values.length ? chartGeometry(i) : null
				}))
			}))
	}));
	// Counts are of the whole plan, so the filter shows what the other levels hold.
	const all = (plan?.focusAreas ?? []).flatMap((a) => a.measures);
	const counts = Object.fromEntries(
		preventionLevels.map((l) => [l, all.filter((m) => m.level === l).length])
	) as Record<PreventionLevel, number>;
	return { plan: plan && { ...plan, focusAreas }, level, counts };
}
