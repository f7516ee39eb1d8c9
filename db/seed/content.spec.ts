import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '../../src/lib/server/db/client';
import {
	activity,
	activityCancellation,
	activityTranslation,
	location,
	locationTranslation,
	organization,
	organizationTranslation,
	phone,
	phoneTranslation,
	service,
	serviceTranslation,
	translationRevision
} from '../../src/lib/server/db/schema';
import { seedDemo } from './index';

const languages = ['nb', 'nn', 'en', 'uk', 'pl', 'ar', 'so'];

/** Every field the nb text has must be filled in each language. */
function missing<R extends { lang: string }>(rows: R[], fields: (keyof R)[]): string[] {
	const nb = rows.find((r) => r.lang === 'nb');
	if (!nb) return ['nb'];
	const gaps: string[] = [];
	for (const lang of languages) {
		const row = rows.find((r) => r.lang === lang);
		for (const field of fields) {
			if (!nb[field]) continue;
			if (!row || !row[field]) gaps.push(`${lang}.${String(field)}`);
		}
	}
	return gaps;
}

describe('demo content in all seven languages', async () => {
	const db = openDatabase(':memory:');
	migrateDatabase(db);
	await seedDemo(db);

	it('has every text of every published service, its organisation, place and phones', () => {
		const services = db.select().from(service).where(eq(service.status, 'active')).all();
		expect(services.length).toBeGreaterThanOrEqual(30);
		const gaps: string[] = [];
		for (const s of services) {
			const texts = db
				.select()
				.from(serviceTranslation)
				.where(eq(serviceTranslation.serviceId, s.id))
				.all();
			const fields = [
				'name',
				'summary',
				'description',
				'applicationProcess',
				'eligibility',
				'fees',
				'referralInfo',
				'confidentiality',
				'alert',
				'whoAnswers'
			] as const;
			gaps.push(...missing(texts, [...fields]).map((g) => `service ${s.slug} ${g}`));
			for (const p of db.select().from(phone).where(eq(phone.serviceId, s.id)).all()) {
				const rows = db
					.select()
					.from(phoneTranslation)
					.where(eq(phoneTranslation.phoneId, p.id))
					.all();
				gaps.push(...missing(rows, ['description']).map((g) => `phone ${p.number} ${g}`));
			}
		}
		for (const o of db.select().from(organization).all()) {
			const rows = db
				.select()
				.from(organizationTranslation)
				.where(eq(organizationTranslation.organizationId, o.id))
				.all();
			gaps.push(...missing(rows, ['name']).map((g) => `organisation ${o.slug} ${g}`));
		}
		for (const l of db.select().from(location).all()) {
			const rows = db
				.select()
				.from(locationTranslation)
				.where(eq(locationTranslation.locationId, l.id))
				.all();
			gaps.push(
				...missing(rows, ['name', 'accessibility', 'directions']).map((g) => `place ${l.slug} ${g}`)
			);
		}
		expect(gaps).toEqual([]);
	});

	it('has every text of every published activity and every cancellation reason', () => {
		const activities = db.select().from(activity).where(eq(activity.published, true)).all();
		expect(activities.length).toBeGreaterThanOrEqual(40);
		const gaps: string[] = [];
		for (const a of activities) {
			const rows = db
				.select()
				.from(activityTranslation)
				.where(eq(activityTranslation.activityId, a.id))
				.all();
			gaps.push(
				...missing(rows, [
					'name',
					'description',
					'priceText',
					'howToJoin',
					'bring',
					'accessibilityNote'
				]).map((g) => `activity ${a.slug} ${g}`)
			);
		}
		const cancellations = db.select().from(activityCancellation).all();
		expect(cancellations.length).toBeGreaterThan(0);
		for (const c of cancellations)
			for (const lang of languages) if (!c.reason[lang]) gaps.push(`cancellation ${c.id} ${lang}`);
		expect(gaps).toEqual([]);
	});

	it('keeps a translation staff saved when the demo is loaded again, and rewrites the rest', async () => {
		const football = db.select().from(activity).where(eq(activity.slug, 'fotball-for-alle')).get()!;
		const helpline = db.select().from(service).where(eq(service.slug, 'kirkens-sos')).get()!;
		db.update(activityTranslation)
			.set({ name: 'Piłka nożna (poprawione)' })
			.where(
				and(eq(activityTranslation.activityId, football.id), eq(activityTranslation.lang, 'pl'))
			)
			.run();
		db.update(serviceTranslation)
			.set({ summary: 'Змінено працівником' })
			.where(and(eq(serviceTranslation.serviceId, helpline.id), eq(serviceTranslation.lang, 'uk')))
			.run();
		db.update(serviceTranslation)
			.set({ summary: 'stale' })
			.where(and(eq(serviceTranslation.serviceId, helpline.id), eq(serviceTranslation.lang, 'so')))
			.run();
		db.insert(translationRevision)
			.values([
				{ entity: 'activity', entityId: football.id, lang: 'pl', savedAt: 1 },
				{ entity: 'service', entityId: helpline.id, lang: 'uk', savedAt: 1 }
			])
			.run();
		await seedDemo(db);
		const pl = db
			.select()
			.from(activityTranslation)
			.where(
				and(eq(activityTranslation.activityId, football.id), eq(activityTranslation.lang, 'pl'))
			)
			.get();
		expect(pl?.name).toBe('Piłka nożna (poprawione)');
		const texts = db
			.select()
			.from(serviceTranslation)
			.where(eq(serviceTranslation.serviceId, helpline.id))
			.all();
		expect(texts.find((t) => t.lang === 'uk')?.summary).toBe('Змінено працівником');
		expect(texts.find((t) => t.lang === 'so')?.summary).not.toBe('stale');
		expect(texts.find((t) => t.lang === 'nn')?.name).toBe('Kirkens SOS – 22 40 00 40');
	});
});
