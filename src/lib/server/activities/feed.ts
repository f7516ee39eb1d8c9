import { and, eq, lt } from 'drizzle-orm';
import { db } from '$lib/server/db';
import type { Executor } from '$lib/server/db/client';
import { activity, activityFeedTombstone } from '$lib/server/db/schema';
import { loadActivities, type ActivityDetails } from '$lib/server/activities/catalog';
import { activityJsonLdData } from '$lib/server/activities/json-ld';
import { upcomingOccurrences } from '$lib/server/activities/schedule';
import { getCurrentMunicipality } from '$lib/server/municipality';
import { BadParameter, openDataLicence } from '$lib/server/opendata/http';
import { osloIso } from '$lib/server/time';

/**
 * The activity feed in the Realtime Paged Data Exchange (RPDE 1.0) "modified" ordering:
 * items sorted by (modified, id), a page starts strictly after the (afterTimestamp, afterId)
 * it is asked for, and `next` carries the last item's pair. An edit moves an item to the
 * end with a new `modified`, so a reader that keeps following `next` sees every change.
 *
 * `modified` is the row's updatedAt in milliseconds. An unpublished activity is `deleted`
 * (the row stays, so that lasts); a deleted row leaves a tombstone, kept at least 7 days.
 */

export const feedPageSize = 100;
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

type FeedEntry = { id: number; modified: number; deleted: boolean };

function feedEntries(municipalityId: number): FeedEntry[] {
	const rows = db
		.select({ id: activity.id, updatedAt: activity.updatedAt, published: activity.published })
		.from(activity)
		.where(eq(activity.municipalityId, municipalityId))
		.all();
	const tombstones = db
		.select()
		.from(activityFeedTombstone)
		.where(eq(activityFeedTombstone.municipalityId, municipalityId))
		.all();
	return [
		...rows.map((r) => ({ id: r.id, modified: Date.parse(r.updatedAt), deleted: !r.published })),
		...tombstones.map((t) => ({
			id: t.activityId,
			modified: Date.parse(t.deletedAt),
			deleted: true
		}))
	].sort((a, b) => a.modified - b.modified || a.id - b.id);
}

const sessionSeriesTypes: Record<string, string> = {
	session_series: 'SessionSeries',
	course: 'CourseInstance',
	event: 'Event',
	lending: 'Event',
	reuse: 'Event'
};

function genderRestriction(value: string | null): string {
	if (value === 'girls') return 'https://openactive.io/FemaleOnly';
	if (value === 'boys') return 'https://openactive.io/MaleOnly';
	return 'https://openactive.io/NoRestriction';
}

/** The activity as OpenActive SessionSeries JSON-LD, built on the activity page's schema.org Event. */
function itemData(a: ActivityDetails, origin: string, modified: Date, now: Date) {
	const url = `${origin}/aktiviteter/${a.slug}`;
	const upcoming = upcomingOccurrences(a.schedules, now, 6);
	const event = activityJsonLdData(a, url, upcoming);
	return {
		...event,
		'@context': ['https://openactive.io/', 'https://schema.org/'],
		'@type': sessionSeriesTypes[a.kind] ?? 'SessionSeries',
		identifier: a.id,
		ageRange: { '@type': 'QuantitativeValue', minValue: a.ageMin, maxValue: a.ageMax },
		genderRestriction: genderRestriction(a.genderRestriction),
		activity: [{ '@type': 'Concept', prefLabel: a.activityType }],
		dateModified: osloIso(modified),
		...(upcoming.length > 0
			? {
					startDate: osloIso(upcoming[0].start),
					endDate: osloIso(upcoming[0].end),
					subEvent: upcoming
						.filter((o) => o.status !== 'skipped')
						.map((o) => ({
							'@type': 'ScheduledSession',
							startDate: osloIso(o.start),
							endDate: osloIso(o.end),
							eventStatus:
								o.status === 'cancelled'
									? 'https://schema.org/EventCancelled'
									: 'https://schema.org/EventScheduled'
						}))
				}
			: {}),
		'beta:icalUrl': `${origin}/aktiviteter/${a.slug}/kalender.ics`
	};
}

/** One RPDE page. `origin` makes every URL absolute. */
export async function activityFeedPage(
	cursor: FeedCursor,
	origin: string,
	pageSize = feedPageSize,
	now = new Date()
) {
	const municipality = await getCurrentMunicipality();
	const feedUrl = `${origin}/api/feeds/activities`;
	const entries = municipality ? feedEntries(municipality.id) : [];
	const page = entries
		.filter(
			(e) =>
				!cursor ||
				e.modified > cursor.afterTimestamp ||
				(e.modified === cursor.afterTimestamp && e.id > cursor.afterId)
		)
		.slice(0, pageSize);
	const wanted = page.filter((e) => !e.deleted).map((e) => e.id);
	const published = new Map<number, ActivityDetails>(
		wanted.length
			? (await loadActivities(municipality!.id, 'nb', { ids: wanted })).map((a) => [a.id, a])
			: []
	);
	const items = page.map((entry) => {
		const details = published.get(entry.id);
		if (entry.deleted || !details)
			return {
				state: 'deleted' as const,
				kind: 'SessionSeries',
				id: String(entry.id),
				modified: entry.modified
			};
		return {
			state: 'updated' as const,
			kind: 'SessionSeries',
			id: String(entry.id),
			modified: entry.modified,
			data: itemData(details, origin, new Date(entry.modified), now)
		};
	});
	const last = page.at(-1);
	const next = last
		? `${feedUrl}?afterTimestamp=${last.modified}&afterId=${last.id}`
		: cursor
			? `${feedUrl}?afterTimestamp=${cursor.afterTimestamp}&afterId=${cursor.afterId}`
			: feedUrl;
	return { next, items, license: openDataLicence };
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
	now = new Date()
): void {
	tx.insert(activityFeedTombstone)
		.values({ municipalityId, activityId, deletedAt: now.toISOString() })
		.onConflictDoUpdate({
			target: activityFeedTombstone.activityId,
			set: { deletedAt: now.toISOString() }
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
