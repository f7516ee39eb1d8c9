import { vi, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';

vi.hoisted(() => {
	process.env.DATABASE_URL = ':memory:';
	process.env.PAGE_CACHE_SECONDS = '0';
});

import { db } from '$lib/server/db';
import { activity } from '$lib/server/db/schema';
import { seedDemo } from '../../../../db/seed';
import { seedScale } from '../../../../db/seed/scale';
import { addDays, osloToday } from '$lib/server/time';
import {
	calendarPage,
	calendarPageSize,
	listPage,
	listPageSize,
	mapPage,
	mapPageSize
} from './pages';

/**
 * Issue 15: at a municipality's real size a page of the list, calendar or map reads the
 * texts, places and organizers of the activities it shows, not of every activity.
 */

const origin = 'https://inngang.example';
// The demo's dates are relative to the week it was seeded in: today.
const now = new Date();
let published = 0;

/**
 * How many rows a statement reading activity texts returned while `read` ran: the texts are
 * read per activity shown, so this counts the activities whose details were loaded.
 */
async function textRowsRead<T>(read: () => Promise<T>): Promise<{ result: T; rows: number }> {
	const client = db.$client;
	const prepare = client.prepare;
	let rows = 0;
	client.prepare = function (this: typeof client, source: string) {
		const statement = prepare.call(this, source);
		if (/from "activity_translation"/.test(source)) {
			const all = statement.all as (this: unknown, ...params: unknown[]) => unknown[];
			statement.all = function (this: unknown, ...params: unknown[]) {
				const result = all.apply(this, params);
				rows += result.length;
				return result;
			} as typeof statement.all;
		}
		return statement;
	} as typeof client.prepare;
	try {
		return { result: await read(), rows };
	} finally {
		client.prepare = prepare;
	}
}

beforeAll(async () => {
	const { municipalityId } = await seedDemo(db);
	seedScale(db, municipalityId, 5);
	published = db
		.select({ n: sql<number>`count(*)` })
		.from(activity)
		.where(and(eq(activity.municipalityId, municipalityId), eq(activity.published, true)))
		.get()!.n;
});

describe('activity pages at 5× the demo data', () => {
	it('the list shows one page and reads the texts of that page only (nb: one text row each)', async () => {
		expect(published).toBeGreaterThan(listPageSize * 4);
		const { result, rows } = await textRowsRead(() =>
			listPage(new URL(`${origin}/aktiviteter`), 'nb', now)
		);
		expect(result.cards).toHaveLength(listPageSize);
		expect(result.count).toBeGreaterThan(listPageSize * 4);
		expect(rows).toBe(listPageSize);
		expect(result.pager.nextHref).toBe('/aktiviteter?side=2');
		expect(result.pager.previousHref).toBeNull();
	});

	it('a visitor in another language reads at most two text rows per card (theirs and nb)', async () => {
		const { result, rows } = await textRowsRead(() =>
			listPage(new URL(`${origin}/pl/aktiviteter`), 'pl', now)
		);
		expect(result.cards).toHaveLength(listPageSize);
		expect(rows).toBeLessThanOrEqual(listPageSize * 2);
	});

	it('page 2 continues where page 1 ended, soonest first, with the filters kept', async () => {
		const first = await listPage(new URL(`${origin}/aktiviteter?alder=10`), 'nb', now);
		const second = await listPage(new URL(`${origin}/aktiviteter?alder=10&side=2`), 'nb', now);
		expect(second.count).toBe(first.count);
		const slugs = [...first.cards, ...second.cards].map((c) => c.slug);
		expect(new Set(slugs).size).toBe(slugs.length);
		const dates = [...first.cards, ...second.cards].map((c) => c.next!.date);
		expect(dates).toEqual([...dates].sort());
		for (const card of [...first.cards, ...second.cards]) {
			expect(card.ageMin).toBeLessThanOrEqual(10);
			expect(card.ageMax).toBeGreaterThanOrEqual(10);
		}
		expect(first.pager.nextHref).toBe('/aktiviteter?alder=10&side=2');
		expect(second.pager.previousHref).toBe('/aktiviteter?alder=10');
	});

	it('every filtered activity is on exactly one page', async () => {
		const url = (n: number) =>
			new URL(`${origin}/aktiviteter?gratis=1${n > 1 ? `&side=${n}` : ''}`);
		const first = await listPage(url(1), 'nb', now);
		const seen: string[] = [];
		for (let n = 1; n <= first.pager.pages; n++)
			seen.push(...(await listPage(url(n), 'nb', now)).cards.map((c) => c.slug));
		expect(seen).toHaveLength(first.count);
		expect(new Set(seen).size).toBe(first.count);
	});

	it('the calendar shows one page of sessions and reads texts only for their activities', async () => {
		const { result, rows } = await textRowsRead(() =>
			calendarPage(new URL(`${origin}/aktiviteter/kalender`), 'nb', now)
		);
		const entries = result.days.flatMap((d) => d.entries);
		expect(entries).toHaveLength(calendarPageSize);
		expect(result.pager.total).toBeGreaterThan(calendarPageSize);
		expect(rows).toBe(new Set(entries.map((e) => e.href)).size);
		expect(result.pager.nextHref).toBe('/aktiviteter/kalender?side=2');
	});

	it("the calendar's week links stop at today and a year ahead, so they do not go on forever", async () => {
		const week = (from?: string) =>
			calendarPage(
				new URL(
					`${origin}/aktiviteter/kalender${from ? `?fra=${from}&til=${addDays(from, 6)}` : ''}`
				),
				'nb',
				now
			);
		const today = osloToday(now);
		const first = await week();
		expect(first.previousHref).toBeNull();
		expect(first.nextHref).toBe(
			`/aktiviteter/kalender?fra=${addDays(today, 7)}&til=${addDays(today, 13)}`
		);

		// One week on, "previous" is this week again; three days on, it is not before today.
		expect((await week(addDays(today, 7))).previousHref).toBe(
			`/aktiviteter/kalender?fra=${today}&til=${addDays(today, 6)}`
		);
		expect((await week(addDays(today, 3))).previousHref).toBe(
			`/aktiviteter/kalender?fra=${today}&til=${addDays(today, 6)}`
		);
		// A week typed in the past has no way further back, but a way forward.
		const past = await week(addDays(today, -30));
		expect(past.previousHref).toBeNull();
		expect(past.nextHref).not.toBeNull();

		// Following "next" ends within a year, and every step moves a week on.
		let hops = 0;
		let href: string | null = first.nextHref;
		while (href) {
			const from = new URL(href, origin).searchParams.get('fra')!;
			href = (await week(from)).nextHref;
			hops++;
			expect(hops).toBeLessThanOrEqual(60);
		}
		expect(hops).toBeGreaterThanOrEqual(51);
	});

	it('the map shows one page of places, grouped by area', async () => {
		const { result, rows } = await textRowsRead(() =>
			mapPage(new URL(`${origin}/aktiviteter/kart`), 'nb', now)
		);
		const cards = result.areas.flatMap((a) => a.cards);
		expect(cards).toHaveLength(Math.min(mapPageSize, result.count));
		expect(rows).toBe(cards.length);
	});

	it('a page number is part of the tidy address, and a bad one is dropped', async () => {
		await expect(
			listPage(new URL(`${origin}/aktiviteter?side=x&gratis=1`), 'nb', now)
		).rejects.toMatchObject({ status: 303, location: '/aktiviteter?gratis=1' });
		await expect(
			listPage(new URL(`${origin}/aktiviteter?side=2&gratis=1`), 'nb', now)
		).rejects.toMatchObject({ status: 303, location: '/aktiviteter?gratis=1&side=2' });
	});
});
