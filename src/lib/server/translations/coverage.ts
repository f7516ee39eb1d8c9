import { and, eq, inArray } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { timeSlicer } from '$lib/server/slices';
import { translationRevision } from '$lib/server/db/schema';
import {
	needsReview,
	translatableLanguages,
	type FilledRow,
	type TranslatableContent,
	type TranslatableLanguage
} from './index';

/**
 * How far the translations of one kind of content have come, for the staff overview: per
 * language, how many published items are translated, missing (no text, or a text the nb
 * source has is empty) or need review (nb changed after the translation was saved).
 */
export type LanguageCoverage = {
	lang: TranslatableLanguage;
	translated: number;
	missing: number;
	needsReview: number;
};

/** One published item that is not fully translated, and in which languages. */
export type CoverageGap = {
	id: number;
	name: string;
	missing: TranslatableLanguage[];
	needsReview: TranslatableLanguage[];
};

export type Coverage = { total: number; languages: LanguageCoverage[]; gaps: CoverageGap[] };

export type CoverageStatus = 'translated' | 'missing' | 'needs_review';

/**
 * The status of one language of one item, from which fields have text (`FilledRow`). Only
 * the fields the nb source fills in count (an activity without "what to bring" in nb needs
 * none in Polish), as in the editor.
 */
export function statusOf(
	source: number,
	translation: number | undefined,
	stale: boolean
): CoverageStatus {
	if (translation === undefined || (translation & source) !== source) return 'missing';
	return stale ? 'needs_review' : 'translated';
}

/**
 * Items per query when reading their rows: well under SQLite's limit on bound values, and
 * few queries at a real municipality's size (at 3,200 services and 4,800 activities the
 * overview asked one query per item and took ~0.9 s).
 */
const itemsPerQuery = 1000;

const byName = new Intl.Collator('nb');

/**
 * Coverage of the items `published` lists (already scoped to one municipality). Read a
 * thousand items at a time, between `timeSlicer` checks: at 8,000 items the reads take
 * ~150 ms, which visitors of the public pages would otherwise wait for.
 */
export async function coverageOf<F extends string>(
	content: TranslatableContent<F>,
	published: readonly number[]
): Promise<Coverage> {
	const slice = timeSlicer();
	const revisions = new Map<number, Map<string, number>>();
	const texts = new Map<number, Map<string, FilledRow>>();
	for (let at = 0; at < published.length; at += itemsPerQuery) {
		const ids = published.slice(at, at + itemsPerQuery);
		const rows = db
			.select()
			.from(translationRevision)
			.where(
				and(
					eq(translationRevision.entity, content.entity),
					inArray(translationRevision.entityId, ids)
				)
			)
			.all();
		for (const r of rows) {
			const of = revisions.get(r.entityId) ?? new Map<string, number>();
			of.set(r.lang, r.savedAt);
			revisions.set(r.entityId, of);
		}
		for (const r of content.filledOf(db, ids)) {
			const of = texts.get(r.itemId) ?? new Map<string, FilledRow>();
			of.set(r.lang, r);
			texts.set(r.itemId, of);
		}
		await slice();
	}
	const counts = new Map(
		translatableLanguages.map((lang) => [lang, { lang, translated: 0, missing: 0, needsReview: 0 }])
	);
	const gaps: CoverageGap[] = [];
	let total = 0;
	for (const id of published) {
		const byLang = texts.get(id) ?? new Map<string, FilledRow>();
		const source = byLang.get('nb');
		if (!source) continue;
		total++;
		const stale = needsReview(revisions.get(id) ?? new Map(), [...byLang.keys()]);
		const gap: CoverageGap = { id, name: source.name, missing: [], needsReview: [] };
		for (const lang of translatableLanguages) {
			const status = statusOf(source.filled, byLang.get(lang)?.filled, stale.has(lang));
			const count = counts.get(lang)!;
			if (status === 'missing') {
				count.missing++;
				gap.missing.push(lang);
			} else if (status === 'needs_review') {
				count.needsReview++;
				gap.needsReview.push(lang);
			} else count.translated++;
		}
		if (gap.missing.length > 0 || gap.needsReview.length > 0) gaps.push(gap);
	}
	gaps.sort((a, b) => byName.compare(a.name, b.name));
	return { total, languages: [...counts.values()], gaps };
}
