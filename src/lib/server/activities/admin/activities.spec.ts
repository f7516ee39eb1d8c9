import { beforeAll, describe, expect, it, vi } from 'vitest';
vi.hoisted(() => (process.env.DATABASE_URL = ':memory:'));
import { and, desc, eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import {
	activity,
	activityCancellation,
	activityFeedTombstone,
	activityLocation,
	activityOrganizer,
	activitySchedule,
	auditLog
} from '$lib/server/db/schema';
import { seedActivities } from '../../../../../db/seed/activities';
import { testAccount, testMunicipality } from '$fixtures/test-database';
import { getUserById } from '$lib/server/auth/users';
import type { AuthUser } from '$lib/server/auth/guard';
import {
	cancelOccurrence,
	changeSchedule,
	createActivity,
	deleteActivity,
	getActivityForEdit,
	saveActivity
} from './activities';
import { getActivityTranslations, saveActivityTranslation } from './translations';

let editor: AuthUser;
let draft: { organizerId: number; locationId: number };

beforeAll(async () => {
	const municipalityId = await testMunicipality();
	await seedActivities(db, municipalityId);
	editor = (await getUserById(await testAccount(municipalityId, 'red@t.example', ['editor'])))!;
	draft = {
		organizerId: (await db.select().from(activityOrganizer).get())!.id,
		locationId: (await db.select().from(activityLocation).get())!.id
	};
});

const newActivity = () => ({
	name: 'Brettspill på Ungdomshuset',
	kind: 'session_series' as const,
	activityType: 'board_games' as const,
	...draft,
	ageMin: 12,
	ageMax: 17
});

describe('creating an activity', () => {
	it('makes an unpublished draft with a free slug and an audit entry', async () => {
		const first = await createActivity(editor, newActivity());
		const second = await createActivity(editor, newActivity());
		expect(first.ok && second.ok).toBe(true);
		if (!first.ok || !second.ok) return;
		const rows = await db.select().from(activity).where(eq(activity.id, second.id)).all();
		expect(rows[0]).toMatchObject({
			slug: 'brettspill-pa-ungdomshuset-2',
			published: false,
			category: 'library',
			ageMin: 12
		});
		const entry = await db.select().from(auditLog).orderBy(desc(auditLog.id)).get();
		expect(entry).toMatchObject({
			entity: 'activity',
			entityId: String(second.id),
			action: 'create'
		});
	});

	it('refuses an organiser of another municipality', async () => {
		const other = await testMunicipality('annenvik');
		const stranger = (await getUserById(await testAccount(other, 'x@a.example', ['editor'])))!;
		expect(await createActivity(stranger, newActivity())).toEqual({
			ok: false,
			reason: 'organizer'
		});
	});

	it('spells æ, ø and å out in slugs, and names a title without letters "aktivitet"', async () => {
		const slugOf = async (name: string) => {
			const created = await createActivity(editor, { ...newActivity(), name });
			if (!created.ok) throw new Error('not created');
			return (await getActivityForEdit(editor, created.id))!.slug;
		};
		expect(await slugOf('Åpen hall – ØVING for små!')).toBe('apen-hall-oving-for-sma');
		expect(await slugOf('???')).toBe('aktivitet');
	});

	it('keeps slugs away from the words the activity routes use', async () => {
		const created = await createActivity(editor, { ...newActivity(), name: 'Kalender' });
		if (!created.ok) throw new Error('not created');
		expect((await getActivityForEdit(editor, created.id))!.slug).toBe('kalender-2');
	});
});

describe('editing schedules', () => {
	it('adds, changes and removes times, checking the version and keeping cancellations', async () => {
		const created = await createActivity(editor, { ...newActivity(), name: 'Timeplan' });
		if (!created.ok) throw new Error('not created');
		const id = created.id;
		const weekly = {
			byDay: 'TU',
			startTime: '17:00',
			endTime: '19:00',
			startDate: '2026-11-24',
			endDate: null
		};
		expect(await changeSchedule(editor, id, 1, { op: 'add', input: weekly })).toEqual({ ok: true });
		// A second form still holding version 1 is refused, and told the current version.
		expect(await changeSchedule(editor, id, 1, { op: 'add', input: weekly })).toEqual({
			ok: false,
			reason: 'conflict',
			version: 2
		});
		const [schedule] = (await getActivityForEdit(editor, id))!.schedules;
		expect(await cancelOccurrence(editor, id, schedule.id, '2026-12-01', 'Syk')).toBe(true);
		expect(
			await changeSchedule(editor, id, 2, {
				op: 'update',
				scheduleId: schedule.id,
				input: { ...weekly, startTime: '18:00' }
			})
		).toEqual({ ok: true });
		const after = (await getActivityForEdit(editor, id))!;
		expect(after.schedules).toMatchObject([{ startTime: '18:00', byDay: 'TU' }]);
		expect(after.cancellations).toHaveLength(1);
		const entry = await db.select().from(auditLog).orderBy(desc(auditLog.id)).get();
		expect(entry?.changes).toEqual({
			[`schedule:${schedule.id}`]: {
				old: 'TU 17:00–19:00 2026-11-24–',
				new: 'TU 18:00–19:00 2026-11-24–'
			}
		});

		expect(await changeSchedule(editor, id, 3, { op: 'remove', scheduleId: schedule.id })).toEqual({
			ok: true
		});
		expect(
			await db.select().from(activitySchedule).where(eq(activitySchedule.activityId, id)).all()
		).toEqual([]);
		expect(
			await db
				.select()
				.from(activityCancellation)
				.where(and(eq(activityCancellation.scheduleId, schedule.id)))
				.all()
		).toEqual([]);
	});

	it('does not touch a schedule of another activity', async () => {
		const other = await db.select().from(activitySchedule).get();
		const created = await createActivity(editor, { ...newActivity(), name: 'Tom' });
		if (!created.ok) throw new Error('not created');
		expect(
			await changeSchedule(editor, created.id, 1, { op: 'remove', scheduleId: other!.id })
		).toEqual({ ok: false, reason: 'not_found' });
	});
});

describe('activity translations', () => {
	it('lists missing languages and marks a translation older than the nb text', async () => {
		const created = await createActivity(editor, { ...newActivity(), name: 'Oversatt' });
		if (!created.ok) throw new Error('not created');
		const id = created.id;
		const text = {
			name: 'Translated',
			description: 'In English',
			howToJoin: '',
			bring: '',
			priceText: '',
			accessibilityNote: ''
		};
		// Translations saved after the nb text: up to date.
		await new Promise((r) => setTimeout(r, 5));
		expect(saveActivityTranslation(editor, id, 'en', text, 0)).toEqual({ ok: true });
		let found = (await getActivityTranslations(editor.municipalityId, id))!;
		expect(found.languages.find((l) => l.lang === 'en')).toMatchObject({
			text: { name: 'Translated', howToJoin: '' },
			needsReview: false
		});
		expect(found.languages.filter((l) => !l.text).map((l) => l.lang)).toEqual([
			'nn',
			'uk',
			'pl',
			'ar',
			'so'
		]);

		await new Promise((r) => setTimeout(r, 5));
		const current = (await getActivityForEdit(editor, id))!;
		await saveActivity(editor, id, current.version, {
			...current.edit,
			description: 'Ny beskrivelse på bokmål'
		});
		found = (await getActivityTranslations(editor.municipalityId, id))!;
		expect(found.source.description).toBe('Ny beskrivelse på bokmål');
		expect(found.languages.find((l) => l.lang === 'en')?.needsReview).toBe(true);
	});
});

describe('deleting an activity', () => {
	it('removes it with its times, leaves a feed tombstone and an audit entry, and is refused in another municipality', async () => {
		const created = await createActivity(editor, newActivity());
		expect(created.ok).toBe(true);
		if (!created.ok) return;
		const id = created.id;
		const outsider = (await getUserById(
			await testAccount(await testMunicipality('slettvik'), 'slett@t.example', ['editor'])
		))!;
		expect(await deleteActivity(outsider, id)).toBe(false);
		expect(await getActivityForEdit(editor, id)).not.toBeNull();

		expect(await deleteActivity(editor, id)).toBe(true);
		expect(await getActivityForEdit(editor, id)).toBeNull();
		expect(
			await db.select().from(activitySchedule).where(eq(activitySchedule.activityId, id)).all()
		).toEqual([]);
		const tombstone = await db
			.select()
			.from(activityFeedTombstone)
			.where(eq(activityFeedTombstone.activityId, id))
			.get();
		expect(tombstone?.municipalityId).toBe(editor.municipalityId);
		const entry = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entity, 'activity'), eq(auditLog.entityId, String(id))))
			.orderBy(desc(auditLog.id))
			.get();
		expect(entry?.action).toBe('delete');
		expect(await deleteActivity(editor, id)).toBe(false);
	});
});
