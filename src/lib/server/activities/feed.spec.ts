import { vi, beforeAll, describe, expect, it } from 'vitest';
import { localActivityTypes } from './vocabulary';
import { and, eq } from 'drizzle-orm';

vi.hoisted(() => {
	process.env.DATABASE_URL = ':memory:';
	process.env.PAGE_CACHE_SECONDS = '0';
});

import { db } from '$lib/server/db';
import { inTransaction } from '$lib/server/db/client';
import { activity } from '$lib/server/db/schema';
import { seedDemo } from '../../../../db/seed';
import {
	activityFeedPage,
	activityTypeScheme,
	parseFeedCursor,
	recordActivityDeletion,
	type FeedCursor
} from './feed';

type Page = Awaited<ReturnType<typeof activityFeedPage>>;

/** Follows `next` until a page is empty, as an RPDE reader does. */
async function readFeed(from: FeedCursor, pageSize = 7) {
	const items: Page['items'] = [];
	let cursor = from;
	for (let i = 0; i < 100; i++) {
		const page = await activityFeedPage(cursor, 'https://inngang.example', pageSize);
		if (page.items.length === 0) return { items, cursor, last: page };
		items.push(...page.items);
		cursor = parseFeedCursor(new URL(page.next));
	}
	throw new Error('feed never ended');
}

let municipalityId = 0;
beforeAll(async () => {
	municipalityId = (await seedDemo(db)).municipalityId;
});

describe('RPDE activity feed', () => {
	it('gives every published activity exactly once, ordered by (modified, id)', async () => {
		const { items } = await readFeed(null);
		const ids = items.map((i) => i.id);
		expect(new Set(ids).size).toBe(ids.length);
		const published = await db
			.select({ id: activity.id, type: activity.activityType })
			.from(activity)
			// Only this portal's municipality: Nordby's activities are in another feed.
			.where(and(eq(activity.published, true), eq(activity.municipalityId, municipalityId)))
			.all();
		// OpenActive is about physical activity: a type the Activity List lacks is "deleted".
		const local = new Set<string>(localActivityTypes());
		const updated = items.filter((i) => i.state === 'updated').map((i) => i.id);
		expect(updated.sort()).toEqual(
			published
				.filter((a) => !local.has(a.type))
				.map((a) => String(a.id))
				.sort()
		);
		for (let i = 1; i < items.length; i++) {
			const [a, b] = [items[i - 1], items[i]];
			expect(
				a.modified < b.modified || (a.modified === b.modified && Number(a.id) < Number(b.id))
			).toBe(true);
		}
	});

	it('shapes items as OpenActive SessionSeries with absolute URLs, offsets and a licence', async () => {
		const page = await activityFeedPage(null, 'https://inngang.example', 5);
		expect(page.license).toMatch(/^https:\/\//);
		expect(page.next).toMatch(
			/^https:\/\/inngang\.example\/api\/feeds\/activities\?afterTimestamp=\d+&afterId=\d+$/
		);
		const item = page.items.find((i) => i.state === 'updated')!;
		const data = item.data!;
		expect(data['@context']).toBe('https://openactive.io/');
		expect(['SessionSeries', 'CourseInstance']).toContain(data['@type']);
		expect(data.url).toMatch(/^https:\/\/inngang\.example\/aktiviteter\//);
		expect(data.ageRange).toMatchObject({ '@type': 'QuantitativeValue' });
		// Whole seconds with the offset of that date, as the OpenActive validator wants them.
		for (const session of data.subEvent)
			expect(session.startDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00[+-]\d\d:\d\d$/);
	});

	it('gives each item the RPDE kind its @type names, courses as CourseInstance', async () => {
		const { items } = await readFeed(null, 50);
		const updated = items.filter((i) => i.state === 'updated');
		for (const item of updated) expect(item.kind).toBe(item.data!['@type']);
		const course = updated.find((i) => i.kind === 'CourseInstance')!;
		expect(course.data!.subEvent.every((e) => e['@type'] === 'Event')).toBe(true);
		expect(course.data!.eventSchedule[0].scheduledEventType).toBe('Event');
		const series = updated.find((i) => i.kind === 'SessionSeries')!;
		expect(series.data!.subEvent[0]['@type']).toBe('ScheduledSession');
		expect(series.data!.eventSchedule[0]).toMatchObject({
			scheduledEventType: 'ScheduledSession',
			duration: expect.stringMatching(/^PT(\d+H)?(\d+M)?$/)
		});
		expect(series.data!.offers).toEqual([expect.objectContaining({ priceCurrency: 'NOK' })]);
		expect(series.data!.organizer['@id']).toMatch(
			/^https:\/\/inngang\.example\/api\/feeds\/activities#/
		);
	});

	it('names football from the Activity List; chess, not on it, is only in the scheme of the portal', async () => {
		const { items } = await readFeed(null, 50);
		const types = await db
			.select({ id: activity.id, type: activity.activityType })
			.from(activity)
			.where(eq(activity.municipalityId, municipalityId))
			.all();
		const ofType = (t: string) =>
			items.find(
				(i) => i.state === 'updated' && types.some((a) => a.type === t && String(a.id) === i.id)
			)!.data!.activity[0];
		expect(ofType('football')).toEqual({
			'@type': 'Concept',
			'@id': 'https://openactive.io/activity-list#0a5f732d-e806-4e51-ad40-0a7de0239c8c',
			inScheme: 'https://openactive.io/activity-list',
			prefLabel: 'Football'
		});
		const chess = types.find((a) => a.type === 'chess')!;
		expect(items.find((i) => i.id === String(chess.id))).toMatchObject({ state: 'deleted' });
		const scheme = activityTypeScheme('https://inngang.example');
		expect(scheme.concept.find((c) => c.notation === 'chess')).toMatchObject({
			id: 'https://inngang.example/api/feeds/activity-types#chess',
			prefLabel: 'Chess',
			altLabel: ['Sjakk']
		});
		expect(scheme.concept.some((c) => c.notation === 'football')).toBe(false);
	});

	it('picks up an edit, an unpublish and a deletion made between two passes', async () => {
		const first = await readFeed(null);
		const [edited, hidden, removed] = first.items
			.filter((i) => i.state === 'updated')
			.slice(0, 3)
			.map((i) => Number(i.id));
		const later = new Date(Date.now() + 2000).toISOString();
		const removedKind = db.select().from(activity).where(eq(activity.id, removed)).get()!.kind;
		inTransaction(db, (tx) => {
			tx.update(activity)
				.set({ ageMax: 19, updatedAt: later })
				.where(eq(activity.id, edited))
				.run();
			tx.update(activity)
				.set({ published: false, updatedAt: later })
				.where(eq(activity.id, hidden))
				.run();
			tx.delete(activity).where(eq(activity.id, removed)).run();
			recordActivityDeletion(tx, municipalityId, removed, removedKind, new Date(Date.now() + 3000));
		});
		const changes = await readFeed(first.cursor);
		expect(changes.items.map((i) => [Number(i.id), i.state])).toEqual([
			[edited, 'updated'],
			[hidden, 'deleted'],
			[removed, 'deleted']
		]);
		expect(changes.items[0].data?.ageRange.maxValue).toBe(19);
		expect(changes.items[2].data).toBeUndefined();
		expect(changes.items[2].kind).toBe(
			removedKind === 'course' ? 'CourseInstance' : 'SessionSeries'
		);

		// A fresh reader still sees every item once, the changed ones in their new place.
		const again = await readFeed(null);
		const ids = again.items.map((i) => i.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids.slice(-3)).toEqual([String(edited), String(hidden), String(removed)]);
	});

	it('pages through items saved in the same millisecond without losing or repeating one', async () => {
		const same = new Date(Date.now() + 10_000).toISOString();
		const ids = db
			.select({ id: activity.id })
			.from(activity)
			.where(and(eq(activity.published, true), eq(activity.municipalityId, municipalityId)))
			.limit(5)
			.all()
			.map((r) => r.id);
		for (const id of ids)
			db.update(activity).set({ updatedAt: same }).where(eq(activity.id, id)).run();
		const start = { afterTimestamp: Date.parse(same) - 1, afterId: 0 };
		const { items } = await readFeed(start, 2);
		expect(items.map((i) => Number(i.id))).toEqual([...ids].sort((a, b) => a - b));
		expect(new Set(items.map((i) => i.modified))).toEqual(new Set([Date.parse(same)]));
	});

	it('answers a cursor beyond the year 9999 with an empty page', async () => {
		const page = await activityFeedPage(
			{ afterTimestamp: 999_999_999_999_999, afterId: 1 },
			'https://x'
		);
		expect(page.items).toEqual([]);
	});

	it('answers the last page with the same next URL and no items', async () => {
		const { cursor, last } = await readFeed(null);
		expect(last.items).toEqual([]);
		expect(last.next).toBe(
			`https://inngang.example/api/feeds/activities?afterTimestamp=${cursor!.afterTimestamp}&afterId=${cursor!.afterId}`
		);
	});

	it.each(['afterTimestamp=abc&afterId=1', 'afterTimestamp=1', 'afterId=3'])(
		'refuses %s',
		(query) => {
			expect(() => parseFeedCursor(new URL(`https://x/api/feeds/activities?${query}`))).toThrow();
		}
	);
});

describe('RPDE feed caching', () => {
	it('caches a page with items for an hour and the empty last page for 8 seconds', async () => {
		const route = await import('../../../routes/api/feeds/activities/+server');
		const get = async (href: string) => {
			const url = new URL(href);
			return (route.GET as (e: unknown) => Promise<Response>)({ request: new Request(url), url });
		};
		const first = await get('https://inngang.example/api/feeds/activities');
		const body = await first.json();
		expect(body.items.length).toBeGreaterThan(0);
		expect(first.headers.get('cache-control')).toBe('public, max-age=3600');
		const last = await get(body.next);
		expect((await last.json()).items).toEqual([]);
		expect(last.headers.get('cache-control')).toBe('public, max-age=8');
	});
});
