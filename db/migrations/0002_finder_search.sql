-- Finn hjelp: full-text index over every translated text of a service, one row per
-- (service, language). The application fills it (src/lib/server/services/search.ts,
-- `rebuildServiceSearchIndex`) because the text is normalised in code first: æ→ae, ø→o,
-- å→a and other diacritics stripped, so "sovn" finds "søvn". unicode61's
-- remove_diacritics does not fold ø or æ, hence the normalising in code.
CREATE VIRTUAL TABLE IF NOT EXISTS service_search USING fts5(
	body,
	service_id UNINDEXED,
	lang UNINDEXED,
	tokenize = 'unicode61 remove_diacritics 2'
);
