import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { db } from '$lib/server/db';
import { inTransaction, type Executor } from '$lib/server/db/client';
import { translationRevision } from '$lib/server/db/schema';
import { changedFields, recordChange } from '$lib/server/audit/log';
import type { AuthUser } from '$lib/server/auth/guard';
import { invalidatePublicPages, type PublicChange } from '$lib/server/page-cache';

/**
 * Side-by-side translation of content (services, activities): which languages need review
 * and the one save path. Written in the same transaction as the text it describes.
 */
export function markTranslationSaved(
	tx: Executor,
	entity: string,
	entityId: number,
	lang: string,
	now = Date.now()
): void {
	tx.insert(translationRevision)
		.values({ entity, entityId, lang, savedAt: now })
		.onConflictDoUpdate({
			target: [translationRevision.entity, translationRevision.entityId, translationRevision.lang],
			set: { savedAt: now }
		})
		.run();
}

/**
 * Languages (among `translated`) whose text is older than the nb source: staff changed nb
 * after the translation was last saved, or changed nb while the translation was seeded.
 */
export function needsReview(revisions: Map<string, number>, translated: string[]): Set<string> {
	const source = revisions.get('nb');
	const stale = new Set<string>();
	if (source === undefined) return stale;
	for (const lang of translated) {
		const saved = revisions.get(lang);
		if (lang !== 'nb' && (saved === undefined || saved < source)) stale.add(lang);
	}
	return stale;
}

export function revisionsOf(entity: string, entityId: number): Map<string, number> {
	const rows = db
		.select()
		.from(translationRevision)
		.where(and(eq(translationRevision.entity, entity), eq(translationRevision.entityId, entityId)))
		.all();
	return new Map(rows.map((r) => [r.lang, r.savedAt]));
}

export const translatableLanguages = ['nn', 'en', 'uk', 'pl', 'ar', 'so'] as const;
export type TranslatableLanguage = (typeof translatableLanguages)[number];

/**
 * Content whose texts are translated side by side: which fields, how to find its rows and
 * how to write one language. Services and activities each describe themselves once; the
 * side-by-side view, "needs review" and saving (with audit and cache) are shared.
 */
export type TranslatableContent<F extends string> = {
	/** The name in translation_revision and the audit log (`<entity>_translation:<lang>`). */
	entity: string;
	fields: readonly F[];
	/** Fields a translation must fill in; the rest may stay empty (stored as null). */
	required: readonly F[];
	exists(tx: Executor, municipalityId: number, id: number): boolean;
	rows(tx: Executor, id: number): ({ lang: string } & Record<F, string | null>)[];
	/**
	 * For the overview, of the items `ids`: each translation row's item, language and name,
	 * and which fields have text (`hasText`), without reading the texts themselves.
	 */
	filledOf(tx: Executor, ids: readonly number[]): FilledRow[];
	/** Called inside the save's transaction: synchronous database calls through `tx` only. */
	write(tx: Executor, id: number, lang: string, text: Record<F, string | null>): void;
	/** What a saved translation of item `id` changes, for the in-memory indexes. */
	changeOf(id: number): PublicChange;
};

export type Texts<F extends string> = Record<F, string>;

/**
 * One translation row as the coverage overview reads it: `filled` has bit i set when field
 * i (in the content's `fields` order) has text.
 */
export type FilledRow = { itemId: number; lang: string; name: string; filled: number };

/** What `String.prototype.trim` removes: ECMAScript white space and line terminators. */
const whiteSpace =
	'\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/** 1 when the column has text besides white space (as `text.trim() !== ''`), else 0. */
function hasText(column: SQLiteColumn): SQL<number> {
	return sql<number>`(trim(coalesce(${column}, ''), ${whiteSpace}) <> '')`;
}

/**
 * `filledOf` for a translation table: the rows of the items `ids` (their column `item`),
 * with `hasText` of every field as one number, bit i for field i. Read as plain values: at
 * 8,000 items in seven languages, drizzle shaping every row into an object was most of the
 * overview's time.
 */
export function filledRowsOf<F extends string>(
	tx: Executor,
	table: SQLiteTable & Record<F | 'lang' | 'name', SQLiteColumn>,
	item: SQLiteColumn,
	fields: readonly F[],
	ids: readonly number[]
): FilledRow[] {
	const filled = sql.join(
		fields.map((f, i) => sql`(${hasText(table[f])} << ${sql.raw(String(i))})`),
		sql` | `
	);
	return tx
		.select({ itemId: item, lang: table.lang, name: table.name, filled })
		.from(table)
		.where(inArray(item, [...ids]))
		.values()
		.map(([itemId, lang, name, bits]) => ({
			itemId: itemId as number,
			lang: lang as string,
			name: name as string,
			filled: bits as number
		}));
}

function textsOf<F extends string>(fields: readonly F[], row: Record<F, string | null>): Texts<F> {
	return Object.fromEntries(fields.map((f) => [f, row[f] ?? ''])) as Texts<F>;
}

/** The nb source and every other language of one item, side by side; null when not found. */
export function getTranslationsOf<F extends string>(
	content: TranslatableContent<F>,
	municipalityId: number,
	id: number
) {
	if (!content.exists(db, municipalityId, id)) return null;
	const byLang = new Map(content.rows(db, id).map((r) => [r.lang, r]));
	const source = byLang.get('nb');
	const versions = revisionsOf(content.entity, id);
	const stale = needsReview(versions, [...byLang.keys()]);
	return {
		source: source
			? textsOf(content.fields, source)
			: textsOf(content.fields, {} as Record<F, null>),
		languages: translatableLanguages.map((lang) => {
			const row = byLang.get(lang);
			return {
				lang,
				text: row ? textsOf(content.fields, row) : null,
				needsReview: stale.has(lang),
				version: versions.get(lang) ?? 0
			};
		})
	};
}

/**
 * A translation save. Its version is the language's `translation_revision.savedAt` (0 while
 * never saved by staff): two people translating the same language do not overwrite each
 * other silently, and `conflict` carries the text and version saved in between.
 */
export type TranslationSave<F extends string> =
	| { ok: true }
	| { ok: false; reason: 'not_found' }
	| { ok: false; reason: 'conflict'; version: number; current: Texts<F> };

/** Saves one language of one item: audited, marked as saved now, public pages refreshed. */
export function saveTranslationOf<F extends string>(
	content: TranslatableContent<F>,
	user: AuthUser,
	id: number,
	lang: TranslatableLanguage,
	text: Texts<F>,
	version: number
): TranslationSave<F> {
	const stored = Object.fromEntries(
		content.fields.map((f) => [f, text[f] === '' && !content.required.includes(f) ? null : text[f]])
	) as Record<F, string | null>;
	const saved = inTransaction(db, (tx): TranslationSave<F> => {
		if (!content.exists(tx, user.municipalityId, id)) return { ok: false, reason: 'not_found' };
		const before = content.rows(tx, id).find((r) => r.lang === lang);
		const savedAt = revisionOf(tx, content.entity, id, lang);
		if (savedAt !== version)
			return {
				ok: false,
				reason: 'conflict',
				version: savedAt,
				current: textsOf(content.fields, before ?? ({} as Record<F, null>))
			};
		content.write(tx, id, lang, stored);
		// Strictly later than the version read, even within the same millisecond.
		markTranslationSaved(tx, content.entity, id, lang, Math.max(Date.now(), savedAt + 1));
		const empty = Object.fromEntries(content.fields.map((f) => [f, null]));
		const previous = before ? Object.fromEntries(content.fields.map((f) => [f, before[f]])) : empty;
		recordChange(tx, {
			actorId: user.id,
			municipalityId: user.municipalityId,
			entity: `${content.entity}_translation:${lang}`,
			entityId: String(id),
			action: before ? 'update' : 'create',
			changes: changedFields(previous as Record<string, unknown>, stored)
		});
		return { ok: true };
	});
	if (saved.ok) invalidatePublicPages(content.changeOf(id));
	return saved;
}

function revisionOf(tx: Executor, entity: string, entityId: number, lang: string): number {
	const row = tx
		.select({ savedAt: translationRevision.savedAt })
		.from(translationRevision)
		.where(
			and(
				eq(translationRevision.entity, entity),
				eq(translationRevision.entityId, entityId),
				eq(translationRevision.lang, lang)
			)
		)
		.get();
	return row?.savedAt ?? 0;
}
