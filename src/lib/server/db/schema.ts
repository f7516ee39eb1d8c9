import { sql } from 'drizzle-orm';
import {
	index,
	integer,
	primaryKey,
	real,
	sqliteTable,
	text,
	uniqueIndex
} from 'drizzle-orm/sqlite-core';

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
// Activities ("Finn noe å gjøre", issue 4): OpenActive / schema.org Event aligned.
// An activity is the offer (schema.org Event / OpenActive SessionSeries or CourseInstance);
// its schedules say when it happens (OpenActive PartialSchedule: byDay + start/end time +
// date range, Europe/Oslo wall-clock times). A one-off date is a schedule whose startDate
// equals its endDate and that has no byDay; a list of dates is several such rows.
// Every text a person reads lives in activity_translation (one row per language; nb is the
// source and the fallback). Names of places and organisers are proper names and stay as
// written. Controlled lists (kind, category, activity type) are codes; their labels are
// UI strings in locales/<lng>/activities.json.
// ---------------------------------------------------------------------------------------

/** A part of the municipality ("Sentrum", "Nordbygda"): the map groups by it and the list filters on it. */
export const activityArea = sqliteTable(
	'activity_area',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		municipalityId: integer('municipality_id')
			.notNull()
			.references(() => municipality.id),
		slug: text('slug').notNull(),
		name: text('name').notNull(),
		/** Centre of the area, for the map's first view of it. */
		latitude: real('latitude'),
		longitude: real('longitude')
	},
	(table) => [uniqueIndex('activity_area_slug').on(table.municipalityId, table.slug)]
);

export const organizerKinds = ['municipal', 'voluntary', 'private'] as const;
export type OrganizerKind = (typeof organizerKinds)[number];

/** Who runs an activity (schema.org organizer). */
export const activityOrganizer = sqliteTable(
	'activity_organizer',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		municipalityId: integer('municipality_id')
			.notNull()
			.references(() => municipality.id),
		slug: text('slug').notNull(),
		name: text('name').notNull(),
		kind: text('kind', { enum: organizerKinds }).notNull(),
		email: text('email'),
		phone: text('phone'),
		url: text('url')
	},
	(table) => [uniqueIndex('activity_organizer_slug').on(table.municipalityId, table.slug)]
);

/** Where an activity happens (schema.org Place). */
export const activityLocation = sqliteTable(
	'activity_location',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		municipalityId: integer('municipality_id')
			.notNull()
			.references(() => municipality.id),
		slug: text('slug').notNull(),
		name: text('name').notNull(),
		streetAddress: text('street_address').notNull(),
		postalCode: text('postal_code'),
		postalTown: text('postal_town'),
		latitude: real('latitude'),
		longitude: real('longitude'),
		areaId: integer('area_id')
			.notNull()
			.references(() => activityArea.id)
	},
	(table) => [uniqueIndex('activity_location_slug').on(table.municipalityId, table.slug)]
);

/** OpenActive-style kinds of offer. */
export const activityKinds = ['session_series', 'course', 'event', 'lending', 'reuse'] as const;
export type ActivityKind = (typeof activityKinds)[number];

/** Controlled category list (labels in locales/<lng>/activities.json as `category_<code>`). */
export const activityCategories = [
	'club',
	'sport',
	'culture',
	'library',
	'gaming',
	'outdoors',
	'holiday',
	'lending',
	'reuse'
] as const;
export type ActivityCategory = (typeof activityCategories)[number];

export const genderRestrictions = ['girls', 'boys'] as const;

export const activity = sqliteTable(
	'activity',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		municipalityId: integer('municipality_id')
			.notNull()
			.references(() => municipality.id),
		/** Stable key in URLs and for the seed; never `kalender`, `kart` or `kalender.ics`. */
		slug: text('slug').notNull(),
		kind: text('kind', { enum: activityKinds }).notNull(),
		category: text('category', { enum: activityCategories }).notNull(),
		/** Finer activity type from the controlled list in $lib/server/activities/vocabulary.ts. */
		activityType: text('activity_type').notNull(),
		organizerId: integer('organizer_id')
			.notNull()
			.references(() => activityOrganizer.id),
		locationId: integer('location_id')
			.notNull()
			.references(() => activityLocation.id),
		/** Age range is always set (OpenActive ageRange); inclusive years. */
		ageMin: integer('age_min').notNull(),
		ageMax: integer('age_max').notNull(),
		isFree: integer('is_free', { mode: 'boolean' }).notNull(),
		/** Price in whole kroner for the period the price text names; null when free. */
		priceNok: integer('price_nok'),
		/** The municipality's page on help to pay (fritidskort, support fund). */
		paymentSupportUrl: text('payment_support_url'),
		dropIn: integer('drop_in', { mode: 'boolean' }).notNull().default(false),
		registrationUrl: text('registration_url'),
		/** Last day to sign up, local date YYYY-MM-DD. */
		registrationDeadline: text('registration_deadline'),
		/** Where to borrow what one needs (often a lending activity's page). */
		equipmentLendingUrl: text('equipment_lending_url'),
		wheelchairAccessible: integer('wheelchair_accessible', { mode: 'boolean' })
			.notNull()
			.default(false),
		adapted: integer('adapted', { mode: 'boolean' }).notNull().default(false),
		sensoryFriendly: integer('sensory_friendly', { mode: 'boolean' }).notNull().default(false),
		/** Languages the activity is held in, BCP 47 codes (`["nb","en"]`). */
		inLanguage: text('in_language', { mode: 'json' }).$type<string[]>().notNull(),
		genderRestriction: text('gender_restriction', { enum: genderRestrictions }),
		capacity: integer('capacity'),
		imageUrl: text('image_url'),
		/** When staff last confirmed the facts, local date YYYY-MM-DD. */
		lastCheckedAt: text('last_checked_at').notNull(),
		published: integer('published', { mode: 'boolean' }).notNull().default(true),
		createdAt: text('created_at')
			.notNull()
			.default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
		updatedAt: text('updated_at')
			.notNull()
			.default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`)
	},
	(table) => [
		uniqueIndex('activity_slug').on(table.municipalityId, table.slug),
		index('activity_municipality_published').on(table.municipalityId, table.published)
	]
);

/** Every text of an activity a person reads, per language. nb always exists. */
export const activityTranslation = sqliteTable(
	'activity_translation',
	{
		activityId: integer('activity_id')
			.notNull()
			.references(() => activity.id, { onDelete: 'cascade' }),
		lang: text('lang').notNull(),
		name: text('name').notNull(),
		description: text('description').notNull(),
		/** "300 kr per semester, siblings half price"; empty when free. */
		priceText: text('price_text'),
		/** How to join: "Just come", "Sign up by …". */
		howToJoin: text('how_to_join'),
		/** What to bring / equipment needed. */
		bring: text('bring'),
		accessibilityNote: text('accessibility_note'),
		imageAlt: text('image_alt')
	},
	(table) => [primaryKey({ columns: [table.activityId, table.lang] })]
);

/**
 * When an activity happens (OpenActive Schedule). Weekly: byDay set (`MO,WE`), between
 * startDate and endDate (endDate null = until further notice). One date: byDay null and
 * startDate = endDate. Times are local wall-clock times in `timezone`.
 */
export const activitySchedule = sqliteTable(
	'activity_schedule',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		activityId: integer('activity_id')
			.notNull()
			.references(() => activity.id, { onDelete: 'cascade' }),
		byDay: text('by_day'),
		startTime: text('start_time').notNull(),
		endTime: text('end_time').notNull(),
		startDate: text('start_date').notNull(),
		endDate: text('end_date'),
		timezone: text('timezone').notNull().default('Europe/Oslo')
	},
	(table) => [index('activity_schedule_activity').on(table.activityId)]
);

/** A date a weekly schedule skips on purpose (holidays): shown as "no session", not hidden. */
export const activityExceptDate = sqliteTable(
	'activity_except_date',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		scheduleId: integer('schedule_id')
			.notNull()
			.references(() => activitySchedule.id, { onDelete: 'cascade' }),
		date: text('date').notNull()
	},
	(table) => [uniqueIndex('activity_except_date_unique').on(table.scheduleId, table.date)]
);

/**
 * One occurrence called off (OpenActive eventStatus Cancelled), with the reason per
 * language (`{"nb": "Treneren er syk", "en": "The coach is ill"}`; nb always present).
 */
export const activityCancellation = sqliteTable(
	'activity_cancellation',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		scheduleId: integer('schedule_id')
			.notNull()
			.references(() => activitySchedule.id, { onDelete: 'cascade' }),
		date: text('date').notNull(),
		reason: text('reason', { mode: 'json' }).$type<Record<string, string>>().notNull()
	},
	(table) => [uniqueIndex('activity_cancellation_unique').on(table.scheduleId, table.date)]
);

export type ActivityArea = typeof activityArea.$inferSelect;
export type ActivityOrganizer = typeof activityOrganizer.$inferSelect;
export type ActivityLocation = typeof activityLocation.$inferSelect;
export type Activity = typeof activity.$inferSelect;
export type ActivityTranslation = typeof activityTranslation.$inferSelect;
export type ActivitySchedule = typeof activitySchedule.$inferSelect;
export type ActivityExceptDate = typeof activityExceptDate.$inferSelect;
export type ActivityCancellation = typeof activityCancellation.$inferSelect;
