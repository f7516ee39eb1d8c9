import { sql } from 'drizzle-orm';
import {
	index,
	integer,
	primaryKey,
	real,
	sqliteTable,
	text,
	uniqueIndex,
	type AnySQLiteColumn
} from 'drizzle-orm/sqlite-core';
import {
	indicatorSources,
	measureStatuses,
	classReactions,
	outcomeDecisions,
	planStatuses,
	preventionLevels,
	questionKinds,
	responseStatuses,
	roundStatuses,
	stances,
	type IndicatorSource,
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
// Finn hjelp: services on the Open Referral HSDS 3.0 model (organization, service,
// location, service_at_location, phone, contact channels, schedule, language, taxonomy).
// Every text a person reads lives in a *_translation row per language; nb is the fallback.
// A row with `municipalityId` null is national (helplines reachable from everywhere).
// ---------------------------------------------------------------------------------------

/**
 * Issue 14: a slug is unique within its municipality, and among the national rows (SQLite
 * counts NULLs as distinct, so national rows need their own partial index).
 */
function scopedSlug(table: string, t: { municipalityId: AnySQLiteColumn; slug: AnySQLiteColumn }) {
	return [
		uniqueIndex(`${table}_municipality_slug`).on(t.municipalityId, t.slug),
		uniqueIndex(`${table}_national_slug`)
			.on(t.slug)
			.where(sql`municipality_id is null`)
	];
}

/** HSDS organization: who runs a service. */
export const organization = sqliteTable(
	'organization',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		municipalityId: integer('municipality_id').references(() => municipality.id),
		/** Stable key for seeds and imports, unique per municipality (or nationally). */
		slug: text('slug').notNull(),
		website: text('website'),
		email: text('email'),
		/** Staff unpublish an organization to hide all its services at once (issue 5). */
		status: text('status', { enum: ['active', 'inactive'] })
			.notNull()
			.default('active'),
		/** Bumped on every staff save; a save based on an older version is refused (issue 5). */
		version: integer('version').notNull().default(1)
	},
	(t) => scopedSlug('organization', t)
);

export const organizationTranslation = sqliteTable(
	'organization_translation',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		organizationId: integer('organization_id')
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		lang: text('lang').notNull(),
		name: text('name').notNull(),
		description: text('description')
	},
	(t) => [uniqueIndex('organization_translation_lang').on(t.organizationId, t.lang)]
);

/**
 * HSDS service, plus the attributes a young person filters on. `level` is the prevention
 * level of the plans (universal / selective / indicated).
 */
export const service = sqliteTable(
	'service',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		municipalityId: integer('municipality_id').references(() => municipality.id),
		organizationId: integer('organization_id')
			.notNull()
			.references(() => organization.id),
		/** Unique per municipality (issue 14): two municipalities may both have `helsestasjon`. */
		slug: text('slug').notNull(),
		status: text('status', { enum: ['active', 'inactive', 'defunct'] })
			.notNull()
			.default('active'),
		level: text('level', { enum: ['universal', 'selective', 'indicated'] })
			.notNull()
			.default('universal'),
		minAge: integer('min_age'),
		maxAge: integer('max_age'),
		isFree: integer('is_free', { mode: 'boolean' }).notNull().default(true),
		referralRequired: integer('referral_required', { mode: 'boolean' }).notNull().default(false),
		canBeAnonymous: integer('can_be_anonymous', { mode: 'boolean' }).notNull().default(false),
		dropIn: integer('drop_in', { mode: 'boolean' }).notNull().default(false),
		/** 112/113/110-style emergency numbers: always first when someone needs help now. */
		isEmergency: integer('is_emergency', { mode: 'boolean' }).notNull().default(false),
		/** The municipality's "én dør inn" service, shown when nothing else matches. */
		isOneDoor: integer('is_one_door', { mode: 'boolean' }).notNull().default(false),
		/** Demo rows have fictional numbers and addresses; the UI says so. */
		isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
		website: text('website'),
		email: text('email'),
		chatUrl: text('chat_url'),
		/** HSDS assured_date: when someone last checked the content (YYYY-MM-DD). */
		assuredDate: text('assured_date'),
		// Issue 12: when help is next there, and what happens when you get in touch.
		/** The alert (in the translations) shows only from/to these dates (YYYY-MM-DD, Oslo). */
		alertFrom: text('alert_from'),
		alertTo: text('alert_to'),
		/** Typical reply time for SMS/chat/messages, in minutes. */
		replyMinutes: integer('reply_minutes'),
		/** Typical wait for an appointment, in days. */
		waitDays: integer('wait_days'),
		/** When staff last confirmed reply time and wait (YYYY-MM-DD); hidden after 90 days. */
		timesConfirmedOn: text('times_confirmed_on'),
		/** Is anything written down: nothing, notes that are not a record, or a health record. */
		writtenDown: text('written_down', { enum: ['nothing', 'notes', 'record'] }),
		/** Who is told: no one unless there is danger; health rules (own say from 12, decide at 16); parents take part. */
		whoIsTold: text('who_is_told', { enum: ['only_danger', 'health', 'parents_involved'] }),
		/** From this age you decide yourself who is told (16 for health help, pasientrettighetsloven). */
		ownDecisionAge: integer('own_decision_age'),
		bringFriend: integer('bring_friend', { mode: 'boolean' }),
		interpreter: integer('interpreter', { mode: 'boolean' }),
		/** Bumped on every staff save; a save based on an older version is refused (issue 5). */
		version: integer('version').notNull().default(1),
		createdAt: text('created_at')
			.notNull()
			.default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
		updatedAt: text('updated_at')
			.notNull()
			.default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`)
	},
	(t) => [
		index('service_municipality').on(t.municipalityId),
		// Issue 15: an organization's services (unpublish, search text of its name).
		index('service_organization').on(t.organizationId),
		...scopedSlug('service', t)
	]
);

export const serviceTranslation = sqliteTable(
	'service_translation',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		serviceId: integer('service_id')
			.notNull()
			.references(() => service.id, { onDelete: 'cascade' }),
		lang: text('lang').notNull(),
		name: text('name').notNull(),
		/** One or two plain sentences for the result card. */
		summary: text('summary').notNull(),
		description: text('description').notNull(),
		/** HSDS application_process, written as "what happens when you get in touch". */
		applicationProcess: text('application_process'),
		/** HSDS eligibility_description: who it is for. */
		eligibility: text('eligibility'),
		/** HSDS fees_description. */
		fees: text('fees'),
		/** Who can refer, when a referral is needed. */
		referralInfo: text('referral_info'),
		/** What they may share, and with whom (duty of confidentiality and its limits). */
		confidentiality: text('confidentiality'),
		/** HSDS alert: a temporary notice (closed for holidays, moved...). */
		alert: text('alert'),
		/** Issue 12: who answers when you get in touch ("a school nurse", "a volunteer"). */
		whoAnswers: text('who_answers')
	},
	(t) => [uniqueIndex('service_translation_lang').on(t.serviceId, t.lang)]
);

/** HSDS location: physical (address, coordinates) or virtual (a web address). */
export const location = sqliteTable(
	'location',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		municipalityId: integer('municipality_id').references(() => municipality.id),
		slug: text('slug').notNull(),
		locationType: text('location_type', { enum: ['physical', 'virtual'] })
			.notNull()
			.default('physical'),
		address: text('address'),
		postalCode: text('postal_code'),
		city: text('city'),
		latitude: real('latitude'),
		longitude: real('longitude'),
		url: text('url')
	},
	(t) => scopedSlug('location', t)
);

export const locationTranslation = sqliteTable(
	'location_translation',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		locationId: integer('location_id')
			.notNull()
			.references(() => location.id, { onDelete: 'cascade' }),
		lang: text('lang').notNull(),
		name: text('name').notNull(),
		/** Step-free access, toilets, quiet room... in plain words. */
		accessibility: text('accessibility'),
		/** How to get there (bus, floor, entrance). */
		directions: text('directions')
	},
	(t) => [uniqueIndex('location_translation_lang').on(t.locationId, t.lang)]
);

export const serviceAtLocation = sqliteTable(
	'service_at_location',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		serviceId: integer('service_id')
			.notNull()
			.references(() => service.id, { onDelete: 'cascade' }),
		locationId: integer('location_id')
			.notNull()
			.references(() => location.id, { onDelete: 'cascade' })
	},
	(t) => [uniqueIndex('service_at_location_pair').on(t.serviceId, t.locationId)]
);

/** HSDS phone: `type` voice or text (SMS). */
export const phone = sqliteTable(
	'phone',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		serviceId: integer('service_id')
			.notNull()
			.references(() => service.id, { onDelete: 'cascade' }),
		number: text('number').notNull(),
		type: text('type', { enum: ['voice', 'text'] })
			.notNull()
			.default('voice'),
		sortOrder: integer('sort_order').notNull().default(0)
	},
	(t) => [index('phone_service').on(t.serviceId)]
);

export const phoneTranslation = sqliteTable(
	'phone_translation',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		phoneId: integer('phone_id')
			.notNull()
			.references(() => phone.id, { onDelete: 'cascade' }),
		lang: text('lang').notNull(),
		description: text('description').notNull()
	},
	(t) => [uniqueIndex('phone_translation_lang').on(t.phoneId, t.lang)]
);

/**
 * HSDS schedule, one row per weekly rule. `byday` is an RFC 5545 list (`MO,TU`); times are
 * Europe/Oslo wall-clock `HH:MM`; `closesAt` at or before `opensAt` runs past midnight and
 * `24:00` means end of day (24/7 = every day 00:00–24:00). `kind` tells opening hours from
 * drop-in hours.
 */
export const schedule = sqliteTable(
	'schedule',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		serviceId: integer('service_id')
			.notNull()
			.references(() => service.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: ['open', 'drop_in'] })
			.notNull()
			.default('open'),
		byday: text('byday').notNull(),
		opensAt: text('opens_at').notNull(),
		closesAt: text('closes_at').notNull(),
		validFrom: text('valid_from'),
		validTo: text('valid_to')
	},
	(t) => [index('schedule_service').on(t.serviceId)]
);

/** One-off exceptions: a closed day (no times) or different hours on one date. */
export const scheduleException = sqliteTable(
	'schedule_exception',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		serviceId: integer('service_id')
			.notNull()
			.references(() => service.id, { onDelete: 'cascade' }),
		date: text('date').notNull(),
		opensAt: text('opens_at'),
		closesAt: text('closes_at')
	},
	(t) => [uniqueIndex('schedule_exception_day').on(t.serviceId, t.date)]
);

/** HSDS language: languages the staff can talk in (BCP 47 codes). */
export const serviceLanguage = sqliteTable(
	'service_language',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		serviceId: integer('service_id')
			.notNull()
			.references(() => service.id, { onDelete: 'cascade' }),
		code: text('code').notNull()
	},
	(t) => [uniqueIndex('service_language_code').on(t.serviceId, t.code)]
);

/** HSDS taxonomy_term: the finder's topics (`code` is the URL slug, e.g. `mobbing`). */
export const taxonomyTerm = sqliteTable('taxonomy_term', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	code: text('code').notNull().unique(),
	vocabulary: text('vocabulary').notNull().default('inngang-topic'),
	name: text('name').notNull()
});

export const serviceTaxonomy = sqliteTable(
	'service_taxonomy',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		serviceId: integer('service_id')
			.notNull()
			.references(() => service.id, { onDelete: 'cascade' }),
		taxonomyTermId: integer('taxonomy_term_id')
			.notNull()
			.references(() => taxonomyTerm.id, { onDelete: 'cascade' }),
		/** Issue 12: the topic is what the service is for, not one it also covers. */
		isPrimary: integer('is_primary', { mode: 'boolean' }).notNull().default(false)
	},
	(t) => [
		uniqueIndex('service_taxonomy_pair').on(t.serviceId, t.taxonomyTermId),
		// Issue 15: a topic's services, for the finder's topic pages.
		index('service_taxonomy_term').on(t.taxonomyTermId)
	]
);

/**
 * Anonymous need counters: how many times a topic was chosen or searched for on a day.
 * Deliberately nothing else: no time of day, no query text, nothing about the visitor.
 */
export const topicDailyCount = sqliteTable(
	'topic_daily_count',
	{
		day: text('day').notNull(),
		topic: text('topic').notNull(),
		count: integer('count').notNull().default(0)
	},
	(t) => [primaryKey({ columns: [t.day, t.topic] })]
);

export type Organization = typeof organization.$inferSelect;
export type OrganizationTranslation = typeof organizationTranslation.$inferSelect;
export type Service = typeof service.$inferSelect;
export type ServiceTranslation = typeof serviceTranslation.$inferSelect;
export type Location = typeof location.$inferSelect;
export type LocationTranslation = typeof locationTranslation.$inferSelect;
export type ServiceAtLocation = typeof serviceAtLocation.$inferSelect;
export type Phone = typeof phone.$inferSelect;
export type PhoneTranslation = typeof phoneTranslation.$inferSelect;
export type Schedule = typeof schedule.$inferSelect;
export type ScheduleException = typeof scheduleException.$inferSelect;
export type ServiceLanguage = typeof serviceLanguage.$inferSelect;
export type TaxonomyTerm = typeof taxonomyTerm.$inferSelect;
export type TopicDailyCount = typeof topicDailyCount.$inferSelect;

// Accounts, sessions, invitations, outbox, login rate limiting and the audit log
// (issue 5). Only staff and youth-council members have accounts; visitors never do.
// ---------------------------------------------------------------------------------------

/** A staff or youth-council person. Scoped to one municipality; roles in `accountRole`. */
export const account = sqliteTable('account', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	municipalityId: integer('municipality_id')
		.notNull()
		.references(() => municipality.id),
	/** Stored lower-cased, so the unique index is case-insensitive in effect. */
	email: text('email').notNull().unique(),
	name: text('name').notNull(),
	/** argon2id PHC string; null until the person has accepted their invitation. */
	passwordHash: text('password_hash'),
	/**
	 * The person's language for signed-in screens (public pages take it from the URL). Council
	 * members may pick any of the portal's languages for /rad and their emails; staff screens
	 * (/admin) exist in nb and en only and show nb for the others (`staffLocale`).
	 */
	locale: text('locale', { enum: ['nb', 'nn', 'en', 'uk', 'pl', 'ar', 'so'] })
		.notNull()
		.default('nb'),
	/** Youth-council term the person serves in, e.g. "2025–2027"; null for staff. */
	councilTerm: text('council_term'),
	/**
	 * Unix milliseconds when an admin disabled the account; null while it may log in.
	 * A disabled account keeps its name in the audit log and can be enabled again.
	 */
	disabledAt: integer('disabled_at'),
	createdAt: text('created_at')
		.notNull()
		.default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`)
});

export type Account = typeof account.$inferSelect;

export const roles = [
	'admin',
	'coordinator',
	'editor',
	'council_member',
	'council_leader'
] as const;

export const accountRole = sqliteTable(
	'account_role',
	{
		accountId: integer('account_id')
			.notNull()
			.references(() => account.id, { onDelete: 'cascade' }),
		role: text('role', { enum: roles }).notNull()
	},
	(t) => [primaryKey({ columns: [t.accountId, t.role] })]
);

/**
 * A login session (the Lucia guide's design): the cookie holds `<id>.<secret>`, the table
 * only the SHA-256 of the secret, so a copy of the database holds no usable token.
 */
export const session = sqliteTable(
	'session',
	{
		id: text('id').primaryKey(),
		accountId: integer('account_id')
			.notNull()
			.references(() => account.id, { onDelete: 'cascade' }),
		secretHash: text('secret_hash').notNull(),
		/** Unix milliseconds; pushed forward while the session is used (sliding expiry). */
		expiresAt: integer('expires_at').notNull(),
		createdAt: integer('created_at').notNull()
	},
	(t) => [index('session_account_idx').on(t.accountId)]
);

export type Session = typeof session.$inferSelect;

/**
 * One-time links: invitations (set name and password) and password resets. Same token
 * design as sessions; `usedAt` makes them single-use.
 */
export const accountLink = sqliteTable('account_link', {
	id: text('id').primaryKey(),
	secretHash: text('secret_hash').notNull(),
	kind: text('kind', { enum: ['invite', 'reset'] }).notNull(),
	municipalityId: integer('municipality_id')
		.notNull()
		.references(() => municipality.id),
	email: text('email').notNull(),
	/** JSON array of roles the invitation grants; `[]` for resets. */
	roles: text('roles', { mode: 'json' }).$type<string[]>().notNull(),
	councilTerm: text('council_term'),
	locale: text('locale', { enum: ['nb', 'en'] })
		.notNull()
		.default('nb'),
	/** For resets: the account whose password is reset. */
	accountId: integer('account_id').references(() => account.id, { onDelete: 'cascade' }),
	createdBy: integer('created_by').references(() => account.id, { onDelete: 'set null' }),
	expiresAt: integer('expires_at').notNull(),
	usedAt: integer('used_at'),
	/** Unix milliseconds when an admin withdrew an unused invitation; the link then says so. */
	revokedAt: integer('revoked_at'),
	createdAt: integer('created_at').notNull()
});

export type AccountLink = typeof accountLink.$inferSelect;

/** Emails kept here instead of sent when no SMTP server is configured (demo, tests). */
export const outboxEmail = sqliteTable('outbox_email', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	municipalityId: integer('municipality_id')
		.notNull()
		.references(() => municipality.id),
	recipient: text('recipient').notNull(),
	subject: text('subject').notNull(),
	body: text('body').notNull(),
	createdAt: text('created_at')
		.notNull()
		.default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`)
});

export type OutboxEmail = typeof outboxEmail.$inferSelect;

/**
 * Failed logins, one row each, counted over a sliding window. `subject` is either
 * `account:<email>` or `client:<hmac of the address>`; raw IP addresses are never stored.
 */
export const loginFailure = sqliteTable(
	'login_failure',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		subject: text('subject').notNull(),
		at: integer('at').notNull()
	},
	(t) => [index('login_failure_subject_at_idx').on(t.subject, t.at)]
);

/** Who changed what, when, and which fields (old and new values as JSON). */
export const auditLog = sqliteTable(
	'audit_log',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		municipalityId: integer('municipality_id')
			.notNull()
			.references(() => municipality.id),
		actorId: integer('actor_id').references(() => account.id, { onDelete: 'set null' }),
		entity: text('entity').notNull(),
		entityId: text('entity_id').notNull(),
		action: text('action').notNull(),
		changes: text('changes', { mode: 'json' }).$type<Record<
			string,
			{ old: unknown; new: unknown }
		> | null>(),
		createdAt: text('created_at')
			.notNull()
			.default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`)
	},
	(t) => [
		index('audit_log_municipality_created_idx').on(t.municipalityId, t.createdAt),
		index('audit_log_entity_idx').on(t.entity, t.entityId)
	]
);

export type AuditLogEntry = typeof auditLog.$inferSelect;

/**
 * When each language of a piece of content was last saved by staff. A translation older
 * than the nb source "needs review". Rows are only written by staff edits: seeded content
 * has none and counts as reviewed.
 */
export const translationRevision = sqliteTable(
	'translation_revision',
	{
		entity: text('entity').notNull(),
		entityId: integer('entity_id').notNull(),
		lang: text('lang').notNull(),
		/** Unix milliseconds. */
		savedAt: integer('saved_at').notNull()
	},
	(t) => [primaryKey({ columns: [t.entity, t.entityId, t.lang] })]
);

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
		/** Bumped on every staff save; a save based on an older version is refused (issue 5). */
		version: integer('version').notNull().default(1),
		createdAt: text('created_at')
			.notNull()
			.default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
		updatedAt: text('updated_at')
			.notNull()
			.default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`)
	},
	(table) => [
		uniqueIndex('activity_slug').on(table.municipalityId, table.slug),
		index('activity_municipality_published').on(table.municipalityId, table.published),
		// The RPDE feed pages by (updatedAt, id) from a cursor (activities/feed.ts).
		index('activity_feed_order').on(table.municipalityId, table.updatedAt, table.id)
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
		descriptionEn: text('description_en'),
		/** Bumped on every staff save; a save based on an older version is refused. */
		version: integer('version').notNull().default(1)
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
		/**
		 * The indicators as they were defined when this version was made (name, source,
		 * baseline, target), so the history shows indicator changes too. The live rows and
		 * their measured values are in `indicator` / `indicator_value`; a measured value is an
		 * observation, not a change to the measure, and makes no version.
		 */
		indicators: text('indicators', { mode: 'json' })
			.$type<IndicatorSnapshot[]>()
			.notNull()
			.default([]),
		changeNote: text('change_note').notNull().default(''),
		/** Set when this version was made in answer to a consultation round. */
		roundId: integer('round_id'),
		createdBy: integer('created_by').references(() => account.id, { onDelete: 'set null' }),
		createdAt: text('created_at')
			.notNull()
			.default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`)
	},
	(t) => [uniqueIndex('measure_version_number').on(t.measureId, t.version)]
);

export type IndicatorSnapshot = {
	slug: string;
	name: string;
	nameEn: string | null;
	source: IndicatorSource;
	unit: string;
	baseline: number;
	baselineYear: number;
	target: number;
	targetYear: number;
};

/**
 * The finder services a measure links to, per version: a new version gets its own rows, so
 * earlier versions keep the links they had. `serviceId` is a real foreign key; when a service
 * is deleted from the finder the link stays in the history under the name it had then
 * (`serviceName`, the nb name when the link was made) with `serviceId` null.
 */
export const measureVersionService = sqliteTable(
	'measure_version_service',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		measureVersionId: integer('measure_version_id')
			.notNull()
			.references(() => measureVersion.id, { onDelete: 'cascade' }),
		serviceId: integer('service_id').references(() => service.id, { onDelete: 'set null' }),
		serviceName: text('service_name').notNull(),
		position: integer('position').notNull().default(0)
	},
	(t) => [
		uniqueIndex('measure_version_service_once').on(t.measureVersionId, t.serviceId),
		index('measure_version_service_service').on(t.serviceId)
	]
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
	/**
	 * Optimistic locking (issue 14), one counter per editor on this row: the round settings,
	 * the council statement (leader and coordinator) and the outcomes page. A save based on
	 * an older number is refused and shown again with what changed (`$lib/server/conflict`).
	 */
	version: integer('version').notNull().default(1),
	statementVersion: integer('statement_version').notNull().default(1),
	outcomesVersion: integer('outcomes_version').notNull().default(1),
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

export const roundQuestion = sqliteTable(
	'round_question',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		roundId: integer('round_id')
			.notNull()
			.references(() => consultationRound.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		kind: text('kind', { enum: questionKinds }).notNull(),
		prompt: text('prompt').notNull(),
		options: text('options', { mode: 'json' }).$type<string[]>().notNull().default([])
	},
	// Issue 15: a round's questions.
	(t) => [index('round_question_round').on(t.roundId)]
);

/** One council member's answer to a round. */
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
		userId: integer('user_id')
			.notNull()
			.references(() => account.id, { onDelete: 'cascade' }),
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

// ---------------------------------------------------------------------------------------
// issue 17: the youth voice beyond the council, answers to general questions, follow-ups
// and the needs picture. Class codes and reactions are kept apart on purpose: a code row
// holds a hash and a used flag, a reaction holds the day only, and nothing joins them.
// ---------------------------------------------------------------------------------------

/** A one-time class code: only a hash of it is kept, and whether it has been used. */
export const classCode = sqliteTable(
	'class_code',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		roundId: integer('round_id')
			.notNull()
			.references(() => consultationRound.id, { onDelete: 'cascade' }),
		codeHash: text('code_hash').notNull(),
		used: integer('used', { mode: 'boolean' }).notNull().default(false)
	},
	(t) => [uniqueIndex('class_code_hash').on(t.codeHash)]
);

/** One young person's answer with a class code: a round and a day, nothing else. */
export const classAnswer = sqliteTable('class_answer', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	roundId: integer('round_id')
		.notNull()
		.references(() => consultationRound.id, { onDelete: 'cascade' }),
	/** Oslo calendar day: no finer time, so the order of codes and answers cannot be matched. */
	day: text('day').notNull()
});

export const classReaction = sqliteTable(
	'class_reaction',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		answerId: integer('answer_id')
			.notNull()
			.references(() => classAnswer.id, { onDelete: 'cascade' }),
		roundMeasureId: integer('round_measure_id')
			.notNull()
			.references(() => roundMeasure.id, { onDelete: 'cascade' }),
		reaction: text('reaction', { enum: classReactions }).notNull(),
		comment: text('comment').notNull().default('')
	},
	(t) => [uniqueIndex('class_reaction_once').on(t.answerId, t.roundMeasureId)]
);

/**
 * Failed class-code attempts per round and minute: the rate limit counts, it never knows
 * who asked (no address, no cookie). Rows older than an hour are pruned.
 */
export const classCodeAttempt = sqliteTable(
	'class_code_attempt',
	{
		roundId: integer('round_id')
			.notNull()
			.references(() => consultationRound.id, { onDelete: 'cascade' }),
		minute: text('minute').notNull(),
		count: integer('count').notNull().default(0)
	},
	(t) => [primaryKey({ columns: [t.roundId, t.minute] })]
);

/**
 * What the municipality did with an answer to a general question (`q:<questionId>`) or with
 * focus-area advice (`f:<focusAreaId>`): the same fields as a measure's outcome.
 */
export const generalOutcome = sqliteTable(
	'general_outcome',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		roundId: integer('round_id')
			.notNull()
			.references(() => consultationRound.id, { onDelete: 'cascade' }),
		inputKey: text('input_key').notNull(),
		decision: text('decision', { enum: outcomeDecisions }).notNull(),
		rationale: text('rationale').notNull(),
		rationaleEn: text('rationale_en'),
		updatedAt: text('updated_at').notNull()
	},
	(t) => [uniqueIndex('general_outcome_once').on(t.roundId, t.inputKey)]
);

/**
 * A promise to follow up an input that was taken in: who is responsible and when. The input
 * is named by key (`m:<roundMeasureId>`, `s:<measureAnswerId>`, `q:<questionId>`,
 * `f:<focusAreaId>`), since outcomes are rewritten on every save. `dueOn` null: done.
 */
export const followUp = sqliteTable(
	'follow_up',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		roundId: integer('round_id')
			.notNull()
			.references(() => consultationRound.id, { onDelete: 'cascade' }),
		inputKey: text('input_key').notNull(),
		responsible: text('responsible').notNull(),
		dueOn: text('due_on'),
		/** The day the coordinator was reminded of `dueOn` (so a daily check mails once). */
		remindedFor: text('reminded_for')
	},
	(t) => [uniqueIndex('follow_up_once').on(t.roundId, t.inputKey)]
);

export const followUpNote = sqliteTable('follow_up_note', {
	id: integer('id').primaryKey({ autoIncrement: true }),
	followUpId: integer('follow_up_id')
		.notNull()
		.references(() => followUp.id, { onDelete: 'cascade' }),
	text: text('text').notNull(),
	textEn: text('text_en'),
	writtenOn: text('written_on').notNull()
});

/**
 * Anonymous need counters for planners, by day, topic and page language. `kind` is `topic`
 * (a topic was chosen or a search pointed to it) or `empty` (a search found nothing; topic
 * is then what the words pointed to, or '' for none). Never the words themselves.
 */
export const needsDailyCount = sqliteTable(
	'needs_daily_count',
	{
		day: text('day').notNull(),
		kind: text('kind', { enum: ['topic', 'empty'] }).notNull(),
		topic: text('topic').notNull(),
		lang: text('lang').notNull(),
		count: integer('count').notNull().default(0)
	},
	(t) => [primaryKey({ columns: [t.day, t.kind, t.topic, t.lang] })]
);

/** The needs picture as it was when the coordinator attached it to a round. */
export const roundNeedsPicture = sqliteTable('round_needs_picture', {
	roundId: integer('round_id')
		.primaryKey()
		.references(() => consultationRound.id, { onDelete: 'cascade' }),
	picture: text('picture', { mode: 'json' }).$type<unknown>().notNull(),
	attachedOn: text('attached_on').notNull()
});

/**
 * When a scheduled job last ran (the daily follow-up reminder). Every worker of a cluster
 * runs the same timer; the one whose update moves `lastRunAt` past the slot does the work.
 */
export const jobRun = sqliteTable('job_run', {
	name: text('name').primaryKey(),
	/** An ISO instant (`toISOString`), so comparing strings compares instants; '' = never. */
	lastRunAt: text('last_run_at').notNull()
});

/**
 * A counter every write that changes public content moves (`invalidatePublicPages()`), and
 * nothing else does: visit counters, sessions and the audit log leave it alone. A worker
 * whose data memos see another connection's commit (SQLite's `data_version`) compares it to
 * tell "someone changed what the pages show" from "someone counted a visit". One row, id 1.
 */
export const contentGeneration = sqliteTable('content_generation', {
	id: integer('id').primaryKey(),
	n: integer('n').notNull()
});

export type ClassCode = typeof classCode.$inferSelect;
export type ClassReactionRow = typeof classReaction.$inferSelect;
export type GeneralOutcome = typeof generalOutcome.$inferSelect;
export type FollowUp = typeof followUp.$inferSelect;
export type FollowUpNote = typeof followUpNote.$inferSelect;

export type Plan = typeof plan.$inferSelect;
export type FocusArea = typeof focusArea.$inferSelect;
export type Measure = typeof measure.$inferSelect;
export type MeasureVersion = typeof measureVersion.$inferSelect;
export type Indicator = typeof indicator.$inferSelect;
export type IndicatorValue = typeof indicatorValue.$inferSelect;
export type MeasureVersionService = typeof measureVersionService.$inferSelect;
export type ConsultationRound = typeof consultationRound.$inferSelect;
export type RoundMeasure = typeof roundMeasure.$inferSelect;
export type RoundQuestion = typeof roundQuestion.$inferSelect;
export type ConsultationResponse = typeof consultationResponse.$inferSelect;
export type MeasureAnswer = typeof measureAnswer.$inferSelect;
export type QuestionAnswer = typeof questionAnswer.$inferSelect;
export type FocusAreaAdvice = typeof focusAreaAdvice.$inferSelect;
export type ConsultationOutcome = typeof consultationOutcome.$inferSelect;

// ---------------------------------------------------------------------------------------
// Open data (issue 7): what the RPDE activity feed must remember after a row is gone.
// An unpublished activity is still a row and appears in the feed as `deleted`; a row that
// was deleted outright leaves this tombstone so feed readers learn about it. Tombstones are
// kept at least 7 days (RPDE asks for that; we prune only older ones).
// ---------------------------------------------------------------------------------------

export const activityFeedTombstone = sqliteTable(
	'activity_feed_tombstone',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		municipalityId: integer('municipality_id')
			.notNull()
			.references(() => municipality.id),
		/** The id the deleted activity had in the feed (activity.id). */
		activityId: integer('activity_id').notNull(),
		/** The deleted activity's kind: the RPDE `kind` its tombstone is published under. */
		kind: text('kind', { enum: activityKinds }),
		deletedAt: text('deleted_at')
			.notNull()
			.default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`)
	},
	(table) => [
		uniqueIndex('activity_feed_tombstone_activity').on(table.activityId),
		index('activity_feed_tombstone_order').on(
			table.municipalityId,
			table.deletedAt,
			table.activityId
		)
	]
);

export type ActivityFeedTombstone = typeof activityFeedTombstone.$inferSelect;
