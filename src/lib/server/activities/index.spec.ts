import { vi, beforeAll, afterAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { rmSync } from 'node:fs';

const file = vi.hoisted(() => {
	// A file, not :memory:, so a second copy of the modules (the memos off) reads the same data.
	const path = `${process.env.TMPDIR ?? '/tmp'}/inngang-activity-index-${process.pid}.sqlite`;
	process.env.DATABASE_URL = path;
	process.env.PAGE_CACHE_SECONDS = '0';
	process.env.DATA_MEMO_SECONDS = '60';
	process.env.MUNICIPALITY = 'fjordvik';
	return path;
});

import { db } from '$lib/server/db';
import { activity, activityTranslation } from '$lib/server/db/schema';
import { invalidatePublicPages } from '$lib/server/page-cache';
import { seedDemo } from '../../../../db/seed';
import { seedScale } from '../../../../db/seed/scale';
import { localActivityTypes } from './vocabulary';
import { activityIndex } from './catalog';
import { getActivityForEdit, saveActivity } from './admin/activities';
import { getUserById } from '$lib/server/auth/users';
import type { AuthUser } from '$lib/server/auth/guard';
import { testAccount } from '$fixtures/test-database';
import { activityPage, calendarPage, listPage, mapPage } from './pages';
import { activityFeedBody, activityFeedPage, parseFeedCursor, type FeedCursor } from './feed';

/**
 * Issue 15: the list, calendar, map, an activity's page and the RPDE feed answer from an
 * in-memory index and memoised feed items. Those answers are the ones the database gives
 * read afresh (the same modules loaded again with the memos off), and a write shows at once.
 */

const origin = 'https://inngang.example';
// The demo's dates are relative to the week it was seeded in: today.
const now = new Date();
let municipalityId = 0;

type Pages = typeof import('./pages');
type Feed = typeof import('./feed');
let fresh: { pages: Pages; feed: Feed };
let editor: AuthUser;

beforeAll(async () => {
	municipalityId = (await seedDemo(db)).municipalityId;
	seedScale(db, municipalityId, 5);
	editor = (await getUserById(
		await testAccount(municipalityId, 'aktivitetsindeks@fjordvik.example', ['editor'])
	))!;
	vi.resetModules();
	process.env.DATA_MEMO_SECONDS = '0';
	fresh = { pages: await import('./pages'), feed: await import('./feed') };
	process.env.DATA_MEMO_SECONDS = '60';
});

afterAll(() => {
	for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
});

type FeedPage = Awaited<ReturnType<typeof activityFeedPage>>;

/** Follows `next` until a page is empty, as an RPDE reader does; `between` runs after a page. */
async function readFeed(
	read: typeof activityFeedPage,
	pageSize: number,
	between: (pages: number) => void = () => {}
) {
	const items: FeedPage['items'] = [];
	let cursor: FeedCursor = null;
	for (let pages = 1; pages < 1000; pages++) {
		const page = await read(cursor, origin, pageSize, now);
		if (page.items.length === 0) return items;
		items.push(...page.items);
		cursor = parseFeedCursor(new URL(page.next));
		between(pages);
	}
	throw new Error('feed never ended');
}

const listUrls = [
	'/aktiviteter',
	'/aktiviteter?side=3',
	'/aktiviteter?alder=10&gratis=1',
	'/aktiviteter?dag=tirsdag&tid=kveld',
	'/aktiviteter?omrade=nordbygda&tilrettelagt=1',
	'/aktiviteter?sprak=pl&dropin=1'
];

describe('the activity index at 5× the demo data', () => {
	it('gives the list, calendar and map the fresh answers, filtered and paged, in two languages', async () => {
		for (const lang of ['nb', 'en'] as const) {
			for (const path of listUrls) {
				const url = new URL(origin + path);
				const memoised = await listPage(url, lang, now);
				expect(memoised).toEqual(await fresh.pages.listPage(url, lang, now));
				expect(await mapPage(url, lang, now)).toEqual(await fresh.pages.mapPage(url, lang, now));
				const calendar = new URL(origin + path.replace('/aktiviteter', '/aktiviteter/kalender'));
				expect(await calendarPage(calendar, lang, now)).toEqual(
					await fresh.pages.calendarPage(calendar, lang, now)
				);
			}
		}
		const first = await listPage(new URL(`${origin}/aktiviteter`), 'nb', now);
		expect(first.cards.length).toBeGreaterThan(0);
	});

	it("gives an activity's page the fresh answer", async () => {
		const { cards } = await listPage(new URL(`${origin}/aktiviteter`), 'uk', now);
		for (const { slug } of cards.slice(0, 5)) {
			expect(await activityPage(slug, 'uk', origin, now)).toEqual(
				await fresh.pages.activityPage(slug, 'uk', origin, now)
			);
		}
	});

	it('gives the RPDE feed the fresh pages, and the text and ETag of the same items', async () => {
		expect(await readFeed(activityFeedPage, 300)).toEqual(
			await readFeed(fresh.feed.activityFeedPage, 300)
		);
		const page = await activityFeedPage(null, origin, 50, now);
		const body = await activityFeedBody(null, origin, 50, now);
		const joined = Buffer.concat(body.chunks);
		expect(joined.byteLength).toBe(body.length);
		expect(JSON.parse(joined.toString('utf8'))).toEqual(page);
		expect((await activityFeedBody(null, origin, 50, now)).etag).toBe(body.etag);
	});

	it('shows a renamed activity at once on the list, its page and in the feed', async () => {
		const url = new URL(`${origin}/aktiviteter`);
		const everyCard = async () => {
			const { pager } = await listPage(url, 'nb', now);
			const pages = await Promise.all(
				Array.from({ length: pager.pages }, (_, i) =>
					listPage(new URL(`${url}${i ? `?side=${i + 1}` : ''}`), 'nb', now)
				)
			);
			return pages.flatMap((p) => p.cards);
		};
		// One the OpenActive feed carries (its type is on the Activity List).
		const local = new Set<string>(localActivityTypes());
		const row = (await everyCard())
			.map((c) =>
				db
					.select()
					.from(activity)
					.where(and(eq(activity.slug, c.slug), eq(activity.municipalityId, municipalityId)))
					.get()!
			)
			.find((a) => !local.has(a.activityType))!;
		const { slug } = row;
		const feedBefore = await activityFeedBody(null, origin, 500, now);
		const renamed = `Omdøpt ${slug}`;
		db.update(activityTranslation)
			.set({ name: renamed })
			.where(and(eq(activityTranslation.activityId, row.id), eq(activityTranslation.lang, 'nb')))
			.run();
		db.update(activity)
			.set({ updatedAt: new Date(Date.now() + 5000).toISOString() })
			.where(eq(activity.id, row.id))
			.run();
		invalidatePublicPages();

		const card = (await everyCard()).find((c) => c.slug === slug);
		expect(card?.name.text).toBe(renamed);
		expect((await activityPage(slug, 'nb', origin, now)).activity.name.text).toBe(renamed);
		const feed = await readFeed(activityFeedPage, 500);
		const item = feed.find((i) => i.id === String(row.id))!;
		expect(item.data?.name).toBe(renamed);
		expect(feed.at(-1)!.id).toBe(String(row.id));
		expect((await activityFeedBody(null, origin, 500, now)).etag).not.toBe(feedBefore.etag);
	});

	it('keeps its index through writes that change no activity', async () => {
		const before = await activityIndex(municipalityId, 'nb');
		expect(before?.all.length).toBeGreaterThan(100);
		// A service and a plan saved: no activity changed, so nothing is read again.
		invalidatePublicPages({ services: [1], activities: [] });
		invalidatePublicPages({ services: [], activities: [] });
		expect(await activityIndex(municipalityId, 'nb')).toBe(before);
	});

	it('after an activity is saved, reads that one again and keeps every other as it was', async () => {
		const ids = (index: { all: { id: number }[] } | undefined) => index!.all.map((a) => a.id);
		const save = (id: number, change: { name?: string; published?: boolean }) => {
			const current = getActivityForEdit(editor, id)!;
			expect(saveActivity(editor, id, current.version, { ...current.edit, ...change })).toEqual({
				ok: true
			});
		};
		const before = (await activityIndex(municipalityId, 'en'))!;
		const target = before.all[40];
		save(target.id, { name: 'Brettspillkveld på Tyttebærhaugen' });
		const after = (await activityIndex(municipalityId, 'en'))!;
		expect(ids(after)).toEqual(ids(before));
		for (const a of after.all) if (a.id !== target.id) expect(a).toBe(before.byId.get(a.id));
		const renamed = after.byId.get(target.id)!;
		expect(renamed).not.toBe(before.byId.get(target.id));
		expect((await activityIndex(municipalityId, 'nb'))!.byId.get(target.id)!.name.text).toBe(
			'Brettspillkveld på Tyttebærhaugen'
		);
		expect(after.bySlug.get(target.slug)).toBe(renamed);

		// Unpublished it is gone; published again, it is back in its place.
		save(target.id, { published: false });
		expect(ids(await activityIndex(municipalityId, 'en'))).not.toContain(target.id);
		save(target.id, { published: true });
		expect(ids(await activityIndex(municipalityId, 'en'))).toEqual(ids(before));

		// A write that does not say what it changed (an import) reads everything again.
		invalidatePublicPages({ services: [] });
		const reread = (await activityIndex(municipalityId, 'en'))!;
		expect(ids(reread)).toEqual(ids(before));
		expect(reread.all.filter((a) => before.byId.get(a.id) === a)).toEqual([]);
	});

	it('gives every feed item exactly once across pages, also when one changes mid-walk', async () => {
		const all = db
			.select({ id: activity.id })
			.from(activity)
			.where(eq(activity.municipalityId, municipalityId))
			.all()
			.map((a) => String(a.id));
		const once = await readFeed(activityFeedPage, 20);
		expect(once.length).toBeGreaterThan(100);
		expect(once.map((i) => i.id).sort()).toEqual([...all].sort());

		// Halfway through, an item already read and one not yet read are edited.
		const [seen, unseen] = [once[10].id, once[once.length - 10].id].map(Number);
		const walked = await readFeed(activityFeedPage, 20, (pages) => {
			if (pages !== 3) return;
			for (const [id, ageMax] of [
				[seen, 21],
				[unseen, 22]
			])
				db.update(activity)
					.set({ ageMax, updatedAt: new Date(Date.now() + 10_000).toISOString() })
					.where(eq(activity.id, id))
					.run();
			invalidatePublicPages();
		});
		const count = new Map<string, number>();
		for (const i of walked) count.set(i.id, (count.get(i.id) ?? 0) + 1);
		expect([...count.keys()].sort()).toEqual([...all].sort());
		expect([...count].filter(([, n]) => n !== 1)).toEqual([[String(seen), 2]]);
		// The edits come last, with what was saved.
		const edited = walked.slice(-2);
		expect(edited.map((i) => Number(i.id)).sort()).toEqual([seen, unseen].sort());
		for (const item of edited)
			if (item.state === 'updated')
				expect(item.data?.ageRange.maxValue).toBe(Number(item.id) === seen ? 21 : 22);
	});
});
