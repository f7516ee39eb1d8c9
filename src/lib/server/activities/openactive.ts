/**
 * An activity as an OpenActive Modelling Opportunity Data 2.0 item, the `data` of an RPDE
 * feed item. Shaped so `@openactive/data-model-validator` finds no errors (its spec runs the
 * whole feed through it):
 *
 * - `SessionSeries` (weekly clubs, events, lending and reuse opening hours) with
 *   `ScheduledSession` subEvents and `scheduledEventType: "ScheduledSession"`; a course is a
 *   `CourseInstance` with `Event` subEvents and its first start and last end. The RPDE `kind`
 *   is the same word (`openActiveKind`), so a reader never meets one kind with another type.
 * - Date-times in whole seconds with the Oslo offset of that date (`osloIso`), `duration`
 *   wherever a start and an end are given, `@id` on every node a reader may want to refer to.
 * - `activity`: the OpenActive Activity List's Concept. An activity of a type the list lacks
 *   (not physical: youth club, chess…) is not an OpenActive item; feed.ts lists it as deleted.
 * - No `beta:` properties, so the OpenActive context alone describes every property.
 */
import type { ActivityKind } from '$lib/server/db/schema';
import type { ActivityDetails } from './catalog';
import {
	expandSchedules,
	scheduleDays,
	upcomingOccurrences,
	type Occurrence,
	type Schedule
} from './schedule';
import { activityConcept, type ActivityType } from './vocabulary';
import { messagesFor } from '$lib/i18n/messages.server';
import { osloIso, zonedInstant } from '$lib/server/time';

export type OpenActiveKind = 'SessionSeries' | 'CourseInstance';

export function openActiveKind(kind: ActivityKind | null | undefined): OpenActiveKind {
	return kind === 'course' ? 'CourseInstance' : 'SessionSeries';
}

const dayNames: Record<string, string> = {
	MO: 'https://schema.org/Monday',
	TU: 'https://schema.org/Tuesday',
	WE: 'https://schema.org/Wednesday',
	TH: 'https://schema.org/Thursday',
	FR: 'https://schema.org/Friday',
	SA: 'https://schema.org/Saturday',
	SU: 'https://schema.org/Sunday'
};

function minutesOf(time: string): number {
	const [h, m] = time.split(':').map(Number);
	return h * 60 + m;
}

/** ISO 8601 duration of a wall-clock span; an end at or before the start is the next day. */
export function isoDuration(startTime: string, endTime: string): string {
	let minutes = minutesOf(endTime) - minutesOf(startTime);
	if (minutes <= 0) minutes += 24 * 60;
	const h = Math.floor(minutes / 60);
	const m = minutes % 60;
	return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}`;
}

function genderRestriction(value: string | null): string {
	if (value === 'girls') return 'https://openactive.io/FemaleOnly';
	if (value === 'boys') return 'https://openactive.io/MaleOnly';
	return 'https://openactive.io/NoRestriction';
}

const englishTypes = () => messagesFor('en', ['activities']).activities;
const typeLabel = (type: ActivityType) => englishTypes()[`type_${type}`] ?? type;

function sessionId(url: string, start: Date): string {
	return `${url}#okt-${osloIso(start)}`;
}

function schedule(s: Schedule, url: string, subEventType: string) {
	return {
		'@type': 'Schedule',
		scheduledEventType: subEventType,
		// A single date is a schedule that repeats daily from that date to the same date.
		...(s.byDay
			? { repeatFrequency: 'P1W', byDay: scheduleDays(s).map((d) => dayNames[d]) }
			: { repeatFrequency: 'P1D' }),
		startDate: s.startDate,
		...(s.endDate ? { endDate: s.endDate } : !s.byDay ? { endDate: s.startDate } : {}),
		startTime: s.startTime,
		endTime: s.endTime,
		duration: isoDuration(s.startTime, s.endTime),
		scheduleTimezone: s.timezone,
		idTemplate: `${url}#okt-{startDate}`,
		...(s.exceptDates.length
			? { exceptDate: s.exceptDates.map((d) => osloIso(zonedInstant(d, s.startTime))) }
			: {})
	};
}

function session(a: ActivityDetails, o: Occurrence, url: string, type: string) {
	return {
		'@type': type,
		'@id': sessionId(url, o.start),
		url,
		startDate: osloIso(o.start),
		endDate: osloIso(o.end),
		duration: isoDuration(o.startTime, o.endTime),
		eventStatus:
			o.status === 'cancelled'
				? 'https://schema.org/EventCancelled'
				: 'https://schema.org/EventScheduled',
		...(a.capacity ? { maximumAttendeeCapacity: a.capacity } : {})
	};
}

/**
 * The item. `feedUrl` is the RPDE feed's address; places and organisers get `@id`s under it,
 * by slug, so an export and re-import into another portal keeps them.
 */
export function openActiveItem(a: ActivityDetails, origin: string, feedUrl: string, now: Date) {
	const url = `${origin}/aktiviteter/${a.slug}`;
	const type = openActiveKind(a.kind);
	const subEventType = type === 'CourseInstance' ? 'Event' : 'ScheduledSession';
	const occurrences = upcomingOccurrences(a.schedules, now, 6).filter(
		(o) => o.status !== 'skipped'
	);
	const course = type === 'CourseInstance' ? courseSpan(a.schedules, occurrences) : null;
	const { location, organizer } = a;
	return {
		'@context': 'https://openactive.io/',
		'@type': type,
		'@id': url,
		identifier: a.id,
		url,
		name: a.name.text,
		description: a.description.text,
		activity: [activityConcept(a.activityType, origin, typeLabel)],
		ageRange: { '@type': 'QuantitativeValue', minValue: a.ageMin, maxValue: a.ageMax },
		genderRestriction: genderRestriction(a.genderRestriction),
		isAccessibleForFree: a.isFree,
		...(a.accessibilityNote ? { accessibilityInformation: a.accessibilityNote.text } : {}),
		...(a.capacity ? { maximumAttendeeCapacity: a.capacity } : {}),
		...(a.imageUrl
			? {
					image: [
						{
							'@type': 'ImageObject',
							url: new URL(a.imageUrl, origin).href,
							...(a.imageAlt ? { description: a.imageAlt.text } : {})
						}
					]
				}
			: {}),
		offers: [
			{
				'@type': 'Offer',
				'@id': `${url}#tilbud`,
				identifier: 'standard',
				price: a.isFree ? 0 : (a.priceNok ?? 0),
				priceCurrency: 'NOK',
				...(a.priceText ? { description: a.priceText.text } : {}),
				...(a.registrationUrl ? { url: a.registrationUrl } : {})
			}
		],
		location: {
			'@type': 'Place',
			'@id': `${feedUrl}#sted-${location.slug}`,
			name: location.name,
			address: {
				'@type': 'PostalAddress',
				streetAddress: location.streetAddress,
				...(location.postalCode ? { postalCode: location.postalCode } : {}),
				...(location.postalTown ? { addressLocality: location.postalTown } : {}),
				addressRegion: location.areaName,
				addressCountry: 'NO'
			},
			...(location.latitude != null && location.longitude != null
				? {
						geo: {
							'@type': 'GeoCoordinates',
							latitude: location.latitude,
							longitude: location.longitude
						}
					}
				: {})
		},
		organizer: {
			'@type': 'Organization',
			'@id': `${feedUrl}#arrangor-${organizer.slug}`,
			name: organizer.name,
			...(organizer.email ? { email: organizer.email } : {}),
			...(organizer.phone ? { telephone: organizer.phone } : {}),
			...(organizer.url ? { url: organizer.url } : {})
		},
		...(course ?? {}),
		eventSchedule: a.schedules.map((s) => schedule(s, url, subEventType)),
		subEvent: occurrences.map((o) => session(a, o, url, subEventType))
	};
}

/**
 * A course runs from its first session to its last: `CourseInstance` start and end are dates
 * (the validator's format), with the span between them as `duration`.
 */
function courseSpan(schedules: readonly Schedule[], upcoming: readonly Occurrence[]) {
	if (schedules.length === 0) return null;
	const firstDate = schedules.map((s) => s.startDate).sort()[0];
	const ends = schedules.map((s) => s.endDate ?? (s.byDay ? null : s.startDate));
	// A course without an end date (until further notice) is measured over its coming sessions.
	const lastDate = ends.includes(null) ? null : (ends as string[]).sort().at(-1)!;
	const all = lastDate
		? expandSchedules(schedules, firstDate, lastDate).filter((o) => o.status !== 'skipped')
		: [];
	const first = all[0] ?? upcoming[0];
	const last = all.at(-1) ?? upcoming.at(-1);
	if (!first || !last) return null;
	const days = Math.round((Date.parse(last.date) - Date.parse(first.date)) / 86_400_000) + 1;
	return { startDate: first.date, endDate: last.date, duration: `P${days}D` };
}
