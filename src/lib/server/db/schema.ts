import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

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
	/** Staff and council screens are in nb or en; public pages take the language from the URL. */
	locale: text('locale', { enum: ['nb', 'en'] })
		.notNull()
		.default('nb'),
	/** Youth-council term the person serves in, e.g. "2025–2027"; null for staff. */
	councilTerm: text('council_term'),
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
