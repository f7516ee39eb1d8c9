import { and, eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { inTransaction } from '$lib/server/db/client';
import {
	activity,
	activityTranslation,
	service,
	serviceTranslation,
	translationRevision
} from '$lib/server/db/schema';
import { changedFields, recordChange } from '$lib/server/audit/log';
import type { AuthUser } from '$lib/server/auth/guard';
import { invalidatePublicPages } from '$lib/server/page-cache';
import { rebuildServiceSearchIndex } from '$lib/server/services/search-index';

export async function markTranslationSaved(
	entity: string,
	entityId: number,
	lang: string,
	now = Date.now()
): Promise<void> {
	await db
		.insert(translationRevision)
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

export async function revisionsOf(entity: string, entityId: number): Promise<Map<string, number>> {
	const rows = await db
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
	exists(municipalityId: number, id: number): Promise<boolean>;
	rows(id: number): Promise<({ lang: string } & Record<F, string | null>)[]>;
	/** Called inside the save's transaction: only database calls. */
	write(id: number, lang: string, text: Record<F, string | null>): Promise<void>;
};

export type Texts<F extends string> = Record<F, string>;

function textsOf<F extends string>(fields: readonly F[], row: Record<F, string | null>): Texts<F> {
	return Object.fromEntries(fields.map((f) => [f, row[f] ?? ''])) as Texts<F>;
}

/** The nb source and every other language of one item, side by side; null when not found. */
export async function getTranslationsOf<F extends string>(
	content: TranslatableContent<F>,
	municipalityId: number,
	id: number
) {
	if (!(await content.exists(municipalityId, id))) return null;
	const byLang = new Map((await content.rows(id)).map((r) => [r.lang, r]));
	const source = byLang.get('nb');
	const stale = needsReview(await revisionsOf(content.entity, id), [...byLang.keys()]);
	return {
		source: source
			? textsOf(content.fields, source)
			: textsOf(content.fields, {} as Record<F, null>),
		languages: translatableLanguages.map((lang) => {
			const row = byLang.get(lang);
			return {
				lang,
				text: row ? textsOf(content.fields, row) : null,
				needsReview: stale.has(lang)
			};
		})
	};
}

/** Saves one language of one item: audited, marked as saved now, public pages refreshed. */
export async function saveTranslationOf<F extends string>(
	content: TranslatableContent<F>,
	user: AuthUser,
	id: number,
	lang: TranslatableLanguage,
	text: Texts<F>
): Promise<boolean> {
	if (!(await content.exists(user.municipalityId, id))) return false;
	const stored = Object.fromEntries(
		content.fields.map((f) => [f, text[f] === '' && !content.required.includes(f) ? null : text[f]])
	) as Record<F, string | null>;
	await inTransaction(db, async () => {
		const before = (await content.rows(id)).find((r) => r.lang === lang);
		await content.write(id, lang, stored);
		await markTranslationSaved(content.entity, id, lang);
		const empty = Object.fromEntries(content.fields.map((f) => [f, null]));
		const previous = before ? Object.fromEntries(content.fields.map((f) => [f, before[f]])) : empty;
		await recordChange({
			actorId: user.id,
			municipalityId: user.municipalityId,
			entity: `${content.entity}_translation:${lang}`,
			entityId: String(id),
			action: before ? 'update' : 'create',
			changes: changedFields(previous as Record<string, unknown>, stored)
		});
	});
	invalidatePublicPages();
	return true;
}

// ---------------------------------------------------------------------------------------
// Services
// ---------------------------------------------------------------------------------------

export type ServiceText = { name: string; summary: string; description: string };

const serviceTexts: TranslatableContent<keyof ServiceText> = {
	entity: 'service',
	fields: ['name', 'summary', 'description'],
	required: ['name', 'summary', 'description'],
	async exists(municipalityId, id) {
		const row = await db
			.select({ id: service.id })
			.from(service)
			.where(and(eq(service.id, id), eq(service.municipalityId, municipalityId)))
			.get();
		return row !== undefined;
	},
	async rows(id) {
		return db.select().from(serviceTranslation).where(eq(serviceTranslation.serviceId, id)).all();
	},
	async write(id, lang, text) {
		const values = text as ServiceText;
		await db
			.insert(serviceTranslation)
			.values({ serviceId: id, lang, ...values })
			.onConflictDoUpdate({
				target: [serviceTranslation.serviceId, serviceTranslation.lang],
				set: values
			})
			.run();
		await rebuildServiceSearchIndex(db);
	}
};

/** The nb source and every other language of a service, side by side. */
export async function getServiceTranslations(municipalityId: number, serviceId: number) {
	return getTranslationsOf(serviceTexts, municipalityId, serviceId);
}

export async function saveServiceTranslation(
	user: AuthUser,
	serviceId: number,
	lang: TranslatableLanguage,
	text: ServiceText
): Promise<boolean> {
	return saveTranslationOf(serviceTexts, user, serviceId, lang, text);
}

// ---------------------------------------------------------------------------------------
// Activities
// ---------------------------------------------------------------------------------------

export const activityTextFields = [
	'name',
	'description',
	'howToJoin',
	'bring',
	'priceText',
	'accessibilityNote'
] as const;
export type ActivityTextField = (typeof activityTextFields)[number];
export type ActivityText = Texts<ActivityTextField>;

const activityTexts: TranslatableContent<ActivityTextField> = {
	entity: 'activity',
	fields: activityTextFields,
	required: ['name', 'description'],
	async exists(municipalityId, id) {
		const row = await db
			.select({ id: activity.id })
			.from(activity)
			.where(and(eq(activity.id, id), eq(activity.municipalityId, municipalityId)))
			.get();
		return row !== undefined;
	},
	async rows(id) {
		return db
			.select()
			.from(activityTranslation)
			.where(eq(activityTranslation.activityId, id))
			.all();
	},
	async write(id, lang, text) {
		const values = { ...text, name: text.name ?? '', description: text.description ?? '' };
		await db
			.insert(activityTranslation)
			.values({ activityId: id, lang, ...values })
			.onConflictDoUpdate({
				target: [activityTranslation.activityId, activityTranslation.lang],
				set: values
			})
			.run();
		// The open-data feed orders by updatedAt: a new translation is a change.
		await db
			.update(activity)
			.set({ updatedAt: new Date().toISOString() })
			.where(eq(activity.id, id))
			.run();
	}
};

export async function getActivityTranslations(municipalityId: number, activityId: number) {
	return getTranslationsOf(activityTexts, municipalityId, activityId);
}

export async function saveActivityTranslation(
	user: AuthUser,
	activityId: number,
	lang: TranslatableLanguage,
	text: ActivityText
): Promise<boolean> {
	return saveTranslationOf(activityTexts, user, activityId, lang, text);
}
