import { addDays, osloToday } from '../../src/lib/server/time';

/**
 * Demo "last checked" dates, relative to when the seed runs, so the staff's "Sist sjekket"
 * list (content not checked for six months) always has something to show: these few rows
 * start out checked this many months ago; every other row was checked a few weeks ago.
 * Seeds use these only when a row is created or has no date yet, never over a staff check.
 */
export const staleDemoChecks: Readonly<Record<string, number>> = {
	// services
	'fjordvik-familieteamet': 13,
	'fjordvik-ungdomskontakter': 8,
	'fjordvik-rad-om-rus': 7,
	// activities
	leksehjelp: 9,
	sjakklubb: 7
};

/** The demo check date of a service or activity (by slug), YYYY-MM-DD in Oslo. */
export function demoCheckedDate(slug: string, now: Date, recentDaysAgo: number): string {
	const today = osloToday(now);
	const months = staleDemoChecks[slug];
	if (months === undefined) return addDays(today, -recentDaysAgo);
	const date = new Date(`${today}T12:00:00Z`);
	date.setUTCMonth(date.getUTCMonth() - months);
	return date.toISOString().slice(0, 10);
}
