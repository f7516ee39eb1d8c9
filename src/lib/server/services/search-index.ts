import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '$lib/server/db/client';
import { normaliseForSearch } from './search-text';

/**
 * The FTS5 table, exactly as in db/migrations/0015_finder_search_per_service.sql (drizzle-kit
 * cannot express virtual tables; a spec keeps the two the same). One row per service, its
 * rowid the service's id, its body every language's text of it: a search ranks each service
 * once instead of once per language (at 3,200 services "lei meg" matched 8,100 rows and
 * ranking them took 12–14 ms; one row per service takes 2–3 ms), and a save replaces one
 * row. `scope` holds `m<municipality id>` for a municipality's service or `national`, so a
 * search asks FTS5 itself for one municipality's (and the national) services: another
 * municipality's rows never take up the result limit.
 */
export const serviceSearchDdl = `CREATE VIRTUAL TABLE IF NOT EXISTS service_search USING fts5(
	body,
	scope,
	tokenize = 'unicode61 remove_diacritics 2'
);`;

/** The table's text as SQLite keeps it in sqlite_master, for comparing shapes. */
const shapeOf = (ddl: string) =>
	ddl
		.replace(/IF NOT EXISTS /, '')
		.replace(/;\s*$/, '')
		.replace(/\s+/g, ' ');

/** The `scope` token of a municipality (null: the national services). */
export function searchScope(municipalityId: number | null): string {
	return municipalityId === null ? 'national' : `m${municipalityId}`;
}

function textsOf(tx: Executor, where: SQL) {
	return tx.all<{ serviceId: number; municipalityId: number | null; lang: string; body: string }>(
		sql`
		SELECT s.id AS serviceId, s.municipality_id AS municipalityId, st.lang AS lang,
			st.name || ' ' || st.summary || ' ' || st.description || ' ' ||
			coalesce(st.application_process, '') || ' ' || coalesce(st.eligibility, '') || ' ' ||
			coalesce(st.referral_info, '') || ' ' || coalesce(ot.name, '') || ' ' ||
			coalesce((SELECT group_concat(tt.name, ' ') FROM service_taxonomy sx
				JOIN taxonomy_term tt ON tt.id = sx.taxonomy_term_id WHERE sx.service_id = s.id), '')
			AS body
		FROM service s
		JOIN service_translation st ON st.service_id = s.id
		LEFT JOIN organization_translation ot
			ON ot.organization_id = s.organization_id AND ot.lang = st.lang
		WHERE s.status = 'active'
			AND EXISTS (SELECT 1 FROM organization o WHERE o.id = s.organization_id AND o.status = 'active')
			AND ${where}
	`
	);
}

function insertTexts(tx: Executor, rows: ReturnType<typeof textsOf>): void {
	// Grouped with a Map: rows come per (service, language), the index holds one per service.
	const services = new Map<number, { municipalityId: number | null; bodies: string[] }>();
	for (const row of rows) {
		const held = services.get(row.serviceId);
		if (held) held.bodies.push(normaliseForSearch(row.body));
		else
			services.set(row.serviceId, {
				municipalityId: row.municipalityId,
				bodies: [normaliseForSearch(row.body)]
			});
	}
	for (const [serviceId, { municipalityId, bodies }] of services) {
		tx.run(
			sql`INSERT OR REPLACE INTO service_search (rowid, body, scope) VALUES (${serviceId}, ${bodies.join(' ')}, ${searchScope(municipalityId)})`
		);
	}
}

function isCurrent(tx: Executor): boolean {
	const existing = tx.get<{ sql: string } | undefined>(
		sql`SELECT sql FROM sqlite_master WHERE name = 'service_search'`
	);
	return existing !== undefined && shapeOf(existing.sql) === shapeOf(serviceSearchDdl);
}

/**
 * Makes sure the table exists in its current shape; an index of another shape (one from
 * before the `scope` column, or with a row per language) is dropped and refilled. Cheap: one
 * read of sqlite_master.
 *
 * The refill is one transaction (a savepoint inside a caller's): a search on another
 * connection or worker sees the old table or the whole new one, never a half-filled one, and
 * a worker that was waiting for the lock finds the table current and leaves it.
 */
export function ensureServiceSearchIndex(tx: Executor): void {
	if (isCurrent(tx)) return;
	tx.transaction(
		(t) => {
			if (isCurrent(t)) return;
			t.run(sql`DROP TABLE IF EXISTS service_search`);
			t.run(sql.raw(serviceSearchDdl));
			insertTexts(t, textsOf(t, sql`1 = 1`));
		},
		{ behavior: 'immediate' }
	);
}

/**
 * Refills the whole `service_search` table from every translated text of every active
 * service, normalised with `normaliseForSearch`. For the seed and bulk imports; a staff
 * edit of some services calls `updateServiceSearchIndex` with their ids instead.
 */
export function rebuildServiceSearchIndex(tx: Executor): void {
	tx.run(sql`DROP TABLE IF EXISTS service_search`);
	ensureServiceSearchIndex(tx);
}

/**
 * Replaces the index rows of these services (deleted or unpublished ones just leave it).
 * Call it inside the transaction that changes them, through that `tx`, so the index never
 * shows a state the database does not have. Costs one row per service, whatever the size
 * of the catalogue.
 */
export function updateServiceSearchIndex(tx: Executor, serviceIds: readonly number[]): void {
	ensureServiceSearchIndex(tx);
	if (serviceIds.length === 0) return;
	for (const id of serviceIds) tx.run(sql`DELETE FROM service_search WHERE rowid = ${id}`);
	insertTexts(
		tx,
		textsOf(
			tx,
			sql`s.id IN (${sql.join(
				serviceIds.map((id) => sql`${id}`),
				sql`, `
			)})`
		)
	);
}
