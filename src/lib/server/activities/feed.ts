import { and, asc, eq, gt, lt, or } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { timeSlicer } from '$lib/server/slices';
import type { Executor } from '$lib/server/db/client';
import { activity, activityFeedTombstone, type ActivityKind } from '$lib/server/db/schema';
import { createHash } from 'node:crypto';
import {
	activityIndex,
	loadActivities,
	type ActivityDetails
} from '$lib/server/activities/catalog';
import { upcomingOccurrences } from '$lib/server/activities/schedule';
import { dataMemo, dataMemoMs } from '$lib/server/page-cache';
import { openActiveItem, openActiveKind } from '$lib/server/activities/openactive';
import { getCurrentMunicipality } from '$lib/server/municipality';
import { BadParameter, openDataLicence } from '$lib/server/opendata/http';
import { messagesFor } from '$lib/i18n/messages.server';
import {
	localActivityTypes,
	localConceptScheme,
	type ActivityType
} from '$lib/server/activities/vocabulary';

/**
 * The activity feed in the Realtime Paged Data Exchange (RPDE 1.0) "modified" ordering:
 * items sorted by (modified, id), a page starts strictly after the (afterTimestamp, afterId)
 * it is asked for, and `next` carries the last item's pair. An edit moves an item to the
 * end with a new `modified`, so a reader that keeps following `next` sees every change.
 *
 * `modified` is the row's updatedAt in milliseconds. An unpublished activity is `deleted`
 * (the row stays, so that lasts); a deleted row leaves a tombstone, kept at least 7 days,
 * which remembers the item's `kind` (SessionSeries or CourseInstance, see `openactive.ts`).
 */

// The RPDE validator asks for at least 500 items a page.
export const feedPageSize = 500;
const tombstoneDays = 30;

export type FeedCursor = { afterTimestamp: number; afterId: number } | null;

export function parseFeedCursor(url: URL): FeedCursor {
	const timestamp = url.searchParams.get('afterTimestamp');
	const id = url.searchParams.get('afterId');
	if (timestamp === null && id === null) return null;
	if (timestamp === null || !/^\d{1,15}$/.test(timestamp))
		throw new BadParameter(
			'afterTimestamp',
			'afterTimestamp must be a whole number of milliseconds'
		);
	if (id === null || !/^\d{1,15}$/.test(id))
		throw new BadParameter(
			'afterId',
			'afterId must be given with afterTimestamp, as a whole number'
		);
	return { afterTimestamp: Number(timestamp), afterId: Number(id) };
}

export type FeedEntry = { id: number; modified: number; deleted: boolean; kind: string };

/**
 * `updated_at` and `deleted_at` are ISO instants in one format (`toISOString`, or SQLite's
 * `%Y-%m-%dT%H:%M:%fZ` default), so text order is time order and a cursor in milliseconds is
 * the same text. Each source is read through its (municipality, time, id) index from the
 * cursor on, at most a page of rows; the two sorted runs are merged here.
 */
function cursorText(cursor: NonNullable<FeedCursor>): string {
	// Past year 9999 toISOString grows a sign and six digits, which sorts before every date.
	return cursor.afterTimestamp >= Date.UTC(10000, 0, 1)
		? '9999-12-31T23:59:59.999Z~'
		: new Date(cursor.afterTimestamp).toISOString();
}

function feedEntries(municipalityId: number, cursor: FeedCursor, limit: number): FeedEntry[] {
	const after = cursor ? cursorText(cursor) : null;
	const rows = db
		.select({
			id: activity.id,
			updatedAt: activity.updatedAt,
			published: activity.published,
			kind: activity.kind
		})
		.from(activity)
		.where(
			and(
				eq(activity.municipalityId, municipalityId),
				after && cursor
					? or(
							gt(activity.updatedAt, after),
							and(eq(activity.updatedAt, after), gt(activity.id, cursor.afterId))
						)
					: undefined
			)
		)
		.orderBy(asc(activity.updatedAt), asc(activity.id))
		.limit(limit)
		.all();
	const tombstones = db
		.select()
		.from(activityFeedTombstone)
		.where(
			and(
				eq(activityFeedTombstone.municipalityId, municipalityId),
				after && cursor
					? or(
							gt(activityFeedTombstone.deletedAt, after),
							and(
								eq(activityFeedTombstone.deletedAt, after),
								gt(activityFeedTombstone.activityId, cursor.afterId)
							)
						)
					: undefined
			)
		)
		.orderBy(asc(activityFeedTombstone.deletedAt), asc(activityFeedTombstone.activityId))
		.limit(limit)
		.all();
	return [
		...rows.map((r) => ({
			id: r.id,
			modified: Date.parse(r.updatedAt),
			deleted: !r.published,
			kind: openActiveKind(r.kind)
		})),
		...tombstones.map((t) => ({
			id: t.activityId,
			modified: Date.parse(t.deletedAt),
			deleted: true,
			kind: openActiveKind(t.kind)
		}))
	]
		.sort((a, b) => a.modified - b.modified || a.id - b.id)
		.slice(0, limit < 0 ? undefined : limit);
}

/** The SKOS scheme the feed's local activity Concepts are in, labelled in English and nb. */
export function activityTypeScheme(origin: string) {
	const label = (lang: 'nb' | 'en') => (type: ActivityType) =>
		messagesFor(lang, ['activities']).activities[`type_${type}`] ?? type;
	return localConceptScheme(origin, { nb: label('nb'), en: label('en') }, openDataLicence);
}

/**
 * The whole feed order of a municipality, (modified, id) ascending, kept by `dataMemo`
 * (emptied on every write, each of which invalidates public pages): a page is a binary
 * search for the cursor and a slice, not two index walks and a merge.
 */
const orderMemo = dataMemo<'order', FeedEntry[]>();

function feedOrder(municipalityId: number): FeedEntry[] {
	const memo = orderMemo(municipalityId);
	let order = memo.get('order');
	if (!order) memo.set('order', (order = feedEntries(municipalityId, null, -1)));
	return order;
}

/** Index of the first entry strictly after the cursor in `order`. */
export function firstAfter(order: readonly FeedEntry[], cursor: FeedCursor): number {
	if (!cursor) return 0;
	let low = 0;
	let high = order.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		const e = order[middle];
		const after =
			e.modified > cursor.afterTimestamp ||
			(e.modified === cursor.afterTimestamp && e.id > cursor.afterId);
		if (after) high = middle;
		else low = middle + 1;
	}
	return low;
}

function feedPageEntries(municipalityId: number, cursor: FeedCursor, limit: number): FeedEntry[] {
	if (dataMemoMs <= 0) return feedEntries(municipalityId, cursor, limit);
	const order = feedOrder(municipalityId);
	const at = firstAfter(order, cursor);
	return order.slice(at, at + limit);
}

type FeedItem = {
	state: 'updated' | 'deleted';
	kind: string;
	id: string;
	modified: number;
	data?: ReturnType<typeof openActiveItem>;
};

/**
 * An item with its JSON as UTF-8 bytes and their hash, so a page is concatenated, not
 * stringified. Bytes rather than a string: a first page is 500 items and most of a
 * megabyte, and handing the Response a string made Node convert and encode all of it again
 * on every request (issue 15).
 */
type ShapedItem = { item: FeedItem; json: Buffer; hash: string; validUntil: number };

/**
 * Shaped items per row version (id, modified, deleted) and origin, kept by `dataMemo`. An
 * item's sessions are those still ahead, so it holds until the first of them ends (and an
 * hour at most).
 */
const itemMemo = dataMemo<string, Map<number, HeldItem>>();

/** A shaped item with the row version it was shaped from. */
type HeldItem = { modified: number; deleted: boolean; shaped: ShapedItem };

function shape(item: FeedItem, validUntil: number): ShapedItem {
	const json = Buffer.from(JSON.stringify(item));
	return { item, json, hash: createHash('sha1').update(json).digest('base64url'), validUntil };
}

async function feedItems(
	municipalityId: number,
	page: readonly FeedEntry[],
	origin: string,
	now: Date
): Promise<ShapedItem[]> {
	// Per origin, then per id: a page looks up 500 items twice, and a key string made of
	// origin, id and version for each was a third of the feed's CPU (issue 15).
	const byOrigin =
		dataMemoMs > 0 ? itemMemo(municipalityId) : new Map<string, Map<number, HeldItem>>();
	let items = byOrigin.get(origin);
	if (!items) {
		// Bounded: a feed is read under one origin, but the Host header is the client's.
		if (byOrigin.size >= 20) byOrigin.clear();
		byOrigin.set(origin, (items = new Map()));
	}
	const known = items;
	const fresh = (e: FeedEntry) => {
		const hit = known.get(e.id);
		return hit &&
			hit.modified === e.modified &&
			hit.deleted === e.deleted &&
			hit.shaped.validUntil > now.getTime()
			? hit.shaped
			: undefined;
	};
	const wanted = page.filter((e) => !e.deleted && !fresh(e)).map((e) => e.id);
	const index = activityIndex(municipalityId, 'nb');
	const published = !wanted.length
		? new Map<number, ActivityDetails>()
		: index
			? (await index).byId
			: new Map(
					(await loadActivities(municipalityId, 'nb', { ids: wanted })).map((a) => [a.id, a])
				);
	const feedUrl = `${origin}/api/feeds/activities`;
	const notPhysical = new Set<string>(localActivityTypes());
	// Shaping a page of 500 takes ~50 ms at 100× the demo (after a restart, a write, or once
	// an item's next session has ended): in time slices, so other visitors are answered.
	const slice = timeSlicer();
	const shapedItems: ShapedItem[] = [];
	for (const entry of page) {
		const held = fresh(entry);
		if (held) {
			shapedItems.push(held);
			continue;
		}
		const details = entry.deleted ? undefined : published.get(entry.id);
		const base = { kind: entry.kind, id: String(entry.id), modified: entry.modified };
		let shaped: ShapedItem;
		// OpenActive is open data about physical activity: its validator fails any activity
		// whose Concept is not on the OpenActive Activity List, and that list has no youth
		// club, chess or homework help. Those activities are published everywhere else (pages,
		// iCal, JSON-LD); here they are "deleted", so a consumer drops one whose type changed.
		if (!details || notPhysical.has(details.activityType))
			shaped = shape({ state: 'deleted', ...base }, Infinity);
		else {
			const ends = upcomingOccurrences(details.schedules, now, 6).map((o) => o.end.getTime());
			shaped = shape(
				{ state: 'updated', ...base, data: openActiveItem(details, origin, feedUrl, now) },
				Math.min(now.getTime() + 3_600_000, ...ends)
			);
		}
		known.set(entry.id, { modified: entry.modified, deleted: entry.deleted, shaped });
		shapedItems.push(shaped);
		await slice();
	}
	return shapedItems;
}

const comma = Buffer.from(',');
const empty = Buffer.alloc(0);

/**
 * The parts joined into chunks of about 64 KB: a page is most of a megabyte, and joining it
 * into one buffer (fresh memory the size of the page on every request), which the Response
 * then copied again, was a fifth of the feed's CPU (issue 15). Chunks this size are sent in
 * a handful of writes.
 */
function inChunks(parts: readonly Buffer[], size = 64 * 1024): Buffer[] {
	const chunks: Buffer[] = [];
	let run: Buffer[] = [];
	let bytes = 0;
	for (const part of parts) {
		run.push(part);
		bytes += part.byteLength;
		if (bytes >= size) {
			chunks.push(Buffer.concat(run, bytes));
			run = [];
			bytes = 0;
		}
	}
	if (run.length) chunks.push(Buffer.concat(run, bytes));
	return chunks;
}

async function feedPage(cursor: FeedCursor, origin: string, pageSize: number, now: Date) {
	const municipality = await getCurrentMunicipality();
	const feedUrl = `${origin}/api/feeds/activities`;
	const page = municipality ? feedPageEntries(municipality.id, cursor, pageSize) : [];
	const items = municipality ? await feedItems(municipality.id, page, origin, now) : [];
	const last = page.at(-1);
	const next = last
		? `${feedUrl}?afterTimestamp=${last.modified}&afterId=${last.id}`
		: cursor
			? `${feedUrl}?afterTimestamp=${cursor.afterTimestamp}&afterId=${cursor.afterId}`
			: feedUrl;
	return { next, items };
}

/** One RPDE page. `origin` makes every URL absolute. */
export async function activityFeedPage(
	cursor: FeedCursor,
	origin: string,
	pageSize = feedPageSize,
	now = new Date()
) {
	const { next, items } = await feedPage(cursor, origin, pageSize, now);
	return { next, items: items.map((i) => i.item), license: openDataLicence };
}

/**
 * The same page as UTF-8 JSON (the items' own bytes joined, as `JSON.stringify` of
 * `activityFeedPage` would write it), its ETag (from the items' hashes) and the newest
 * item's time.
 */
export async function activityFeedBody(
	cursor: FeedCursor,
	origin: string,
	pageSize = feedPageSize,
	now = new Date()
) {
	const { next, items } = await feedPage(cursor, origin, pageSize, now);
	const parts: Buffer[] = [Buffer.from(`{"next":${JSON.stringify(next)},"items":[`)];
	items.forEach((i, at) => parts.push(at > 0 ? comma : empty, i.json));
	parts.push(Buffer.from(`],"license":${JSON.stringify(openDataLicence)}}`));
	const etag = createHash('sha1').update(next);
	for (const i of items) etag.update(i.hash);
	return {
		chunks: inChunks(parts),
		length: parts.reduce((n, p) => n + p.byteLength, 0),
		etag: `"${etag.digest('base64url')}"`,
		count: items.length,
		newest: items.at(-1)?.item.modified
	};
}

/**
 * Writes through `tx`, the transaction that deletes the activity row, so feed readers learn
 * that it is gone exactly when it is. Also forgets tombstones older than 30 days (RPDE asks
 * for at least 7).
 */
export function recordActivityDeletion(
	tx: Executor,
	municipalityId: number,
	activityId: number,
	kind: ActivityKind,
	now = new Date()
): void {
	tx.insert(activityFeedTombstone)
		.values({ municipalityId, activityId, kind, deletedAt: now.toISOString() })
		.onConflictDoUpdate({
			target: activityFeedTombstone.activityId,
			set: { deletedAt: now.toISOString(), kind }
		})
		.run();
	const cutoff = new Date(now.getTime() - tombstoneDays * 86_400_000).toISOString();
	tx.delete(activityFeedTombstone)
		.where(
			and(
				eq(activityFeedTombstone.municipalityId, municipalityId),
				lt(activityFeedTombstone.deletedAt, cutoff)
			)
		)
		.run();
}
