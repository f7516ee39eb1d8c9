import { beforeAll, describe, expect, it, vi } from 'vitest';
vi.hoisted(() => (process.env.DATABASE_URL = ':memory:'));
import { and, eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { activity, activityTranslation } from '$lib/server/db/schema';
import { seedActivities } from '../../../../../db/seed/activities';
import { testMunicipality } from '$fixtures/test-database';
import { markTranslationSaved } from '$lib/server/translations';
import { statusOf } from '$lib/server/translations/coverage';
import { activityTranslationCoverage } from './translations';

let fjordvik: number;
let other: number;
const idOf = (municipalityId: number, slug: string) =>
	db
		.select({ id: activity.id })
		.from(activity)
		.where(and(eq(activity.municipalityId, municipalityId), eq(activity.slug, slug)))
		.get()!.id;
const count = (lang: string) =>
	activityTranslationCoverage(fjordvik).languages.find((l) => l.lang === lang)!;

beforeAll(async () => {
	fjordvik = await testMunicipality('fjordvik');
	other = await testMunicipality('nabovik');
	seedActivities(db, fjordvik);
	seedActivities(db, other);
});

describe('statusOf', () => {
	const fields = ['name', 'bring'] as const;
	it('asks only for the texts the nb source has', () => {
		expect(statusOf(fields, { name: 'Fotball', bring: null }, { name: 'Football' }, false)).toBe(
			'translated'
		);
		expect(statusOf(fields, { name: 'Fotball', bring: 'Sko' }, { name: 'Football' }, false)).toBe(
			'missing'
		);
		expect(statusOf(fields, { name: 'Fotball' }, undefined, false)).toBe('missing');
		expect(statusOf(fields, { name: 'Fotball' }, { name: 'Football' }, true)).toBe('needs_review');
	});
});

describe('activity translation coverage', () => {
	it('counts every published activity of the municipality as translated in every language', () => {
		const published = db
			.select({ id: activity.id })
			.from(activity)
			.where(and(eq(activity.municipalityId, fjordvik), eq(activity.published, true)))
			.all().length;
		const coverage = activityTranslationCoverage(fjordvik);
		expect(coverage.total).toBe(published);
		for (const lang of coverage.languages)
			expect(lang, lang.lang).toMatchObject({ translated: published, missing: 0, needsReview: 0 });
		expect(coverage.gaps).toEqual([]);
	});

	it('lists an activity without a Polish text as missing in Polish, in its own municipality only', () => {
		const football = idOf(fjordvik, 'fotball-for-alle');
		db.delete(activityTranslation)
			.where(and(eq(activityTranslation.activityId, football), eq(activityTranslation.lang, 'pl')))
			.run();
		expect(count('pl').missing).toBe(1);
		expect(count('uk').missing).toBe(0);
		const gap = activityTranslationCoverage(fjordvik).gaps.find((g) => g.id === football);
		expect(gap).toMatchObject({ name: 'Fotball for alle', missing: ['pl'], needsReview: [] });
		expect(activityTranslationCoverage(other).gaps).toEqual([]);
	});

	it('counts a translation that lacks a text the nb source has as missing', () => {
		const football = idOf(fjordvik, 'fotball-for-alle');
		db.update(activityTranslation)
			.set({ description: '' })
			.where(and(eq(activityTranslation.activityId, football), eq(activityTranslation.lang, 'so')))
			.run();
		expect(count('so').missing).toBe(1);
	});

	it('marks translations saved before the last nb change as needing review', () => {
		const football = idOf(fjordvik, 'fotball-for-alle');
		markTranslationSaved(db, 'activity', football, 'en', 1000);
		markTranslationSaved(db, 'activity', football, 'nb', 2000);
		markTranslationSaved(db, 'activity', football, 'ar', 3000);
		expect(count('en').needsReview).toBe(1);
		expect(count('ar').needsReview).toBe(0);
		// Seeded languages never saved since are older than the change too.
		expect(count('uk').needsReview).toBe(1);
		const gap = activityTranslationCoverage(fjordvik).gaps.find((g) => g.id === football)!;
		expect(gap.needsReview).not.toContain('ar');
		expect(gap.missing).toEqual(['pl', 'so']);
	});

	it('leaves unpublished activities out', () => {
		const before = activityTranslationCoverage(fjordvik).total;
		db.update(activity)
			.set({ published: false })
			.where(eq(activity.id, idOf(fjordvik, 'fotball-for-alle')))
			.run();
		const after = activityTranslationCoverage(fjordvik);
		expect(after.total).toBe(before - 1);
		expect(after.gaps.map((g) => g.name)).not.toContain('Fotball for alle');
	});
});
