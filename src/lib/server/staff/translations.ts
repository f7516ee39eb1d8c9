import { and, eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { inTransaction } from '$lib/server/db/client';
import { service, serviceTranslation, translationRevision } from '$lib/server/db/schema';
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

export type ServiceText = { name: string; summary: string; description: string };

/** The nb source and every other language of a service, side by side. */
export async function getServiceTranslations(municipalityId: number, serviceId: number) {
	const owner = await db
		.select({ id: service.id, version: service.version })
		.from(service)
		.where(and(eq(service.id, serviceId), eq(service.municipalityId, municipalityId)))
		.get();
	if (!owner) return null;
	const rows = await db
		.select()
		.from(serviceTranslation)
		.where(eq(serviceTranslation.serviceId, serviceId))
		.all();
	const byLang = new Map(rows.map((r) => [r.lang, r]));
	const source = byLang.get('nb');
	const stale = needsReview(await revisionsOf('service', serviceId), [...byLang.keys()]);
	return {
		source: {
			name: source?.name ?? '',
			summary: source?.summary ?? '',
			description: source?.description ?? ''
		},
		languages: translatableLanguages.map((lang) => {
			const row = byLang.get(lang);
			return {
				lang,
				text: row ? { name: row.name, summary: row.summary, description: row.description } : null,
				needsReview: stale.has(lang)
			};
		})
	};
}

export async function saveServiceTranslation(
	user: AuthUser,
	serviceId: number,
	lang: TranslatableLanguage,
	text: ServiceText
): Promise<boolean> {
	const found = await db
		.select({ id: service.id })
		.from(service)
		.where(and(eq(service.id, serviceId), eq(service.municipalityId, user.municipalityId)))
		.get();
	if (!found) return false;
	await inTransaction(db, async () => {
		const before = await db
			.select()
			.from(serviceTranslation)
			.where(and(eq(serviceTranslation.serviceId, serviceId), eq(serviceTranslation.lang, lang)))
			.get();
		await db
			.insert(serviceTranslation)
			.values({ serviceId, lang, ...text })
			.onConflictDoUpdate({
				target: [serviceTranslation.serviceId, serviceTranslation.lang],
				set: text
			})
			.run();
		await markTranslationSaved('service', serviceId, lang);
		await recordChange({
			actorId: user.id,
			municipalityId: user.municipalityId,
			entity: `service_translation:${lang}`,
			entityId: String(serviceId),
			action: before ? 'update' : 'create',
			changes: changedFields(
				(before ?? { name: null, summary: null, description: null }) as Record<string, unknown>,
				text
			)
		});
		await rebuildServiceSearchIndex(db);
	});
	invalidatePublicPages();
	return true;
}
