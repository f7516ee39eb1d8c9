import { sql } from 'drizzle-orm';
import type { Executor } from '$lib/server/db/client';
import { normaliseForSearch } from './search-text';

/**
 * The FTS5 table, exactly as in the custom migration db/migrations/0002_finder_search.sql
 * (drizzle-kit cannot express virtual tables; a spec keeps the two the same). The index is
 * derived data, so the code that fills it also makes sure it exists.
 */
export const serviceSearchDdl = `CREATE VIRTUAL TABLE IF NOT EXISTS service_search USING fts5(
	body,
	service_id UNINDEXED,
	lang UNINDEXED,
	tokenize = 'unicode61 remove_diacritics 2'
);`;

/**
 * Refills the `service_search` FTS5 table from every translated text of every active
 * service: one row per service and language, normalised with `normaliseForSearch`. Call it
 * inside the transaction that changes service content (synchronous, through that `tx`), so
 * the index never shows a state the database does not have; it is cheap at municipal scale
 * (tens to hundreds of services).
 */
export function rebuildServiceSearchIndex(tx: Executor): void {
	const rows = tx.all<{
		serviceId: number;
		lang: string;
		body: string;
	}>(sql`
		SELECT s.id AS serviceId, st.lang AS lang,
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
	`);
	tx.run(sql.raw(serviceSearchDdl));
	tx.run(sql`DELETE FROM service_search`);
	for (const row of rows) {
		tx.run(
			sql`INSERT INTO service_search (body, service_id, lang) VALUES (${normaliseForSearch(row.body)}, CAST(${row.serviceId} AS INTEGER), ${row.lang})`
		);
	}
}
