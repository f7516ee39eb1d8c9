import { sql } from 'drizzle-orm';
import { integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
	indicatorSources,
	measureStatuses,
	outcomeDecisions,
	planStatuses,
	preventionLevels,
	questionKinds,
	responseStatuses,
	roundStatuses,
	stances,
	type PreventionLevel
} from '../../plans-vocabulary';

export * from '../../plans-vocabulary';

/**
 * The municipality every piece of content belongs to. One portal serves one municipality
 * today; scoping every row now keeps an inter-municipal deployment a configuration change.
 */
export const municipality = sqliteTable('municipality', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	slug: text('slug').notNull().unique(),
	name: text('name').notNull(),
	/** Statistics Norway's four-digit municipality number; `9999` style codes mark fiction. */
	kommunenummer: text('kommunenummer').notNull(),
	/** Demo municipalities are marked in the UI so nobody mistakes their data for real. */
	isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
	createdAt: text('created_at')
		.notNull()
		.default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`)
});

export type Municipality = typeof municipality.$inferSelect;

// ---------------------------------------------------------------------------------------
// Plans of preventive measures (tiltaksplan) and youth-council consultation rounds
// ---------------------------------------------------------------------------------------

/** A plan of preventive measures (barnevernsloven § 15-1). `version` counts adopted revisions. */
export const plan = sqliteTable(
	'plan',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		municipalityId: integer('municipality_id')
			.notNull()
			.references(() => municipality.id),
		slug: text('slug').notNull(),
		title: text('title').notNull(),
		titleEn: text('title_en'),
		periodStart: integer('period_start').notNull(),
		periodEnd: integer('period_end').notNull(),
		status: text('status', { enum: planStatuses }).notNull().default('draft'),
		version: integer('version').notNull().default(1),
		createdAt: text('created_at')
			.notNull()
			.default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`)
	},
	(t) => [uniqueIndex('plan_municipality_slug').on(t.municipalityId, t.slug)]
);

/** Innsatsområde: a focus area of a plan. */
export const focusArea = sqliteTable(
	'focus_area',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		municipalityId: integer('municipality_id')
			.notNull()
			.references(() => municipality.id),
		planId: integer('plan_id')
			.notNull()
			.references(() => plan.id, { onDelete: 'cascade' }),
		slug: text('slug').notNull(),
		position: integer('position').notNull(),
		title: text('title').notNull(),
		titleEn: text('title_en'),
		description: text('description').notNull().default(''),
		descriptionEn: text('description_en')
	},
	(t) => [uniqueIndex('focus_area_plan_slug').on(t.planId, t.slug)]
);

/**
 * A measure (tiltak). Its content lives in `measure_version` rows: every change adds a
 * version and `currentVersion` points at the newest, so earlier wording is never lost.
 */
export const measure = sqliteTable(
	'measure',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		municipalityId: integer('municipality_id')
			.notNull()
			.references(() => municipality.id),
		planId: integer('plan_id')
			.notNull()
			.references(() => plan.id, { onDelete: 'cascade' }),
		slug: text('slug').notNull(),
		currentVersion: integer('current_version').notNull().default(1),
		position: integer('position').notNull().default(0)
	},
	(t) => [uniqueIndex('measure_plan_slug').on(t.planId, t.slug)]
);

export const measureVersion = sqliteTable(
	'measure_version',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		municipalityId: integer('municipality_id')
			.notNull()
			.references(() => municipality.id),
		measureId: integer('measure_id')
			.notNull()
			.references(() => measure.id, { onDelete: 'cascade' }),
		version: integer('version').notNull(),
		focusAreaId: integer('focus_area_id')
			.notNull()
			.references(() => focusArea.id),
		title: text('title').notNull(),
		titleEn: text('title_en'),
		description: text('description').notNull(),
		descriptionEn: text('description_en'),
		level: text('level', { enum: preventionLevels }).notNull(),
		targetGroup: text('target_group').notNull(),
		targetGroupEn: text('target_group_en'),
		ageMin: integer('age_min'),
		ageMax: integer('age_max'),
		purpose: text('purpose').notNull().default(''),
		purposeEn: text('purpose_en'),
		responsible: text('responsible').notNull(),
		participants: text('participants').notNull().default(''),
		status: text('status', { enum: measureStatuses }).notNull().default('planned'),
		periodStart: integer('period_start'),
		periodEnd: integer('period_end'),
		/** Slugs of finder services, loosely coupled: the finder may not know them yet. */
		serviceSlugs: text('service_slugs', { mode: 'json' }).$type<string[]>().notNull().default([]),
		changeNote: text('change_note').notNull().default(''),
		/** Set when this version was made in answer to a consultation round. */
		roundId: integer('round_id'),
		createdBy: integer('created_by'),
		createdAt: text('created_at')
			.notNull()
			.default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`)
	},
	(t) => [uniqueIndex('measure_version_number').on(t.measureId, t.version)]
);

/** What a measure is followed up with: baseline, target and measured values over time. */
export const indicator = sqliteTable(
	'indicator',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		municipalityId: integer('municipality_id')
			.notNull()
			.references(() => municipality.id),
		measureId: integer('measure_id')
			.notNull()
			.references(() => measure.id, { onDelete: 'cascade' }),
		slug: text('slug').notNull(),
		name: text('name').notNull(),
		nameEn: text('name_en'),
		source: text('source', { enum: indicatorSources }).notNull(),
		unit: text('unit').notNull().default('%'),
		baseline: real('baseline').notNull(),
		baselineYear: integer('baseline_year').notNull(),
		target: real('target').notNull(),
		targetYear: integer('target_year').notNull()
	},
	(t) => [uniqueIndex('indicator_measure_slug').on(t.measureId, t.slug)]
);

export const indicatorValue = sqliteTable(
	'indicator_value',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		indicatorId: integer('indicator_id')
			.notNull()
			.references(() => indicator.id, { onDelete: 'cascade' }),
		/** ISO date the value was measured (or published). */
		measuredOn: text('measured_on').notNull(),
		value: real('value').notNull()
	},
	(t) => [uniqueIndex('indicator_value_date').on(t.indicatorId, t.measuredOn)]
);

/** A consultation round (høringsrunde) with the youth council on a plan draft. */
export const consultationRound = sqliteTable('consultation_round', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	municipalityId: integer('municipality_id')
		.notNull()
		.references(() => municipality.id),
	planId: integer('plan_id')
		.notNull()
		.references(() => plan.id),
	title: text('title').notNull(),
	intro: text('intro').notNull(),
	/** ISO dates (Europe/Oslo calendar days). */
	opensOn: text('opens_on').notNull(),
	/** ISO instant; answers are refused from this moment. */
	deadline: text('deadline').notNull(),
	decisionDate: text('decision_date').notNull(),
	status: text('status', { enum: roundStatuses }).notNull().default('draft'),
	statementMarkdown: text('statement_markdown'),
	statementAdoptedOn: text('statement_adopted_on'),
	feedbackPublishedAt: text('feedback_published_at'),
	createdAt: text('created_at')
		.notNull()
		.default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`)
});

/** The measure as it was sent: members answer this frozen text, whatever happens later. */
export type FrozenMeasure = {
	title: string;
	titleEn: string | null;
	description: string;
	descriptionEn: string | null;
	level: PreventionLevel;
	focusAreaId: number;
	targetGroup: string;
	purpose: string;
	responsible: string;
};

export const roundMeasure = sqliteTable(
	'round_measure',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		roundId: integer('round_id')
			.notNull()
			.references(() => consultationRound.id, { onDelete: 'cascade' }),
		measureId: integer('measure_id')
			.notNull()
			.references(() => measure.id),
		measureVersion: integer('measure_version').notNull(),
		position: integer('position').notNull(),
		frozen: text('frozen', { mode: 'json' }).$type<FrozenMeasure>().notNull()
	},
	(t) => [uniqueIndex('round_measure_once').on(t.roundId, t.measureId)]
);

export const roundQuestion = sqliteTable('round_question', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	roundId: integer('round_id')
		.notNull()
		.references(() => consultationRound.id, { onDelete: 'cascade' }),
	position: integer('position').notNull(),
	kind: text('kind', { enum: questionKinds }).notNull(),
	prompt: text('prompt').notNull(),
	options: text('options', { mode: 'json' }).$type<string[]>().notNull().default([])
});

/** One council member's answer to a round; `userId` refers to the accounts' user table. */
export const consultationResponse = sqliteTable(
	'consultation_response',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		municipalityId: integer('municipality_id')
			.notNull()
			.references(() => municipality.id),
		roundId: integer('round_id')
			.notNull()
			.references(() => consultationRound.id, { onDelete: 'cascade' }),
		userId: integer('user_id').notNull(),
		/** Shown beside comments the member chose to sign; copied so aggregates need no join. */
		signedName: text('signed_name'),
		status: text('status', { enum: responseStatuses }).notNull().default('draft'),
		submittedAt: text('submitted_at'),
		updatedAt: text('updated_at').notNull()
	},
	(t) => [uniqueIndex('consultation_response_member').on(t.roundId, t.userId)]
);

export const measureAnswer = sqliteTable(
	'measure_answer',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		responseId: integer('response_id')
			.notNull()
			.references(() => consultationResponse.id, { onDelete: 'cascade' }),
		roundMeasureId: integer('round_measure_id')
			.notNull()
			.references(() => roundMeasure.id, { onDelete: 'cascade' }),
		stance: text('stance', { enum: stances }),
		importance: integer('importance'),
		comment: text('comment').notNull().default(''),
		suggestedChange: text('suggested_change').notNull().default(''),
		signed: integer('signed', { mode: 'boolean' }).notNull().default(false)
	},
	(t) => [uniqueIndex('measure_answer_once').on(t.responseId, t.roundMeasureId)]
);

export const questionAnswer = sqliteTable(
	'question_answer',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		responseId: integer('response_id')
			.notNull()
			.references(() => consultationResponse.id, { onDelete: 'cascade' }),
		questionId: integer('question_id')
			.notNull()
			.references(() => roundQuestion.id, { onDelete: 'cascade' }),
		/** Chosen options, free text as one item, or round-measure ids in ranked order. */
		value: text('value', { mode: 'json' }).$type<string[]>().notNull()
	},
	(t) => [uniqueIndex('question_answer_once').on(t.responseId, t.questionId)]
);

/** "Advice from the youth council" per focus area (as in the Nittedal plan's practice). */
export const focusAreaAdvice = sqliteTable(
	'focus_area_advice',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		responseId: integer('response_id')
			.notNull()
			.references(() => consultationResponse.id, { onDelete: 'cascade' }),
		focusAreaId: integer('focus_area_id')
			.notNull()
			.references(() => focusArea.id),
		advice: text('advice').notNull()
	},
	(t) => [uniqueIndex('focus_area_advice_once').on(t.responseId, t.focusAreaId)]
);

/**
 * What the municipality did with the council's input: one row per measure in the round
 * (`measureAnswerId` null) and one per suggested change (`measureAnswerId` set).
 */
export const consultationOutcome = sqliteTable(
	'consultation_outcome',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		roundMeasureId: integer('round_measure_id')
			.notNull()
			.references(() => roundMeasure.id, { onDelete: 'cascade' }),
		measureAnswerId: integer('measure_answer_id').references(() => measureAnswer.id, {
			onDelete: 'cascade'
		}),
		decision: text('decision', { enum: outcomeDecisions }).notNull(),
		rationale: text('rationale').notNull(),
		rationaleEn: text('rationale_en'),
		/** The measure version that carries the change, when there is one. */
		newMeasureVersion: integer('new_measure_version'),
		updatedAt: text('updated_at').notNull()
	},
	(t) => [uniqueIndex('consultation_outcome_once').on(t.roundMeasureId, t.measureAnswerId)]
);

export type Plan = typeof plan.$inferSelect;
export type FocusArea = typeof focusArea.$inferSelect;
export type Measure = typeof measure.$inferSelect;
export type MeasureVersion = typeof measureVersion.$inferSelect;
export type Indicator = typeof indicator.$inferSelect;
export type IndicatorValue = typeof indicatorValue.$inferSelect;
export type ConsultationRound = typeof consultationRound.$inferSelect;
export type RoundMeasure = typeof roundMeasure.$inferSelect;
export type RoundQuestion = typeof roundQuestion.$inferSelect;
export type ConsultationResponse = typeof consultationResponse.$inferSelect;
export type MeasureAnswer = typeof measureAnswer.$inferSelect;
export type QuestionAnswer = typeof questionAnswer.$inferSelect;
export type FocusAreaAdvice = typeof focusAreaAdvice.$inferSelect;
export type ConsultationOutcome = typeof consultationOutcome.$inferSelect;
