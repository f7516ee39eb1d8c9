import { sql } from 'drizzle-orm';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

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
