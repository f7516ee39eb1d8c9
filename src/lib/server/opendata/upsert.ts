import { eq, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Executor } from '$lib/server/db/client';
import { markTranslationSaved } from '$lib/server/translations';

/**
 * What the CSV importers (services-csv.ts, activities-csv.ts) share when they write one row:
 * insert it or update it with a version bump, then write its nb texts. Each importer keeps
 * its own columns and child rows; only this "upsert with translations" shape lives here.
 */

/**
 * Which parts of a row to write: all of them for a new row, and for an existing one only
 * those whose CSV columns changed (so an import never rewrites what it did not touch).
 */
export function touchedBy(existingId: number | null, changed: ReadonlySet<string>) {
	return (...columns: readonly string[]) =>
		existingId === null || columns.some((column) => changed.has(column));
}

/** An empty CSV cell is "no value" in the database. */
export const emptyToNull = (value: string): string | null => (value === '' ? null : value);

/** A content table the staff edit under optimistic locking (`id` and `version` columns). */
type VersionedTable = SQLiteTable & { id: SQLiteColumn; version: SQLiteColumn };

/**
 * Inserts the row (`existingId` null) or updates it and bumps its `version` in the same
 * statement, so no read of the old version is needed first. Returns the row's id.
 */
export function insertOrBumpVersion<T extends VersionedTable>(
	tx: Executor,
	table: T,
	existingId: number | null,
	newRow: T['$inferInsert'],
	values: Partial<T['$inferInsert']>
): number {
	if (existingId !== null) {
		tx.update(table)
			.set({ ...values, version: sql`${table.version} + 1` })
			.where(eq(table.id, existingId))
			.run();
		return existingId;
	}
	const created = tx.insert(table).values(newRow).returning({ id: table.id }).get() as {
		id: number;
	};
	return created.id;
}

/** A `*_translation` table: one row per owner and language. */
type TranslationTable = SQLiteTable & { lang: SQLiteColumn };

/**
 * Writes the nb (source) texts of one row and marks them saved now, so translations made
 * before this import show as "needs review" in the staff workspace.
 */
export function writeSourceTexts<T extends TranslationTable>(
	tx: Executor,
	entity: 'service' | 'activity',
	id: number,
	translation: { table: T; owner: SQLiteColumn; ownerKey: keyof T['$inferInsert'] & string },
	texts: Partial<T['$inferInsert']>
): void {
	tx.insert(translation.table)
		.values({ [translation.ownerKey]: id, lang: 'nb', ...texts })
		.onConflictDoUpdate({ target: [translation.owner, translation.table.lang], set: texts })
		.run();
	markTranslationSaved(tx, entity, id, 'nb');
}
