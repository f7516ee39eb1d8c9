import { sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { db } from '$lib/server/db';
import { normaliseForSearch } from '$lib/server/services/search-text';

/**
 * Search in SQL without the full-text index, for lists that filter by a few words (the
 * HSDS API's `search`, the staff lists): `search_text(x)` is normaliseForSearch on the
 * connection, so "sovn" finds "Søvn" and "МОЛОДЬ" finds "молодь".
 */
let searchFunctionReady = false;
export function searchText(value: SQL | SQLiteColumn): SQL {
	if (!searchFunctionReady) {
		db.$client.function('search_text', { deterministic: true }, (text: unknown) =>
			normaliseForSearch(typeof text === 'string' ? text : '')
		);
		searchFunctionReady = true;
	}
	return sql`search_text(${value})`;
}

/** The normalised words of what someone typed (none for an empty search). */
export function searchWords(search: string | null): string[] {
	return search ? normaliseForSearch(search).split(/\s+/).filter(Boolean) : [];
}

/** Conditions that `column` holds every word of `search` (none for an empty search). */
export function containsWords(column: SQL | SQLiteColumn, search: string | null): SQL[] {
	return searchWords(search).map((word) => sql`instr(${searchText(column)}, ${word}) > 0`);
}
