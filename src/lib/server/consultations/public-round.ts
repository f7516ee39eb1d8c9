import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Language } from '$lib/i18n/languages';
import { db } from '$lib/server/db';
import {
	consultationOutcome,
	consultationRound,
	focusArea,
	measure,
	measureVersion,
	roundMeasure,
	stances,
	type OutcomeDecision,
	type PreventionLevel,
	type Stance
} from '$lib/server/db/schema';
import { publicLinksOfVersions, type PublicServiceLink } from '$lib/server/plans/linked-services';
import type { Localized } from '$lib/i18n/localized';
import { planText } from '$lib/server/plans/plan-text';
import { diffVersions, type FieldChange } from '$lib/server/plans/versions';
import { toOsloLocal } from '$lib/server/time';
import type {
	ClassReactionsView,
	FollowUpView,
	GeneralAnswersView,
	StatementBlock
} from '$lib/types/consultations';
import { classReactionSummary } from './class-codes';
import { loadGeneralAnswers } from './general-answers';
import { publicFollowUps } from './public-council';
import { parseStatement } from './statement';
import { generalOutcome } from '$lib/server/db/schema';
import { loadRoundResults } from './results';
import { dataMemo, memoised } from '$lib/server/page-cache';

export const diffFields = [
	'title',
	'description',
	'targetGroup',
	'purpose',
	'responsible',
	'level',
	'status'
] as const;

export type PublicRoundMeasure = {
	/** `m:<roundMeasureId>`: the key its follow-up is stored under. */
	key: string;
	title: Localized;
	level: PreventionLevel;
	answered: number;
	stances: { stance: Stance; count: number }[];
	importanceMean: number | null;
	suggestions: {
		text: string;
		decision: OutcomeDecision | null;
		rationale: Localized | null;
	}[];
	comments: string[];
	outcome: { decision: OutcomeDecision; rationale: Localized } | null;
	changes: FieldChange[];
	newVersion: number | null;
	/** Finder services the measure links to today (its current version). */
	services: PublicServiceLink[];
	/** Class-code reactions (groups under 5 read "fewer than 5"); null when nobody used a code. */
	classReactions: ClassReactionsView['measures'][number]['reactions'] | null;
};

export type PublicRound = {
	id: number;
	title: string;
	opensOn: string;
	deadline: string;
	decisionDate: string;
	statementAdoptedOn: string | null;
	submitted: number;
	measures: PublicRoundMeasure[];
	advice: {
		/** `f:<focusAreaId>`: the key its outcome and follow-up are stored under. */
		key: string;
		focusArea: Localized;
		items: string[];
		outcome: { decision: OutcomeDecision; rationale: Localized } | null;
	}[];
	/** Issue 17: the Oslo day answering ended (earlier than planned after "close now"). */
	closedOn: string;
	/** The adopted statement as blocks (never HTML); null until adopted. */
	statement: StatementBlock[] | null;
	questions: (GeneralAnswersView['questions'][number] & {
		key: string;
		outcome: { decision: OutcomeDecision; rationale: Localized } | null;
	})[];
	followUps: Record<string, FollowUpView>;
	/** Young people who answered with class codes. */
	classAnswers: number;
};

/**
 * A published round as its page shows it, per municipality, round and language. It depends
 * on no clock and changes only with writes that invalidate public pages (outcomes, follow-ups,
 * measures, linked services), so it is kept by the data memos' rule. Reading and shaping it
 * was ~6 ms of every render of the page (issue 15). Ids come from the address, so the keys
 * are bounded.
 */
const roundMemo = dataMemo<string, Promise<PublicRound | null>>();

/**
 * What the council said and what the municipality did, once the feedback is published.
 * The public never sees names, not even signed ones: signing is for the municipality.
 */
export function getPublicRound(
	municipalityId: number,
	roundId: number,
	lang: Language
): Promise<PublicRound | null> {
	return memoised(
		roundMemo,
		municipalityId,
		`${roundId}:${lang}`,
		() => readPublicRound(municipalityId, roundId, lang),
		200
	);
}

async function readPublicRound(
	municipalityId: number,
	roundId: number,
	lang: Language
): Promise<PublicRound | null> {
	const round = await db
		.select()
		.from(consultationRound)
		.where(
			and(
				eq(consultationRound.id, roundId),
				eq(consultationRound.municipalityId, municipalityId),
				isNotNull(consultationRound.feedbackPublishedAt)
			)
		)
		.get();
	if (!round) return null;
	const results = await loadRoundResults(round.id);
	const outcomes = await db
		.select()
		.from(consultationOutcome)
		.innerJoin(roundMeasure, eq(roundMeasure.id, consultationOutcome.roundMeasureId))
		.where(eq(roundMeasure.roundId, round.id))
		.all();
	const current = results.roundMeasures.length
		? await db
				.select({ measureId: measure.id, versionId: measureVersion.id })
				.from(measure)
				.innerJoin(
					measureVersion,
					and(
						eq(measureVersion.measureId, measure.id),
						eq(measureVersion.version, measure.currentVersion)
					)
				)
				.where(
					inArray(
						measure.id,
						results.roundMeasures.map((rm) => rm.measureId)
					)
				)
				.all()
		: [];
	const links = await publicLinksOfVersions(
		current.map((c) => c.versionId),
		municipalityId,
		lang
	);
	const currentVersionOf = new Map(current.map((c) => [c.measureId, c.versionId]));
	const classCodes = await classReactionSummary(round.id);
	const measures: PublicRoundMeasure[] = [];
	for (const rm of results.roundMeasures) {
		const agg = results.aggregates.get(rm.id)!;
		const mine = outcomes
			.map((o) => o.consultation_outcome)
			.filter((o) => o.roundMeasureId === rm.id);
		const main = mine.find((o) => o.measureAnswerId === null) ?? null;
		let changes: FieldChange[] = [];
		if (main?.newMeasureVersion) {
			const [before, after] = await Promise.all(
				[rm.measureVersion, main.newMeasureVersion].map((version) =>
					db
						.select()
						.from(measureVersion)
						.where(
							and(eq(measureVersion.measureId, rm.measureId), eq(measureVersion.version, version))
						)
						.get()
				)
			);
			if (before && after) {
				const pick = (v: typeof before) =>
					lang === 'en'
						? {
								...v,
								title: v.titleEn ?? v.title,
								description: v.descriptionEn ?? v.description,
								targetGroup: v.targetGroupEn ?? v.targetGroup,
								purpose: v.purposeEn ?? v.purpose
							}
						: v;
				changes = diffVersions(pick(before), pick(after), diffFields);
			}
		}
		measures.push({
			key: `m:${rm.id}`,
			title: planText(rm.frozen.title, rm.frozen.titleEn, lang),
			level: rm.frozen.level,
			answered: agg.answered,
			stances: stances.map((s) => ({ stance: s, count: agg.stances[s] })),
			importanceMean: agg.importanceMean,
			comments: agg.comments.map((c) => c.text),
			suggestions: agg.suggestedChanges.map((s) => {
				const o = mine.find((x) => x.measureAnswerId === s.answerId);
				return {
					text: s.text,
					decision: o?.decision ?? null,
					rationale: o ? planText(o.rationale, o.rationaleEn, lang) : null
				};
			}),
			outcome: main
				? { decision: main.decision, rationale: planText(main.rationale, main.rationaleEn, lang) }
				: null,
			changes,
			newVersion: main?.newMeasureVersion ?? null,
			services: links.get(currentVersionOf.get(rm.measureId) ?? -1) ?? [],
			classReactions: classCodes.answers
				? (classCodes.measures.find((c) => c.roundMeasureId === rm.id)?.reactions ?? null)
				: null
		});
	}
	const areas = await db
		.select()
		.from(focusArea)
		.where(eq(focusArea.planId, round.planId))
		.orderBy(asc(focusArea.position))
		.all();
	const [general, generalOutcomes, followUps] = await Promise.all([
		loadGeneralAnswers(round.id),
		db.select().from(generalOutcome).where(eq(generalOutcome.roundId, round.id)).all(),
		publicFollowUps(round.id)
	]);
	const outcomeOf = (key: string) => {
		const o = generalOutcomes.find((g) => g.inputKey === key);
		return o
			? { decision: o.decision, rationale: planText(o.rationale, o.rationaleEn, lang) }
			: null;
	};
	return {
		closedOn: toOsloLocal(round.deadline).slice(0, 10),
		statement:
			round.statementAdoptedOn && round.statementMarkdown
				? parseStatement(round.statementMarkdown)
				: null,
		questions: general.questions.map((q) => ({
			...q,
			key: `q:${q.id}`,
			outcome: outcomeOf(`q:${q.id}`)
		})),
		followUps,
		classAnswers: classCodes.answers,
		id: round.id,
		title: round.title,
		opensOn: round.opensOn,
		deadline: round.deadline,
		decisionDate: round.decisionDate,
		statementAdoptedOn: round.statementAdoptedOn,
		submitted: results.submitted,
		measures,
		advice: areas
			.filter((a) => results.advice.get(a.id)?.length)
			.map((a) => ({
				key: `f:${a.id}`,
				focusArea: planText(a.title, a.titleEn, lang),
				items: results.advice.get(a.id)!,
				outcome: outcomeOf(`f:${a.id}`)
			}))
	};
}
