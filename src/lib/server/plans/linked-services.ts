import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Language } from '$lib/i18n/languages';
import { sourceLanguage } from '$lib/i18n/languages';
import { db } from '$lib/server/db';
import type { Executor } from '$lib/server/db/client';
import { measureVersionService, service, serviceTranslation } from '$lib/server/db/schema';
import { publishedServiceCondition } from '$lib/server/services/finder';

/**
 * Finder services linked to measures. Links belong to a measure version (table
 * `measure_version_service`), so the version history shows which services a measure pointed
 * to at the time. The public only sees links to services the finder shows (active, of this
 * municipality or national), each named in the visitor's language with nb as fallback.
 */
export type ServiceChoice = { id: number; slug: string; name: string; national: boolean };

/** The services a coordinator may link: the municipality's published ones and national ones. */
export function listServiceChoices(municipalityId: number, from: Executor = db): ServiceChoice[] {
	const rows = from
		.select({
			id: service.id,
			slug: service.slug,
			municipalityId: service.municipalityId,
			name: serviceTranslation.name
		})
		.from(service)
		.innerJoin(
			serviceTranslation,
			and(eq(serviceTranslation.serviceId, service.id), eq(serviceTranslation.lang, sourceLanguage))
		)
		.where(
			and(
				eq(service.status, 'active'),
				or(eq(service.municipalityId, municipalityId), isNull(service.municipalityId))
			)
		)
		.all();
	return rows
		.map((r) => ({ id: r.id, slug: r.slug, name: r.name, national: r.municipalityId === null }))
		.sort((a, b) => Number(a.national) - Number(b.national) || a.name.localeCompare(b.name, 'nb'));
}

export type VersionServiceLink = {
	serviceId: number | null;
	slug: string | null;
	/** The current nb name, or the name it had when linked if the service is gone. */
	name: string;
};

/** The links of each given measure version, in the order they were picked. */
export function linksOfVersions(
	versionIds: readonly number[],
	from: Executor = db
): Map<number, VersionServiceLink[]> {
	const out = new Map<number, VersionServiceLink[]>();
	if (!versionIds.length) return out;
	const rows = from
		.select({
			versionId: measureVersionService.measureVersionId,
			serviceId: measureVersionService.serviceId,
			snapshot: measureVersionService.serviceName,
			slug: service.slug,
			name: serviceTranslation.name
		})
		.from(measureVersionService)
		.leftJoin(service, eq(service.id, measureVersionService.serviceId))
		.leftJoin(
			serviceTranslation,
			and(eq(serviceTranslation.serviceId, service.id), eq(serviceTranslation.lang, sourceLanguage))
		)
		.where(inArray(measureVersionService.measureVersionId, [...versionIds]))
		.orderBy(asc(measureVersionService.position), asc(measureVersionService.id))
		.all();
	for (const r of rows) {
		const list = out.get(r.versionId) ?? [];
		list.push({ serviceId: r.serviceId, slug: r.slug, name: r.name ?? r.snapshot });
		out.set(r.versionId, list);
	}
	return out;
}

/** Writes the links of a new version; `names` are the nb names at the time (kept if deleted). */
export function writeVersionLinks(
	tx: Executor,
	versionId: number,
	serviceIds: readonly number[],
	names: ReadonlyMap<number, string>
): void {
	for (const [position, serviceId] of serviceIds.entries()) {
		tx.insert(measureVersionService)
			.values({
				measureVersionId: versionId,
				serviceId,
				serviceName: names.get(serviceId) ?? '',
				position
			})
			.run();
	}
}

/** A new version that keeps the links of the one before, exactly as they were. */
export function copyVersionLinks(tx: Executor, fromVersionId: number, toVersionId: number): void {
	const rows = tx
		.select()
		.from(measureVersionService)
		.where(eq(measureVersionService.measureVersionId, fromVersionId))
		.all();
	for (const r of rows) {
		tx.insert(measureVersionService)
			.values({
				measureVersionId: toVersionId,
				serviceId: r.serviceId,
				serviceName: r.serviceName,
				position: r.position
			})
			.run();
	}
}

export type PublicServiceLink = { slug: string; name: string; lang: Language };

/** Links for the public pages: only services the finder shows (publishedServiceCondition), named in `lang` or nb. */
export async function publicLinksOfVersions(
	versionIds: readonly number[],
	municipalityId: number,
	lang: Language
): Promise<Map<number, PublicServiceLink[]>> {
	const out = new Map<number, PublicServiceLink[]>();
	if (!versionIds.length) return out;
	// Two steps, not one join: joined, SQLite starts from the services (thousands at scale)
	// instead of the few versions' links.
	const picked = await db
		.select({
			versionId: measureVersionService.measureVersionId,
			serviceId: measureVersionService.serviceId
		})
		.from(measureVersionService)
		.where(inArray(measureVersionService.measureVersionId, [...versionIds]))
		.orderBy(asc(measureVersionService.position), asc(measureVersionService.id))
		.all();
	const linkedIds = [
		...new Set(picked.flatMap((r) => (r.serviceId === null ? [] : [r.serviceId])))
	];
	// The finder's own rule: a service of an unpublished organisation is off the portal, and
	// a link to it would open a "not found" page.
	const shown = linkedIds.length
		? await db
				.select({ id: service.id, slug: service.slug })
				.from(service)
				.where(and(inArray(service.id, linkedIds), publishedServiceCondition(municipalityId)))
				.all()
		: [];
	const slugOf = new Map(shown.map((s) => [s.id, s.slug]));
	const rows = picked.flatMap((r) => {
		const slug = r.serviceId === null ? undefined : slugOf.get(r.serviceId);
		return slug === undefined ? [] : [{ versionId: r.versionId, serviceId: r.serviceId!, slug }];
	});
	if (!rows.length) return out;
	const names = await db
		.select({
			serviceId: serviceTranslation.serviceId,
			lang: serviceTranslation.lang,
			name: serviceTranslation.name
		})
		.from(serviceTranslation)
		.where(
			and(
				inArray(serviceTranslation.serviceId, [...new Set(rows.map((r) => r.serviceId))]),
				inArray(serviceTranslation.lang, [...new Set([lang, sourceLanguage])])
			)
		)
		.all();
	const named = new Map(
		names.filter((n) => n.name.trim()).map((n) => [`${n.serviceId}:${n.lang}`, n.name])
	);
	const nameOf = (id: number, l: string) => named.get(`${id}:${l}`);
	for (const r of rows) {
		const own = nameOf(r.serviceId, lang);
		const name = own ?? nameOf(r.serviceId, sourceLanguage);
		if (!name) continue;
		const list = out.get(r.versionId) ?? [];
		list.push({ slug: r.slug, name, lang: own ? lang : sourceLanguage });
		out.set(r.versionId, list);
	}
	return out;
}
