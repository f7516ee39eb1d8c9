import { and, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Executor } from '../../src/lib/server/db/client';
import {
	location,
	locationTranslation,
	organization,
	organizationTranslation,
	phone,
	phoneTranslation,
	schedule,
	scheduleException,
	service,
	serviceAtLocation,
	serviceLanguage,
	serviceTaxonomy,
	serviceTranslation,
	taxonomyTerm
} from '../../src/lib/server/db/schema';
import { rebuildServiceSearchIndex } from '../../src/lib/server/services/search-index';
import { allTopics } from '../../src/lib/server/services/topics';
import { allSeedLangs, inAllLangs, keepServiceTranslations } from './content';
import { demoCheckedDate } from './last-checked';
import {
	holidays,
	locations,
	organizations,
	serviceExtras,
	services,
	type LocationSeed,
	type OrganizationSeed,
	type SeedLang,
	type ServiceSeed
} from './services-data';

export type ServiceSeedData = {
	organizations: OrganizationSeed[];
	locations: LocationSeed[];
	services: ServiceSeed[];
	/** Prefix of this data's keys in `db/seed/content/*.json` (none for Fjordvik). */
	contentScope?: string;
};

const fjordvikServices: ServiceSeedData = { organizations, locations, services };

/** A row's scope: its municipality, or the national rows (slugs are unique within each). */
function scopeOf(column: AnySQLiteColumn, municipalityId: number | null): SQL {
	return municipalityId === null ? isNull(column) : eq(column, municipalityId);
}

const seedLangs: SeedLang[] = ['nb', 'nn', 'en'];

/**
 * Loads the Finn hjelp demo services. Idempotent: organisations, locations and services are
 * matched on their slug and updated; their child rows (translations, phones, schedules,
 * topics) are replaced, so running it twice gives the same database. Synchronous, so it
 * runs inside the seed's transaction (`tx`).
 */
export function seedServices(
	tx: Executor,
	municipalityId: number,
	now: Date = new Date(),
	data: ServiceSeedData = fjordvikServices
): void {
	const { organizations, locations, services } = data;
	// Content files key texts by slug; another municipality's rows get their own prefix, so a
	// shared slug never picks up Fjordvik's translations.
	const key = (slug: string) => (data.contentScope ? `${data.contentScope}:${slug}` : slug);
	for (const topic of allTopics) {
		tx.insert(taxonomyTerm)
			.values({ code: topic.code, name: topic.name })
			.onConflictDoUpdate({ target: taxonomyTerm.code, set: { name: topic.name } })
			.run();
	}
	const terms = new Map(
		tx
			.select()
			.from(taxonomyTerm)
			.all()
			.map((t) => [t.code, t.id] as const)
	);

	const organizationIds = new Map<string, number>();
	for (const org of organizations) {
		const values = {
			slug: org.slug,
			municipalityId: org.national ? null : municipalityId,
			website: org.website ?? null
		};
		const found = tx
			.select({ id: organization.id })
			.from(organization)
			.where(
				and(
					eq(organization.slug, org.slug),
					scopeOf(organization.municipalityId, values.municipalityId)
				)
			)
			.get();
		const row = found
			? tx
					.update(organization)
					.set(values)
					.where(eq(organization.id, found.id))
					.returning({ id: organization.id })
					.get()
			: tx.insert(organization).values(values).returning({ id: organization.id }).get();
		organizationIds.set(org.slug, row.id);
		tx.delete(organizationTranslation)
			.where(eq(organizationTranslation.organizationId, row.id))
			.run();
		const name = inAllLangs(org.name, `organization.${key(org.slug)}.name`);
		tx.insert(organizationTranslation)
			.values(
				allSeedLangs.map((lang) => ({
					organizationId: row.id,
					lang,
					name: name[lang] ?? org.name.nb
				}))
			)
			.run();
	}

	const locationIds = new Map<string, number>();
	for (const loc of locations) {
		const values = {
			slug: loc.slug,
			municipalityId,
			locationType: loc.locationType,
			address: loc.address ?? null,
			postalCode: loc.postalCode ?? null,
			city: loc.city ?? null,
			latitude: loc.latitude ?? null,
			longitude: loc.longitude ?? null
		};
		const found = tx
			.select({ id: location.id })
			.from(location)
			.where(and(eq(location.slug, loc.slug), eq(location.municipalityId, municipalityId)))
			.get();
		const row = found
			? tx
					.update(location)
					.set(values)
					.where(eq(location.id, found.id))
					.returning({ id: location.id })
					.get()
			: tx.insert(location).values(values).returning({ id: location.id }).get();
		locationIds.set(loc.slug, row.id);
		tx.delete(locationTranslation).where(eq(locationTranslation.locationId, row.id)).run();
		const [name, accessibility, directions] = (
			['name', 'accessibility', 'directions'] as const
		).map((field) => inAllLangs(loc[field], `location.${key(loc.slug)}.${field}`));
		tx.insert(locationTranslation)
			.values(
				allSeedLangs.map((lang) => ({
					locationId: row.id,
					lang,
					name: name[lang] ?? loc.name.nb,
					accessibility: accessibility[lang] ?? null,
					directions: directions[lang] ?? null
				}))
			)
			.run();
	}

	for (const s of services) {
		const values = {
			slug: s.slug,
			municipalityId: s.national ? null : municipalityId,
			organizationId: organizationIds.get(s.organization)!,
			status: 'active' as const,
			level: s.level,
			minAge: s.minAge ?? null,
			maxAge: s.maxAge ?? null,
			isFree: s.isFree,
			referralRequired: s.referralRequired ?? false,
			canBeAnonymous: s.canBeAnonymous ?? false,
			dropIn: s.dropIn ?? false,
			isEmergency: s.isEmergency ?? false,
			isOneDoor: s.isOneDoor ?? false,
			isDemo: !s.national,
			website: s.website ?? null,
			email: s.email ?? null,
			chatUrl: s.chatUrl ?? null,
			assuredDate: demoCheckedDate(s.slug, now, 20),
			...extraValues(s.slug, now)
		};
		if (!values.organizationId) throw new Error(`Unknown organization for ${s.slug}`);
		const found = tx
			.select({ id: service.id })
			.from(service)
			.where(and(eq(service.slug, s.slug), scopeOf(service.municipalityId, values.municipalityId)))
			.get();
		const row = found
			? tx
					.update(service)
					// A date staff set with "still correct" (or any earlier seed) stays.
					.set({
						...values,
						assuredDate: sql`coalesce(${service.assuredDate}, ${values.assuredDate})`
					})
					.where(eq(service.id, found.id))
					.returning({ id: service.id })
					.get()
			: tx.insert(service).values(values).returning({ id: service.id }).get();
		const serviceId = row.id;
		const restoreTranslations = keepServiceTranslations(tx, serviceId, key(s.slug));

		for (const child of [
			serviceTranslation,
			serviceAtLocation,
			phone,
			schedule,
			scheduleException,
			serviceLanguage,
			serviceTaxonomy
		]) {
			tx.delete(child).where(eq(child.serviceId, serviceId)).run();
		}

		tx.insert(serviceTranslation)
			.values(
				seedLangs.map((lang) => {
					const text = s.text[lang];
					return {
						serviceId,
						lang,
						name: text.name,
						summary: text.summary,
						description: text.description,
						applicationProcess: text.apply,
						eligibility: text.eligibility,
						fees: text.fees,
						referralInfo: text.referralInfo ?? null,
						confidentiality: text.confidentiality,
						alert: text.alert ?? null
					};
				})
			)
			.run();
		restoreTranslations();

		if (s.location) {
			const locationId = locationIds.get(s.location);
			if (!locationId) throw new Error(`Unknown location ${s.location} for ${s.slug}`);
			tx.insert(serviceAtLocation).values({ serviceId, locationId }).run();
		}

		for (const [index, p] of s.phones.entries()) {
			const phoneRow = tx
				.insert(phone)
				.values({ serviceId, number: p.number, type: p.type, sortOrder: index })
				.returning({ id: phone.id })
				.get();
			const description = inAllLangs(
				p.description,
				`service.${key(s.slug)}.phone.${p.number.replace(/\s/g, '')}`
			);
			tx.insert(phoneTranslation)
				.values(
					allSeedLangs.map((lang) => ({
						phoneId: phoneRow.id,
						lang,
						description: description[lang] ?? p.description.nb
					}))
				)
				.run();
		}

		if (s.schedule.length > 0) {
			tx.insert(schedule)
				.values(
					s.schedule.map((rule) => ({
						serviceId,
						kind: rule.kind ?? 'open',
						byday: rule.byday,
						opensAt: rule.opens,
						closesAt: rule.closes
					}))
				)
				.run();
		}
		if (s.holidays) {
			tx.insert(scheduleException)
				.values(holidays.map((date) => ({ serviceId, date })))
				.run();
		}
		if (s.languages.length > 0) {
			tx.insert(serviceLanguage)
				.values(s.languages.map((code) => ({ serviceId, code })))
				.run();
		}
		const termIds = s.topics.map((code) => {
			const id = terms.get(code);
			if (!id) throw new Error(`Unknown topic ${code} for ${s.slug}`);
			return id;
		});
		const primary = new Set(serviceExtras[s.slug]?.primaryTopics ?? []);
		tx.insert(serviceTaxonomy)
			.values(
				termIds.map((taxonomyTermId, i) => ({
					serviceId,
					taxonomyTermId,
					isPrimary: primary.has(s.topics[i])
				}))
			)
			.run();
	}

	// "Who answers" in every language that has a translation row, whoever wrote the row.
	for (const [slug, extras] of Object.entries(serviceExtras)) {
		if (!extras.whoAnswers) continue;
		const row = tx.select({ id: service.id }).from(service).where(eq(service.slug, slug)).get();
		if (!row) continue;
		for (const [lang, whoAnswers] of Object.entries(extras.whoAnswers)) {
			tx.update(serviceTranslation)
				.set({ whoAnswers })
				.where(and(eq(serviceTranslation.serviceId, row.id), eq(serviceTranslation.lang, lang)))
				.run();
		}
	}

	// Organisations and locations are not removed here; services that left the demo are.
	const slugs = services.map((s) => s.slug);
	const stale = tx
		.select({ id: service.id, slug: service.slug })
		.from(service)
		.where(eq(service.municipalityId, municipalityId))
		.all();
	const staleIds = stale.filter((s) => !slugs.includes(s.slug)).map((s) => s.id);
	if (staleIds.length > 0) tx.delete(service).where(inArray(service.id, staleIds)).run();

	rebuildServiceSearchIndex(tx);
}

/** Issue 12's structured fields; reply times and waits count as confirmed a week ago. */
function extraValues(slug: string, now: Date) {
	const extras = serviceExtras[slug];
	const confirmed = new Date(now.getTime() - 7 * 86_400_000).toISOString().slice(0, 10);
	return {
		alertFrom: extras?.alertFrom ?? null,
		alertTo: extras?.alertTo ?? null,
		replyMinutes: extras?.replyMinutes ?? null,
		waitDays: extras?.waitDays ?? null,
		timesConfirmedOn: extras?.replyMinutes || extras?.waitDays ? confirmed : null,
		writtenDown: extras?.writtenDown ?? null,
		whoIsTold: extras?.whoIsTold ?? null,
		ownDecisionAge: extras?.ownDecisionAge ?? null,
		bringFriend: extras?.bringFriend ?? null,
		interpreter: extras?.interpreter ?? null
	};
}
