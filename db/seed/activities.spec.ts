import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '../../src/lib/server/db/client';
import {
	activity,
	activityCancellation,
	activityKinds,
	activitySchedule,
	activityTranslation
} from '../../src/lib/server/db/schema';
import { upcomingOccurrences } from '../../src/lib/server/activities/schedule';
import { seedDemo } from './index';

describe('demo activities', async () => {
	const db = openDatabase(':memory:');
	migrateDatabase(db);
	await seedDemo(db);
	const counts = async () => ({
		activities: (await db.select({ n: count() }).from(activity).get())!.n,
		schedules: (await db.select({ n: count() }).from(activitySchedule).get())!.n,
		translations: (await db.select({ n: count() }).from(activityTranslation).get())!.n
	});

	it('has at least 40 offers of every kind', async () => {
		expect((await counts()).activities).toBeGreaterThanOrEqual(40);
		const kinds = await db.selectDistinct({ kind: activity.kind }).from(activity).all();
		expect(kinds.map((k) => k.kind).sort()).toEqual([...activityKinds].sort());
	});

	it('has nb, nn and en for every offer and pl and uk for at least ten', async () => {
		const total = (await counts()).activities;
		for (const lang of ['nb', 'nn', 'en']) {
			const n = await db
				.select({ n: count() })
				.from(activityTranslation)
				.where(eq(activityTranslation.lang, lang))
				.get();
			expect(n!.n, lang).toBe(total);
		}
		for (const lang of ['pl', 'uk']) {
			const n = await db
				.select({ n: count() })
				.from(activityTranslation)
				.where(eq(activityTranslation.lang, lang))
				.get();
			expect(n!.n, lang).toBeGreaterThanOrEqual(10);
		}
	});

	it('has cancelled sessions with reasons, and something on in the coming week', async () => {
		const cancellations = await db.select().from(activityCancellation).all();
		expect(cancellations.length).toBeGreaterThanOrEqual(2);
		for (const c of cancellations) expect(c.reason.nb).toBeTruthy();
		const schedules = await db.select().from(activitySchedule).all();
		const soon = upcomingOccurrences(
			schedules.map((s) => ({ ...s, exceptDates: [], cancellations: [] })),
			new Date(),
			20,
			{ horizonDays: 7 }
		);
		expect(soon.length).toBe(20);
	});

	it('can be loaded again without duplicating anything', async () => {
		const before = await counts();
		await seedDemo(db);
		expect(await counts()).toEqual(before);
	});
});
