import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Executor } from '../../src/lib/server/db/client';
import {
	account,
	consultationOutcome,
	consultationResponse,
	consultationRound,
	followUp,
	followUpNote,
	focusArea,
	focusAreaAdvice,
	indicator,
	indicatorValue,
	measure,
	measureAnswer,
	measureVersion,
	measureVersionService,
	generalOutcome,
	plan,
	questionAnswer,
	roundMeasure,
	roundQuestion,
	service,
	serviceTranslation,
	type OutcomeDecision,
	type Stance
} from '../../src/lib/server/db/schema';
import {
	demoAdviceOutcomes,
	demoFocusAreas,
	demoFollowUps,
	demoGeneralFollowUps,
	demoMeasures,
	demoOpenRound,
	demoPastQuestions,
	demoPastStatement,
	demoPastRound,
	demoPlan,
	type DemoIndicator,
	type DemoMeasure
} from './plans-data';
import { addDays, fromOsloLocal, osloToday } from '../../src/lib/server/time';

/** The indicator definitions a seeded version records in its history snapshot. */
function snapshotOf(indicators: DemoIndicator[]) {
	return indicators.map((i) => ({
		slug: i.slug,
		name: i.name,
		nameEn: i.nameEn,
		source: i.source,
		unit: i.unit,
		baseline: i.baseline,
		baselineYear: i.baselineYear,
		target: i.target,
		targetYear: i.targetYear
	}));
}

/** Links a version to finder services by slug; an unknown slug is a mistake in the demo data. */
function linkServices(
	tx: Executor,
	municipalityId: number,
	versionId: number,
	slugs: readonly string[]
) {
	for (const [position, slug] of slugs.entries()) {
		const row = tx
			.select({ id: service.id, name: serviceTranslation.name })
			.from(service)
			.innerJoin(
				serviceTranslation,
				and(eq(serviceTranslation.serviceId, service.id), eq(serviceTranslation.lang, 'nb'))
			)
			.where(
				and(
					eq(service.slug, slug),
					or(eq(service.municipalityId, municipalityId), isNull(service.municipalityId))
				)
			)
			.get();
		if (!row) throw new Error(`plans seed: no finder service with slug ${slug}`);
		tx.insert(measureVersionService)
			.values({ measureVersionId: versionId, serviceId: row.id, serviceName: row.name, position })
			.run();
	}
}

/**
 * A database seeded before measures linked finder services: give the demo measures their
 * links, but only where the current version is still the seeded one and has none.
 */
function backfillServiceLinks(tx: Executor, municipalityId: number, planId: number): void {
	const rows = tx
		.select({ slug: measure.slug, versionId: measureVersion.id, by: measureVersion.createdBy })
		.from(measure)
		.innerJoin(
			measureVersion,
			and(
				eq(measureVersion.measureId, measure.id),
				eq(measureVersion.version, measure.currentVersion)
			)
		)
		.where(eq(measure.planId, planId))
		.all();
	for (const r of rows) {
		const demo = demoMeasures.find((m) => m.slug === r.slug);
		if (!demo || r.by !== null || !demo.serviceSlugs.length) continue;
		const has = tx
			.select({ id: measureVersionService.id })
			.from(measureVersionService)
			.where(eq(measureVersionService.measureVersionId, r.versionId))
			.get();
		if (!has) linkServices(tx, municipalityId, r.versionId, demo.serviceSlugs);
	}
}

/** The demo members who answered last year's round (they are still in the council). */
const pastRoundMembers = [1, 2, 3, 4].map((n) => `medlem${n}@fjordvik.example`);

/**
 * Loads Fjordvik's plan, its measures and indicators, and last year's finished round
 * (answered by demo members, so call it after the accounts).
 * Idempotent: the plan is matched on its slug, and an existing plan is left as it is
 * (coordinators may have changed it; a reseed must not undo their work).
 */

/** A demo measure's text as a round freezes it (version 1, as seeded). */
function frozenText(m: DemoMeasure, areaIds: Map<string, number>) {
	return {
		title: m.title,
		titleEn: m.titleEn,
		description: m.description,
		descriptionEn: m.descriptionEn,
		level: m.level,
		focusAreaId: areaIds.get(m.focusArea)!,
		targetGroup: m.targetGroup,
		purpose: m.purpose,
		responsible: m.responsible
	};
}

export function seedPlans(tx: Executor, municipalityId: number): void {
	const existing = tx
		.select({ id: plan.id })
		.from(plan)
		.where(and(eq(plan.municipalityId, municipalityId), eq(plan.slug, demoPlan.slug)))
		.get();
	if (existing) {
		backfillServiceLinks(tx, municipalityId, existing.id);
		return;
	}

	const planRow = tx
		.insert(plan)
		.values({ ...demoPlan, municipalityId, status: 'draft', version: 2 })
		.returning()
		.get();
	const areaIds = new Map<string, number>();
	for (const [position, area] of demoFocusAreas.entries()) {
		const row = tx
			.insert(focusArea)
			.values({ ...area, municipalityId, planId: planRow.id, position })
			.returning()
			.get();
		areaIds.set(area.slug, row.id);
	}
	const measureIds = new Map<string, number>();
	for (const [position, m] of demoMeasures.entries()) {
		const row = tx
			.insert(measure)
			.values({ municipalityId, planId: planRow.id, slug: m.slug, position, currentVersion: 1 })
			.returning()
			.get();
		measureIds.set(m.slug, row.id);
		const { indicators, focusArea: area, slug: _slug, serviceSlugs, ...content } = m;
		void _slug;
		const v1 = tx
			.insert(measureVersion)
			.values({
				...content,
				municipalityId,
				measureId: row.id,
				version: 1,
				focusAreaId: areaIds.get(area)!,
				periodStart: 2025,
				periodEnd: 2028,
				indicators: snapshotOf(indicators),
				changeNote: 'Første utkast',
				createdAt: '2025-01-10T09:00:00.000Z'
			})
			.returning()
			.get();
		linkServices(tx, municipalityId, v1.id, serviceSlugs);
		for (const ind of indicators) {
			const { values, ...fields } = ind;
			const indRow = tx
				.insert(indicator)
				.values({ ...fields, municipalityId, measureId: row.id })
				.returning()
				.get();
			for (const [measuredOn, value] of values) {
				tx.insert(indicatorValue).values({ indicatorId: indRow.id, measuredOn, value }).run();
			}
		}
	}

	const past = demoPastRound;
	const round = tx
		.insert(consultationRound)
		.values({
			municipalityId,
			planId: planRow.id,
			title: past.title,
			intro: past.intro,
			opensOn: past.opensOn,
			deadline: past.deadline,
			decisionDate: past.decisionDate,
			status: 'closed',
			statementAdoptedOn: past.statementAdoptedOn,
			statementMarkdown: demoPastStatement,
			feedbackPublishedAt: past.feedbackPublishedAt,
			createdAt: '2025-01-20T09:00:00.000Z'
		})
		.returning()
		.get();

	const members = tx
		.select({ id: account.id })
		.from(account)
		.where(inArray(account.email, pastRoundMembers))
		.orderBy(asc(account.email))
		.all();
	const responseIds: number[] = [];
	for (const { id: userId } of members) {
		const row = tx
			.insert(consultationResponse)
			.values({
				municipalityId,
				roundId: round.id,
				userId,
				status: 'submitted',
				submittedAt: '2025-02-20T15:00:00.000Z',
				updatedAt: '2025-02-20T15:00:00.000Z'
			})
			.returning()
			.get();
		responseIds.push(row.id);
	}

	for (const [position, slug] of past.measures.entries()) {
		const m = demoMeasures.find((x) => x.slug === slug)!;
		const rm = tx
			.insert(roundMeasure)
			.values({
				roundId: round.id,
				measureId: measureIds.get(slug)!,
				measureVersion: 1,
				position,
				frozen: frozenText(m, areaIds)
			})
			.returning()
			.get();
		const answerIds: number[] = [];
		for (const [i, [stance, importance, comment, suggestedChange]] of (
			past.answers[slug] ?? []
		).entries()) {
			const a = tx
				.insert(measureAnswer)
				.values({
					responseId: responseIds[i],
					roundMeasureId: rm.id,
					stance: stance as Stance,
					importance,
					comment,
					suggestedChange
				})
				.returning()
				.get();
			if (suggestedChange) answerIds.push(a.id);
		}
		const [decision, rationale, rationaleEn] = past.outcomes[slug];
		const revised = slug === past.revisedMeasure.slug;
		tx.insert(consultationOutcome)
			.values({
				roundMeasureId: rm.id,
				decision: decision as OutcomeDecision,
				rationale,
				rationaleEn,
				newMeasureVersion: revised ? 2 : null,
				updatedAt: past.feedbackPublishedAt
			})
			.run();
		for (const answerId of answerIds) {
			tx.insert(consultationOutcome)
				.values({
					roundMeasureId: rm.id,
					measureAnswerId: answerId,
					decision: decision as OutcomeDecision,
					rationale,
					rationaleEn,
					updatedAt: past.feedbackPublishedAt
				})
				.run();
		}
		if (revised) {
			const { indicators, focusArea: area, slug: _s, serviceSlugs, ...content } = m;
			void _s;
			const v2 = tx
				.insert(measureVersion)
				.values({
					...content,
					description: past.revisedMeasure.description,
					descriptionEn: past.revisedMeasure.descriptionEn,
					changeNote: past.revisedMeasure.changeNote,
					municipalityId,
					measureId: measureIds.get(slug)!,
					version: 2,
					focusAreaId: areaIds.get(area)!,
					periodStart: 2025,
					periodEnd: 2028,
					roundId: round.id,
					indicators: snapshotOf(indicators),
					createdAt: '2025-03-25T09:00:00.000Z'
				})
				.returning()
				.get();
			linkServices(tx, municipalityId, v2.id, serviceSlugs);
			tx.update(measure)
				.set({ currentVersion: 2 })
				.where(eq(measure.id, measureIds.get(slug)!))
				.run();
		}
	}

	for (const [areaSlug, items] of Object.entries(past.advice)) {
		for (const [i, advice] of items.entries()) {
			tx.insert(focusAreaAdvice)
				.values({ responseId: responseIds[i], focusAreaId: areaIds.get(areaSlug)!, advice })
				.run();
		}
	}
	for (const [areaSlug, [decision, rationale, rationaleEn]] of Object.entries(demoAdviceOutcomes)) {
		tx.insert(generalOutcome)
			.values({
				roundId: round.id,
				inputKey: `f:${areaIds.get(areaSlug)!}`,
				decision: decision as OutcomeDecision,
				rationale,
				rationaleEn,
				updatedAt: demoPastRound.feedbackPublishedAt
			})
			.run();
	}

	const questionIds = seedPastQuestions(tx, round.id, responseIds);
	seedFollowUps(tx, round.id);
	seedGeneralFollowUps(tx, round.id, questionIds, areaIds);
	seedOpenRound(tx, municipalityId, planRow.id, measureIds, areaIds);
}

/** Issue 17: the general questions of last year's round, their answers and outcomes. */
function seedPastQuestions(
	tx: Executor,
	roundId: number,
	responseIds: number[]
): Map<string, number> {
	const ids = new Map<string, number>();
	for (const [position, q] of demoPastQuestions.entries()) {
		const row = tx
			.insert(roundQuestion)
			.values({ roundId, position, kind: q.kind, prompt: q.prompt, options: [...q.options] })
			.returning()
			.get();
		ids.set(q.prompt, row.id);
		for (const [i, value] of q.answers.entries()) {
			if (!responseIds[i]) continue;
			tx.insert(questionAnswer)
				.values({ responseId: responseIds[i], questionId: row.id, value: [...value] })
				.run();
		}
		if (q.outcome) {
			const [decision, rationale, rationaleEn] = q.outcome;
			tx.insert(generalOutcome)
				.values({
					roundId,
					inputKey: `q:${row.id}`,
					decision,
					rationale,
					rationaleEn,
					updatedAt: demoPastRound.feedbackPublishedAt
				})
				.run();
		}
	}
	return ids;
}

/** Follow-ups of a general answer and of advice, both still to come. */
function seedGeneralFollowUps(
	tx: Executor,
	roundId: number,
	questionIds: Map<string, number>,
	areaIds: Map<string, number>
) {
	const today = osloToday();
	for (const f of demoGeneralFollowUps) {
		const inputKey = f.question
			? `q:${questionIds.get(f.question)!}`
			: `f:${areaIds.get(f.area!)!}`;
		tx.insert(followUp)
			.values({ roundId, inputKey, responsible: f.responsible, dueOn: addDays(today, f.dueInDays) })
			.run();
	}
}

/** Follow-ups of last year's promises: one written, one overdue, one still to come. */
function seedFollowUps(tx: Executor, roundId: number) {
	const today = osloToday();
	const measures = tx.select().from(roundMeasure).where(eq(roundMeasure.roundId, roundId)).all();
	for (const f of demoFollowUps) {
		const rm = measures.find(
			(m) => demoMeasures.find((d) => d.slug === f.key)?.title === m.frozen.title
		);
		if (!rm) continue;
		const row = tx
			.insert(followUp)
			.values({
				roundId,
				inputKey: `m:${rm.id}`,
				responsible: f.responsible,
				dueOn: f.dueInDays === null ? null : addDays(today, f.dueInDays)
			})
			.returning()
			.get();
		if (f.note)
			tx.insert(followUpNote)
				.values({ followUpId: row.id, ...f.note })
				.run();
	}
}

/** The round open now: opened three days before the seed ran, closing two weeks after it. */
function seedOpenRound(
	tx: Executor,
	municipalityId: number,
	planId: number,
	measureIds: Map<string, number>,
	areaIds: Map<string, number>
) {
	const today = osloToday();
	const round = tx
		.insert(consultationRound)
		.values({
			municipalityId,
			planId,
			title: demoOpenRound.title,
			intro: demoOpenRound.intro,
			opensOn: addDays(today, -3),
			deadline: fromOsloLocal(`${addDays(today, 14)}T23:59`)!,
			decisionDate: addDays(today, 35),
			status: 'open'
		})
		.returning()
		.get();
	for (const [position, slug] of demoOpenRound.measures.entries()) {
		const m = demoMeasures.find((x) => x.slug === slug)!;
		tx.insert(roundMeasure)
			.values({
				roundId: round.id,
				measureId: measureIds.get(slug)!,
				measureVersion: 1,
				position,
				frozen: frozenText(m, areaIds)
			})
			.run();
	}
	for (const [position, q] of demoOpenRound.questions.entries()) {
		tx.insert(roundQuestion)
			.values({ roundId: round.id, position, ...q })
			.run();
	}
}
