import { vi, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';

vi.hoisted(() => {
	process.env.DATABASE_URL = ':memory:';
	// The page cache off, the data memos on: what a page the cache does not hold reads.
	process.env.PAGE_CACHE_SECONDS = '0';
	process.env.DATA_MEMO_SECONDS = '60';
	process.env.MUNICIPALITY = 'fjordvik';
});

import { db } from '$lib/server/db';
import { activitySchedule, serviceTranslation } from '$lib/server/db/schema';
import { seedDemo } from '../../../db/seed';
import { seedScale } from '../../../db/seed/scale';
import { listPage } from './activities/pages';
import { invalidatePublicPages } from './page-cache';
import { findServices, parseFinderQuery } from './services/finder';
import { listServices, parseServiceQuery } from './services/hsds';
import { listPublicPromises } from './consultations/public-council';
import { publicPlanView } from './plans/public-plan';
import { getPublicRound } from './consultations/public-round';
import { writeFollowUpNote } from './consultations/follow-ups';
import type { AuthUser } from './auth/guard';

/**
 * Issue 15: the finder's child rows, the activities' schedules and the shaped HSDS services
 * are kept between requests. A memoised answer is the same as a fresh one, and a write
 * (which calls invalidatePublicPages, as every public write does) shows on the next request.
 */
let municipalityId: number;
beforeAll(async () => {
	({ municipalityId } = await seedDemo(db));
	seedScale(db, municipalityId, 2);
});

const now = new Date('2026-11-25T14:00:00Z');

describe('data memos', () => {
	it('a topic gives the same page twice, and a renamed service under its new name', async () => {
		const query = parseFinderQuery(new URLSearchParams(), 'trist-eller-redd');
		const first = await findServices(query, 'nb', now);
		expect(await findServices(query, 'nb', now)).toEqual(first);

		const slug = first.services[0].slug;
		const renamed = `Omdøpt ${slug}`;
		const target = db.$client
			.prepare(`SELECT id FROM service WHERE slug = ? AND municipality_id IS NOT NULL`)
			.get(slug) as { id: number } | undefined;
		const id =
			target?.id ??
			(db.$client.prepare(`SELECT id FROM service WHERE slug = ?`).get(slug) as { id: number }).id;
		db.update(serviceTranslation)
			.set({ name: renamed })
			.where(and(eq(serviceTranslation.serviceId, id), eq(serviceTranslation.lang, 'nb')))
			.run();
		invalidatePublicPages();
		const after = await findServices(query, 'nb', now);
		const names = [...Array(after.pages).keys()];
		const all = [after];
		for (const page of names.slice(1)) all.push(await findServices(query, 'nb', now, page + 1));
		expect(all.flatMap((r) => r.services.map((s) => s.name.text))).toContain(renamed);
	});

	it('the activity list is the same twice, and drops an activity whose schedules are gone', async () => {
		const url = new URL('https://inngang.example/aktiviteter');
		const first = await listPage(url, 'nb', now);
		expect(await listPage(url, 'nb', now)).toEqual(first);

		const gone = first.cards[0].slug;
		const row = db.$client.prepare(`SELECT id FROM activity WHERE slug = ?`).get(gone) as {
			id: number;
		};
		db.$client.pragma('foreign_keys = OFF');
		db.delete(activitySchedule).where(eq(activitySchedule.activityId, row.id)).run();
		db.$client.pragma('foreign_keys = ON');
		invalidatePublicPages();
		const after = await listPage(url, 'nb', now);
		expect(after.count).toBe(first.count - 1);
		expect(after.cards.map((c) => c.slug)).not.toContain(gone);
	});

	it('an HSDS page is the same twice, in each language', async () => {
		for (const lang of ['nb', 'en']) {
			const query = parseServiceQuery(
				new URL(`https://inngang.example/api/hsds/services?per_page=20&lang=${lang}`)
			);
			const first = await listServices(query, now);
			expect(first.items).toHaveLength(20);
			expect(await listServices(query, now)).toEqual(first);
		}
	});

	it('the promises are the same twice, show a follow-up note at once, and turn overdue with the day', async () => {
		const first = await listPublicPromises(municipalityId, 'nb', now);
		expect(first.length).toBeGreaterThan(0);
		expect(await listPublicPromises(municipalityId, 'nb', now)).toEqual(first);

		const promise = first.find((p) => p.followUp.dueOn !== null && !p.followUp.overdue)!;
		expect(promise).toBeDefined();
		const followUpId = (
			db.$client
				.prepare('SELECT id FROM follow_up WHERE round_id = ? AND responsible = ? AND due_on = ?')
				.get(promise.roundId, promise.followUp.responsible, promise.followUp.dueOn) as {
				id: number;
			}
		).id;
		const staff = db.$client
			.prepare('SELECT id FROM account WHERE municipality_id = ? LIMIT 1')
			.get(municipalityId) as { id: number };
		const user = { id: staff.id, municipalityId } as AuthUser;
		await writeFollowUpNote(
			user,
			followUpId,
			{ text: 'Bussen går fra januar.', textEn: null, nextDueOn: promise.followUp.dueOn },
			now
		);
		const after = await listPublicPromises(municipalityId, 'nb', now);
		expect(after.map((p) => p.followUp.latest?.text)).toContain('Bussen går fra januar.');

		const dayAfterDue = new Date(`${promise.followUp.dueOn}T12:00:00Z`);
		dayAfterDue.setUTCDate(dayAfterDue.getUTCDate() + 1);
		const later = await listPublicPromises(municipalityId, 'nb', dayAfterDue);
		expect(
			later.find((p) => p.followUp.latest?.text === 'Bussen går fra januar.')?.followUp.overdue
		).toBe(true);
	});

	it('the plan page is the same twice, per level, and shows a renamed focus area after the write', async () => {
		const query = { level: null, area: null, page: 1 };
		const first = await publicPlanView(municipalityId, 'nb', query);
		expect(await publicPlanView(municipalityId, 'nb', query)).toEqual(first);
		const universal = await publicPlanView(municipalityId, 'nb', { ...query, level: 'universal' });
		expect(universal.level).toBe('universal');
		expect(universal).not.toEqual(first);

		const areaId = (
			db.$client
				.prepare(
					'SELECT f.id FROM focus_area f JOIN plan p ON p.id = f.plan_id WHERE p.municipality_id = ? ORDER BY f.position LIMIT 1'
				)
				.get(municipalityId) as { id: number }
		).id;
		db.$client
			.prepare(`UPDATE focus_area SET title = 'Omdøpt innsatsområde' WHERE id = ?`)
			.run(areaId);
		expect(JSON.stringify(await publicPlanView(municipalityId, 'nb', query))).not.toContain(
			'Omdøpt innsatsområde'
		);
		invalidatePublicPages();
		expect(JSON.stringify(await publicPlanView(municipalityId, 'nb', query))).toContain(
			'Omdøpt innsatsområde'
		);
	});
	it('a published round is the same twice, per language, and shows a follow-up note at once', async () => {
		const row = db.$client
			.prepare(
				`SELECT r.id AS roundId, f.id AS followUpId, f.due_on AS dueOn FROM consultation_round r
				 JOIN follow_up f ON f.round_id = r.id
				 WHERE r.municipality_id = ? AND r.feedback_published_at IS NOT NULL LIMIT 1`
			)
			.get(municipalityId) as { roundId: number; followUpId: number; dueOn: string | null };
		expect(row).toBeDefined();
		const first = await getPublicRound(municipalityId, row.roundId, 'nb');
		expect(first).not.toBeNull();
		expect(await getPublicRound(municipalityId, row.roundId, 'nb')).toEqual(first);
		const english = await getPublicRound(municipalityId, row.roundId, 'en');
		expect(english).not.toEqual(first);
		// Another municipality's visitor never gets this round from the memo.
		expect(await getPublicRound(municipalityId + 1000, row.roundId, 'nb')).toBeNull();

		const staff = db.$client
			.prepare('SELECT id FROM account WHERE municipality_id = ? LIMIT 1')
			.get(municipalityId) as { id: number };
		await writeFollowUpNote(
			{ id: staff.id, municipalityId } as AuthUser,
			row.followUpId,
			{ text: 'Rommet er pusset opp.', textEn: null, nextDueOn: row.dueOn },
			now
		);
		expect(JSON.stringify(await getPublicRound(municipalityId, row.roundId, 'nb'))).toContain(
			'Rommet er pusset opp.'
		);
	});
});
