/**
 * Turns activities into iCal series: one per schedule, restricted to the weekdays and
 * times a filtered subscription asked for ("free, age 10, Tuesdays" gives the Tuesday
 * sessions of a Tuesday-and-Thursday club, not the Thursday ones).
 */
import type { ActivityDetails } from './catalog';
import { narrowSchedules, type ActivityFilters } from './filters';
import { lastDate } from './schedule';
import type { CalendarSeries } from './ical';
import { addDays, type LocalDate } from '$lib/server/time';

export type FeedWords = {
	cancelledPrefix: string;
	/** The localized "where, price, how to join" text for the event description. */
	describe: (activity: ActivityDetails) => string;
	pageUrl: (activity: ActivityDetails) => string;
	reason: (reason: Record<string, string>) => string;
};

export function calendarSeries(
	activities: readonly ActivityDetails[],
	filters: ActivityFilters,
	today: LocalDate,
	host: string,
	words: FeedWords
): CalendarSeries[] {
	// Sessions that ended more than a month ago are history, not plans.
	const oldest = addDays(today, -31);
	return activities.flatMap((activity) =>
		narrowSchedules(activity.schedules, filters)
			.filter((s) => (lastDate(s) ?? '9999-12-31') >= oldest)
			.map((schedule) => ({
				uid: `${activity.slug}-${schedule.id}@${host}`,
				summary: activity.name.text,
				description: words.describe(activity),
				location: [
					activity.location.name,
					activity.location.streetAddress,
					[activity.location.postalCode, activity.location.postalTown].filter(Boolean).join(' ')
				]
					.filter(Boolean)
					.join(', '),
				url: words.pageUrl(activity),
				latitude: activity.location.latitude,
				longitude: activity.location.longitude,
				schedule,
				cancelledSummaryPrefix: words.cancelledPrefix,
				cancellationReasons: new Map(
					schedule.cancellations.map((c) => [c.date, words.reason(c.reason)])
				)
			}))
	);
}
