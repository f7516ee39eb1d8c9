import { fail } from '@sveltejs/kit';
import { and, eq, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Executor } from '$lib/server/db/client';
import { diffVersions } from '$lib/server/plans/versions';
import type { ConflictAnswer } from '$lib/types/conflict';

/**
 * No silent overwrites, in one place (issues 5 and 14). Every editable thing keeps a
 * counter; its form carries the number it was read at in a hidden `version` field; the save
 * moves the counter on only where it still holds that number, in the save's own
 * transaction, so the check and the write cannot be split by another request. When nothing
 * moved, someone saved in between: the form comes back with what this person typed, the
 * newer number (so pressing "save anyway" overwrites on purpose) and a word diff between
 * their text and the saved one.
 */

/** The hidden `version` field; a missing or garbled one (-1) never matches: a conflict. */
export function formVersion(form: FormData, name = 'version'): number {
	const raw = form.get(name);
	const n = typeof raw === 'string' && raw !== '' ? Number(raw) : NaN;
	return Number.isSafeInteger(n) && n >= 0 ? n : -1;
}

/** The text fields of a form as typed (the hidden version left out), to put back on a conflict. */
export function typedValues(form: FormData, name = 'version'): Record<string, string> {
	const typed: Record<string, string> = {};
	for (const [key, value] of form)
		if (key !== name && typeof value === 'string') typed[key] = value;
	return typed;
}

/**
 * Moves `table[key]` of row `id` from `expected` to the next number; false when the row
 * holds another number (or is gone). Call it first inside the transaction and write only
 * when it says true.
 */
export function claimVersion<T extends SQLiteTable>(
	tx: Executor,
	table: T,
	key: keyof T['$inferSelect'] & string,
	id: number,
	expected: number
): boolean {
	const columns = table as unknown as Record<string, SQLiteColumn>;
	const counter = columns[key];
	const moved = tx
		.update(table)
		.set({ [key]: sql`${counter} + 1` } as never)
		.where(and(eq(columns.id, id), eq(counter, expected)))
		.run();
	return moved.changes === 1;
}

/**
 * The 409 answer for a stale save. `typed` and `saved` are keyed by the fields of the form;
 * `extra` lets a page with several forms say which one it is.
 */
export function versionConflict(
	typed: Record<string, string>,
	saved: Record<string, string | null | undefined>,
	fields: readonly string[],
	version: number,
	extra: Record<string, unknown> = {}
) {
	const answer: ConflictAnswer = {
		errors: { form: 'conflict' },
		values: typed,
		version,
		changes: diffVersions<Record<string, unknown>>(typed, saved, fields)
	};
	return fail(409, { ...extra, ...answer });
}
