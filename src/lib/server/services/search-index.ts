import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '$lib/server/db/client';
import { normaliseForSearch } from './search-text';

/**
 * The FTS5 table, exactly as in db/migrations/0009_finder_search_scope.sql (drizzle-kit cannot
 * express virtual tables; a spec keeps the two the same). One row per (service, language);
 * its rowid is `service_id * 8 + language`, so one service's rows are a rowid range and
 * can be replaced without scanning the table. `scope` holds `m<municipality id>` for a
 * municipality's service or `national`, so a search asks FTS5 itself for one municipality's
 * (and the national) services: another municipality's rows never take up the result limit.
 */
export const serviceSearchDdl = `CREATE VIRTUAL TABLE IF NOT EXISTS service_search USING fts5(
	body,
	scope,
	service_id UNINDEXED,
	lang UNINDEXED,
	tokenize = 'unicode61 remove_diacritics 2'
);`;

const languageSlots = ['nb', 'nn', 'en', 'uk', 'pl', 'ar', 'so'];
const slotsPerService = 8;

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
	for (const row of rows) {
		const slot = languageSlots.indexOf(row.lang);
		const rowid = row.serviceId * slotsPerService + (slot < 0 ? slotsPerService - 1 : slot);
		tx.run(
			sql`INSERT OR REPLACE INTO service_search (rowid, body, scope, service_id, lang) VALUES (${rowid}, ${normaliseForSearch(row.body)}, ${searchScope(row.municipalityId)}, CAST(${row.serviceId} AS INTEGER), ${row.lang})`
		);
	}
}

/**
 * Makes sure the table exists in its current shape; an index from before the `scope`
 * column (issue 15) is dropped and refilled. Cheap: one read of sqlite_master.
 */
export function ensureServiceSearchIndex(tx: Executor): void {
	const existing = tx.get<{ sql: string } | undefined>(
		sql`SELECT sql FROM sqlite_master WHERE name = 'service_search'`
	);
	if (existing && /\bscope\b/.test(existing.sql)) return;
	if (existing) tx.run(sql`DROP TABLE service_search`);
	tx.run(sql.raw(serviceSearchDdl));
	insertTexts(tx, textsOf(tx, sql`1 = 1`));
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
 * shows a state the database does not have. Costs a few rows per service, whatever the size
 * of the catalogue.
 */
export function updateServiceSearchIndex(tx: Executor, serviceIds: readonly number[]): void {
	ensureServiceSearchIndex(tx);
	if (serviceIds.length === 0) return;
	for (const id of serviceIds) {
		tx.run(
			sql`DELETE FROM service_search WHERE rowid BETWEEN ${id * slotsPerService} AND ${id * slotsPerService + slotsPerService - 1}`
		);
	}
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
