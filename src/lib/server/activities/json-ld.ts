/**
 * schema.org JSON-LD for an activity page, shaped the way OpenActive describes a session
 * series: an Event with an eventSchedule (byDay, times, date range, exceptDate, zone),
 * typicalAgeRange, isAccessibleForFree, offers, location with geo, organizer, inLanguage,
 * and the next sessions as subEvents (cancelled ones with EventCancelled).
 */
import type { ActivityDetails } from './catalog';
import type { Occurrence } from './schedule';
import { scheduleDays } from './schedule';

const dayNames: Record<string, string> = {
	MO: 'https://schema.org/Monday',
	TU: 'https://schema.org/Tuesday',
	WE: 'https://schema.org/Wednesday',
	TH: 'https://schema.org/Thursday',
	FR: 'https://schema.org/Friday',
	SA: 'https://schema.org/Saturday',
	SU: 'https://schema.org/Sunday'
};

/**
 * The JSON text for a `<script type="application/ld+json">`. `<` is written as \u003c so
 * no text an editor typed ("</script>") can end the element early.
 */
export function activityJsonLd(
	activity: ActivityDetails,
	url: string,
	upcoming: readonly Occurrence[]
): string {
	const next = upcoming.find((o) => o.status === 'scheduled') ?? upcoming[0];
	const data = {
		'@context': 'https://schema.org',
		'@type': 'Event',
		'@id': url,
		url,
		name: activity.name.text,
		description: activity.description.text,
		inLanguage: activity.inLanguage,
		typicalAgeRange: `${activity.ageMin}-${activity.ageMax}`,
		isAccessibleForFree: activity.isFree,
		eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
		eventStatus: 'https://schema.org/EventScheduled',
		...(next ? { startDate: next.start.toISOString(), endDate: next.end.toISOString() } : {}),
		...(activity.capacity ? { maximumAttendeeCapacity: activity.capacity } : {}),
		offers: {
			'@type': 'Offer',
			price: activity.isFree ? 0 : (activity.priceNok ?? 0),
			priceCurrency: 'NOK',
			...(activity.priceText ? { description: activity.priceText.text } : {}),
			...(activity.registrationUrl ? { url: activity.registrationUrl } : {})
		},
		location: {
			'@type': 'Place',
			name: activity.location.name,
			address: {
				'@type': 'PostalAddress',
				streetAddress: activity.location.streetAddress,
				postalCode: activity.location.postalCode ?? undefined,
				addressLocality: activity.location.postalTown ?? undefined,
				addressRegion: activity.location.areaName,
				addressCountry: 'NO'
			},
			...(activity.location.latitude != null && activity.location.longitude != null
				? {
						geo: {
							'@type': 'GeoCoordinates',
							latitude: activity.location.latitude,
							longitude: activity.location.longitude
						}
					}
				: {})
		},
		organizer: {
			'@type': 'Organization',
			name: activity.organizer.name,
			...(activity.organizer.email ? { email: activity.organizer.email } : {}),
			...(activity.organizer.phone ? { telephone: activity.organizer.phone } : {}),
			...(activity.organizer.url ? { url: activity.organizer.url } : {})
		},
		eventSchedule: activity.schedules.map((s) => ({
			'@type': 'Schedule',
			...(s.byDay
				? { repeatFrequency: 'P1W', byDay: scheduleDays(s).map((d) => dayNames[d]) }
				: {}),
			startDate: s.startDate,
			...(s.endDate ? { endDate: s.endDate } : {}),
			startTime: s.startTime,
			endTime: s.endTime,
			scheduleTimezone: s.timezone,
			...(s.exceptDates.length ? { exceptDate: s.exceptDates } : {})
		})),
		subEvent: upcoming
			.filter((o) => o.status !== 'skipped')
			.map((o) => ({
				'@type': 'Event',
				name: activity.name.text,
				startDate: o.start.toISOString(),
				endDate: o.end.toISOString(),
				eventStatus:
					o.status === 'cancelled'
						? 'https://schema.org/EventCancelled'
						: 'https://schema.org/EventScheduled'
			})),
		...(activity.imageUrl ? { image: activity.imageUrl } : {})
	};
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
