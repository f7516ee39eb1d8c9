import { and, eq, inArray } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { translationRevision } from '$lib/server/db/schema';
import {
	needsReview,
	translatableLanguages,
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
 * The status of one language of one item. Only the fields the nb source fills in count
 * (an activity without "what to bring" in nb needs none in Polish), as in the editor.
 */
export function statusOf<F extends string>(
	fields: readonly F[],
	source: Partial<Record<F, string | null>>,
	translation: Partial<Record<F, string | null>> | undefined,
	stale: boolean
): CoverageStatus {
	const wanted = fields.filter((f) => (source[f] ?? '').trim() !== '');
	if (!translation || wanted.some((f) => (translation[f] ?? '').trim() === '')) return 'missing';
	return stale ? 'needs_review' : 'translated';
}

/** Coverage of the items `published` lists (already scoped to one municipality). */
export function coverageOf<F extends string>(
	content: TranslatableContent<F>,
	published: readonly number[]
): Coverage {
	const revisions = new Map<number, Map<string, number>>();
	if (published.length > 0) {
		const rows = db
			.select()
			.from(translationRevision)
			.where(
				and(
					eq(translationRevision.entity, content.entity),
					inArray(translationRevision.entityId, [...published])
				)
			)
			.all();
		for (const r of rows) {
			const of = revisions.get(r.entityId) ?? new Map<string, number>();
			of.set(r.lang, r.savedAt);
			revisions.set(r.entityId, of);
		}
	}
	const counts = new Map(
		translatableLanguages.map((lang) => [lang, { lang, translated: 0, missing: 0, needsReview: 0 }])
	);
	const gaps: CoverageGap[] = [];
	let total = 0;
	for (const id of published) {
		const byLang = new Map(content.rows(db, id).map((r) => [r.lang, r]));
		const source = byLang.get('nb');
		if (!source) continue;
		total++;
		const stale = needsReview(revisions.get(id) ?? new Map(), [...byLang.keys()]);
		const name = (source as Record<string, unknown>).name;
		const gap: CoverageGap = { id, name: String(name ?? ''), missing: [], needsReview: [] };
		for (const lang of translatableLanguages) {
			const status = statusOf(content.fields, source, byLang.get(lang), stale.has(lang));
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
	gaps.sort((a, b) => a.name.localeCompare(b.name, 'nb'));
	return { total, languages: [...counts.values()], gaps };
}
