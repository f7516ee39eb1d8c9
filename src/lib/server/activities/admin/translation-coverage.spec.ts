import { beforeAll, describe, expect, it, vi } from 'vitest';
vi.hoisted(() => (process.env.DATABASE_URL = ':memory:'));
import { and, eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { activity, activityTranslation } from '$lib/server/db/schema';
import { seedActivities } from '../../../../../db/seed/activities';
import { seedScale } from '../../../../../db/seed/scale';
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
const count = async (lang: string) =>
	(await activityTranslationCoverage(fjordvik)).languages.find((l) => l.lang === lang)!;

beforeAll(async () => {
	fjordvik = await testMunicipality('fjordvik');
	other = await testMunicipality('nabovik');
	seedActivities(db, fjordvik);
	seedActivities(db, other);
});

describe('statusOf', () => {
	// Bit 0: the name, bit 1: what to bring.
	it('asks only for the texts the nb source has', () => {
		expect(statusOf(0b01, 0b01, false)).toBe('translated');
		expect(statusOf(0b11, 0b01, false)).toBe('missing');
		expect(statusOf(0b01, 0b10, false)).toBe('missing');
		expect(statusOf(0b01, undefined, false)).toBe('missing');
		expect(statusOf(0b01, 0b11, true)).toBe('needs_review');
	});
});

describe('activity translation coverage', () => {
	it('counts every published activity of the municipality as translated in every language', async () => {
		const published = db
			.select({ id: activity.id })
			.from(activity)
			.where(and(eq(activity.municipalityId, fjordvik), eq(activity.published, true)))
			.all().length;
		const coverage = await activityTranslationCoverage(fjordvik);
		expect(coverage.total).toBe(published);
		for (const lang of coverage.languages)
			expect(lang, lang.lang).toMatchObject({ translated: published, missing: 0, needsReview: 0 });
		expect(coverage.gaps).toEqual([]);
	});

	it('lists an activity without a Polish text as missing in Polish, in its own municipality only', async () => {
		const football = idOf(fjordvik, 'fotball-for-alle');
		db.delete(activityTranslation)
			.where(and(eq(activityTranslation.activityId, football), eq(activityTranslation.lang, 'pl')))
			.run();
		expect((await count('pl')).missing).toBe(1);
		expect((await count('uk')).missing).toBe(0);
		const gap = (await activityTranslationCoverage(fjordvik)).gaps.find((g) => g.id === football);
		expect(gap).toMatchObject({ name: 'Fotball for alle', missing: ['pl'], needsReview: [] });
		expect((await activityTranslationCoverage(other)).gaps).toEqual([]);
	});

	it('counts a translation that lacks a text the nb source has as missing', async () => {
		const football = idOf(fjordvik, 'fotball-for-alle');
		db.update(activityTranslation)
			.set({ description: '' })
			.where(and(eq(activityTranslation.activityId, football), eq(activityTranslation.lang, 'so')))
			.run();
		expect((await count('so')).missing).toBe(1);
	});

	it('counts a text of only spaces and line breaks as missing, as the editor does', async () => {
		const football = idOf(fjordvik, 'fotball-for-alle');
		const describeIn = (description: string) =>
			db
				.update(activityTranslation)
				.set({ description })
				.where(
					and(eq(activityTranslation.activityId, football), eq(activityTranslation.lang, 'nn'))
				)
				.run();
		describeIn(' \n\u00a0\u2003\t ');
		expect((await count('nn')).missing).toBe(1);
		describeIn('\u00a0Fotball for alle på kunstgrasbanen.\n');
		expect((await count('nn')).missing).toBe(0);
	});

	it('marks translations saved before the last nb change as needing review', async () => {
		const football = idOf(fjordvik, 'fotball-for-alle');
		markTranslationSaved(db, 'activity', football, 'en', 1000);
		markTranslationSaved(db, 'activity', football, 'nb', 2000);
		markTranslationSaved(db, 'activity', football, 'ar', 3000);
		expect((await count('en')).needsReview).toBe(1);
		expect((await count('ar')).needsReview).toBe(0);
		// Seeded languages never saved since are older than the change too.
		expect((await count('uk')).needsReview).toBe(1);
		const gap = (await activityTranslationCoverage(fjordvik)).gaps.find((g) => g.id === football)!;
		expect(gap.needsReview).not.toContain('ar');
		expect(gap.missing).toEqual(['pl', 'so']);
	});

	it('leaves unpublished activities out', async () => {
		const before = (await activityTranslationCoverage(fjordvik)).total;
		db.update(activity)
			.set({ published: false })
			.where(eq(activity.id, idOf(fjordvik, 'fotball-for-alle')))
			.run();
		const after = await activityTranslationCoverage(fjordvik);
		expect(after.total).toBe(before - 1);
		expect(after.gaps.map((g) => g.name)).not.toContain('Fotball for alle');
	});

	it('reads a municipality of more than a thousand activities in full, each with its own texts', async () => {
		// 25 × the demo's activities: the overview reads them a thousand at a time.
		const large = db
			.select({ id: activity.id })
			.from(activity)
			.where(eq(activity.municipalityId, other))
			.all().length;
		seedScale(db, other, Math.ceil(1001 / large) + 1);
		const ids = db
			.select({ id: activity.id })
			.from(activity)
			.where(and(eq(activity.municipalityId, other), eq(activity.published, true)))
			.orderBy(activity.id)
			.all();
		expect(ids.length).toBeGreaterThan(1000);
		const last = ids.at(-1)!;
		const { name } = db
			.select({ name: activityTranslation.name })
			.from(activityTranslation)
			.where(and(eq(activityTranslation.activityId, last.id), eq(activityTranslation.lang, 'nb')))
			.get()!;
		db.delete(activityTranslation)
			.where(and(eq(activityTranslation.activityId, last.id), eq(activityTranslation.lang, 'uk')))
			.run();
		const coverage = await activityTranslationCoverage(other);
		expect(coverage.total).toBe(ids.length);
		expect(coverage.languages.find((l) => l.lang === 'uk')).toMatchObject({
			missing: 1,
			translated: ids.length - 1
		});
		expect(coverage.gaps).toEqual([{ id: last.id, name, missing: ['uk'], needsReview: [] }]);
	});
});
