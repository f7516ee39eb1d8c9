import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../src/lib/server/db/client';
import {
	activityCancellation,
	activitySchedule,
	activityTranslation,
	serviceTranslation,
	translationRevision
} from '../../src/lib/server/db/schema';
import ar from './content/ar.json';
import pl from './content/pl.json';
import so from './content/so.json';
import uk from './content/uk.json';

/**
 * The demo content's texts in the languages beyond the nb/nn/en written beside the data
 * (`services-data.ts`, `activities-data.ts`): one reviewed JSON file per language in
 * `content/`, keyed by what the text belongs to (`service.<slug>.<field>`,
 * `service.<slug>.phone.<digits>`, `organization.<slug>.name`,
 * `location.<slug>.{name,accessibility,directions}`, `activity.<slug>.<field>`,
 * `activity.<slug>.cancel.<schedule index>`). Proper nouns, numbers and addresses are kept.
 *
 * Re-seeding writes them again (so a corrected translation reaches an existing database),
 * except where staff saved that language themselves: a `translation_revision` row means a
 * person owns the text from then on.
 */
export const contentLangs = ['uk', 'pl', 'ar', 'so'] as const;
export type ContentLang = (typeof contentLangs)[number];

const content: Record<ContentLang, Record<string, string>> = { uk, pl, ar, so };

/** The text for `key` in `lang`, or undefined when the file has none. */
export function contentText(lang: ContentLang, key: string): string | undefined {
	return content[lang][key] || undefined;
}

/** Every language a demo text is written in: the seed's own three, then the content files'. */
export const allSeedLangs = ['nb', 'nn', 'en', ...contentLangs] as const;

/** A seed text (`{ nb, nn, en }`) with the content languages added from `key`. */
export function inAllLangs(
	own: Partial<Record<string, string>> | undefined,
	key: string
): Partial<Record<(typeof allSeedLangs)[number], string>> {
	if (!own) return {};
	const out: Partial<Record<string, string>> = { ...own };
	for (const lang of contentLangs) out[lang] = contentText(lang, key);
	return out;
}

/** Languages of one item staff have saved (from then on the seed leaves them alone). */
export function staffSavedLangs(tx: Executor, entity: string, entityId: number): Set<string> {
	const rows = tx
		.select({ lang: translationRevision.lang })
		.from(translationRevision)
		.where(and(eq(translationRevision.entity, entity), eq(translationRevision.entityId, entityId)))
		.all();
	return new Set(rows.map((r) => r.lang));
}

/** Seed field name (services-data.ts `ServiceText`) to its service_translation column. */
const serviceColumns = {
	name: 'name',
	summary: 'summary',
	description: 'description',
	apply: 'applicationProcess',
	eligibility: 'eligibility',
	fees: 'fees',
	confidentiality: 'confidentiality',
	referralInfo: 'referralInfo',
	alert: 'alert'
} as const satisfies Record<string, keyof typeof serviceTranslation.$inferInsert>;

type ServiceTranslationRow = typeof serviceTranslation.$inferSelect;

/**
 * Call before the service seed replaces a service's translations: keeps the rows of the
 * languages staff saved, and returns what puts them back (with the content languages added)
 * once the seed's nb/nn/en rows are in.
 */
export function keepServiceTranslations(tx: Executor, serviceId: number, slug: string) {
	const saved = staffSavedLangs(tx, 'service', serviceId);
	const kept: ServiceTranslationRow[] =
		saved.size === 0
			? []
			: tx
					.select()
					.from(serviceTranslation)
					.where(
						and(
							eq(serviceTranslation.serviceId, serviceId),
							inArray(serviceTranslation.lang, [...saved])
						)
					)
					.all();
	return function restore(): void {
		for (const lang of contentLangs) {
			if (saved.has(lang)) continue;
			const name = contentText(lang, `service.${slug}.name`);
			if (!name) continue;
			const values: Record<string, string | null> = {};
			for (const [field, column] of Object.entries(serviceColumns))
				values[column] = contentText(lang, `service.${slug}.${field}`) ?? null;
			const row = { ...values, serviceId, lang, name } as typeof serviceTranslation.$inferInsert;
			tx.insert(serviceTranslation)
				.values(row)
				.onConflictDoUpdate({
					target: [serviceTranslation.serviceId, serviceTranslation.lang],
					set: row
				})
				.run();
		}
		for (const keptRow of kept) {
			const row = { ...keptRow, id: undefined };
			tx.insert(serviceTranslation)
				.values(row)
				.onConflictDoUpdate({
					target: [serviceTranslation.serviceId, serviceTranslation.lang],
					set: row
				})
				.run();
		}
	};
}

/** Seed field name (activities-data.ts `SeedText`) to its activity_translation column. */
const activityColumns = {
	name: 'name',
	description: 'description',
	price: 'priceText',
	howToJoin: 'howToJoin',
	bring: 'bring',
	access: 'accessibilityNote'
} as const satisfies Record<string, keyof typeof activityTranslation.$inferInsert>;

/**
 * Writes the content languages of one demo activity (new or already in the database) and
 * of its cancellation reasons. A language staff saved stays as they left it; a cancellation
 * whose nb reason staff changed is theirs too.
 */
export function seedActivityContent(
	tx: Executor,
	activityId: number,
	slug: string,
	cancellations: { index: number; nb: string }[]
): void {
	const saved = staffSavedLangs(tx, 'activity', activityId);
	for (const lang of contentLangs) {
		if (saved.has(lang)) continue;
		const name = contentText(lang, `activity.${slug}.name`);
		const description = contentText(lang, `activity.${slug}.description`);
		if (!name || !description) continue;
		const values: Record<string, string | null> = {};
		for (const [field, column] of Object.entries(activityColumns))
			values[column] = contentText(lang, `activity.${slug}.${field}`) ?? null;
		const row = {
			...values,
			activityId,
			lang,
			name,
			description
		} as typeof activityTranslation.$inferInsert;
		tx.insert(activityTranslation)
			.values(row)
			.onConflictDoUpdate({
				target: [activityTranslation.activityId, activityTranslation.lang],
				set: row
			})
			.run();
	}
	if (cancellations.length === 0) return;
	const schedules = tx
		.select({ id: activitySchedule.id })
		.from(activitySchedule)
		.where(eq(activitySchedule.activityId, activityId))
		.orderBy(activitySchedule.id)
		.all();
	for (const { index, nb } of cancellations) {
		const scheduleId = schedules[index]?.id;
		if (scheduleId === undefined) continue;
		for (const c of tx
			.select()
			.from(activityCancellation)
			.where(eq(activityCancellation.scheduleId, scheduleId))
			.all()) {
			if (c.reason.nb !== nb) continue;
			const reason = { ...c.reason };
			for (const lang of contentLangs) {
				const text = contentText(lang, `activity.${slug}.cancel.${index}`);
				if (text) reason[lang] = text;
			}
			tx.update(activityCancellation)
				.set({ reason })
				.where(eq(activityCancellation.id, c.id))
				.run();
		}
	}
}
