/**
 * The list's filters live in the query string so a parent can share or bookmark
 * "free, age 10, Tuesdays" and it works without JavaScript. Parameter names are Norwegian
 * and stable (they are in links people have saved):
 *
 *   alder=10            age in whole years (0–25)
 *   gratis=1            free only
 *   dag=tirsdag         weekday; may repeat (dag=tirsdag&dag=torsdag)
 *   tid=kveld           time of day the session starts: formiddag (<12), ettermiddag (12–17), kveld (≥17); may repeat
 *   omrade=nordbygda    area slug
 *   kategori=sport      category code
 *   tilrettelagt=1      has accessibility support (wheelchair, adapted or sensory-friendly)
 *   sprak=pl            held in this language (BCP 47 code)
 *   dropin=1            no sign-up needed
 *   fra, til            date range for the calendar and iCal (YYYY-MM-DD)
 *
 * Unknown parameters and unknown values are ignored and the rest kept; values that cannot
 * be right (age 200, an end before the start) give a message the page shows.
 */
import { activityCategories, type ActivityCategory } from '$lib/server/db/schema';
import { scheduleDays, timeOfDay, type Schedule, type TimeOfDay } from './schedule';
import {
	addDays,
	daysBetween,
	isLocalDate,
	type LocalDate,
	type WeekdayCode
} from '$lib/server/time';

export const weekdaySlugs = {
	mandag: 'MO',
	tirsdag: 'TU',
	onsdag: 'WE',
	torsdag: 'TH',
	fredag: 'FR',
	lordag: 'SA',
	sondag: 'SU'
} as const satisfies Record<string, WeekdayCode>;

export const timeOfDaySlugs = {
	formiddag: 'morning',
	ettermiddag: 'afternoon',
	kveld: 'evening'
} as const satisfies Record<string, TimeOfDay>;

export const maxAge = 25;
/** The longest range the calendar and iCal expand, so one request cannot ask for years. */
export const maxRangeDays = 92;

export type ActivityFilters = {
	age?: number;
	free?: boolean;
	days?: WeekdayCode[];
	times?: TimeOfDay[];
	area?: string;
	category?: ActivityCategory;
	accessible?: boolean;
	language?: string;
	dropIn?: boolean;
	from?: LocalDate;
	to?: LocalDate;
};

export type FilterError = 'age_invalid' | 'date_invalid' | 'date_order' | 'date_range_too_long';

export type ParsedFilters = {
	filters: ActivityFilters;
	errors: FilterError[];
	/** The filters written back as a tidy query string (known parameters only). */
	query: string;
};

const yes = (value: string | null) => value === '1' || value === 'ja' || value === 'true';

export function parseFilters(params: URLSearchParams): ParsedFilters {
	const filters: ActivityFilters = {};
	const errors: FilterError[] = [];

	const age = params.get('alder')?.trim();
	if (age) {
		const years = /^\d{1,3}$/.test(age) ? Number(age) : NaN;
		if (Number.isInteger(years) && years >= 0 && years <= maxAge) filters.age = years;
		else errors.push('age_invalid');
	}
	if (yes(params.get('gratis'))) filters.free = true;
	const days = [
		...new Set(
			params
				.getAll('dag')
				.map((d) => weekdaySlugs[d.toLowerCase() as keyof typeof weekdaySlugs])
				.filter(Boolean)
		)
	];
	if (days.length > 0) filters.days = days;
	const times = [
		...new Set(
			params
				.getAll('tid')
				.map((t) => timeOfDaySlugs[t.toLowerCase() as keyof typeof timeOfDaySlugs])
				.filter(Boolean)
		)
	];
	if (times.length > 0) filters.times = times;
	const area = params.get('omrade')?.trim();
	if (area && /^[a-z0-9-]{1,60}$/.test(area)) filters.area = area;
	const category = params.get('kategori');
	if (category && (activityCategories as readonly string[]).includes(category))
		filters.category = category as ActivityCategory;
	if (yes(params.get('tilrettelagt'))) filters.accessible = true;
	const language = params.get('sprak')?.trim().toLowerCase();
	if (language && /^[a-z]{2,3}$/.test(language)) filters.language = language;
	if (yes(params.get('dropin'))) filters.dropIn = true;

	const from = params.get('fra')?.trim();
	const to = params.get('til')?.trim();
	if (from || to) {
		if ((from && !isLocalDate(from)) || (to && !isLocalDate(to))) errors.push('date_invalid');
		else if (from && to && to < from) errors.push('date_order');
		else if (from && to && daysBetween(from, to) > maxRangeDays) errors.push('date_range_too_long');
		else {
			if (from) filters.from = from;
			if (to) filters.to = to;
		}
	}
	return { filters, errors, query: filterQuery(filters) };
}

/** The query string for a set of filters, in a fixed order (stable, shareable, cacheable). */
export function filterQuery(filters: ActivityFilters): string {
	const params = new URLSearchParams();
	if (filters.age !== undefined) params.set('alder', String(filters.age));
	if (filters.free) params.set('gratis', '1');
	for (const [slug, code] of Object.entries(weekdaySlugs))
		if (filters.days?.includes(code)) params.append('dag', slug);
	for (const [slug, code] of Object.entries(timeOfDaySlugs))
		if (filters.times?.includes(code)) params.append('tid', slug);
	if (filters.area) params.set('omrade', filters.area);
	if (filters.category) params.set('kategori', filters.category);
	if (filters.accessible) params.set('tilrettelagt', '1');
	if (filters.language) params.set('sprak', filters.language);
	if (filters.dropIn) params.set('dropin', '1');
	if (filters.from) params.set('fra', filters.from);
	if (filters.to) params.set('til', filters.to);
	return params.toString();
}

/** The date range a calendar view shows: the filter's, or `days` days from today. */
export function dateRange(filters: ActivityFilters, today: LocalDate, days = 7) {
	const from = filters.from ?? today;
	const to = filters.to ?? addDays(from, days - 1);
	return { from, to };
}

/** What the filters need to know about an activity. */
export type Filterable = {
	ageMin: number;
	ageMax: number;
	isFree: boolean;
	areaSlug: string;
	category: ActivityCategory;
	wheelchairAccessible: boolean;
	adapted: boolean;
	sensoryFriendly: boolean;
	inLanguage: string[];
	dropIn: boolean;
	schedules: Schedule[];
};

/** A schedule fits the weekday and time-of-day filters (both must hold for the same one). */
export function scheduleMatches(schedule: Schedule, filters: ActivityFilters): boolean {
	if (filters.days && !scheduleDays(schedule).some((d) => filters.days!.includes(d))) return false;
	if (filters.times && !filters.times.includes(timeOfDay(schedule.startTime))) return false;
	return true;
}

/**
 * The part of a schedule the filters want: a Monday-to-Friday schedule seen through
 * "Tuesdays" is a Tuesday schedule. Undefined when nothing of it fits.
 */
export function narrowSchedule(schedule: Schedule, filters: ActivityFilters): Schedule | undefined {
	if (!scheduleMatches(schedule, filters)) return undefined;
	if (!filters.days || !schedule.byDay) return schedule;
	const days = scheduleDays(schedule).filter((d) => filters.days!.includes(d));
	return { ...schedule, byDay: days.join(',') };
}

/** Every schedule of an activity, narrowed to what the filters want. */
export function narrowSchedules(
	schedules: readonly Schedule[],
	filters: ActivityFilters
): Schedule[] {
	return schedules.flatMap((s) => narrowSchedule(s, filters) ?? []);
}

export function matchesFilters(activity: Filterable, filters: ActivityFilters): boolean {
	if (filters.age !== undefined && (filters.age < activity.ageMin || filters.age > activity.ageMax))
		return false;
	if (filters.free && !activity.isFree) return false;
	if (filters.area && activity.areaSlug !== filters.area) return false;
	if (filters.category && activity.category !== filters.category) return false;
	if (
		filters.accessible &&
		!(activity.wheelchairAccessible || activity.adapted || activity.sensoryFriendly)
	)
		return false;
	if (filters.language && !activity.inLanguage.includes(filters.language)) return false;
	if (filters.dropIn && !activity.dropIn) return false;
	if (filters.days || filters.times)
		return activity.schedules.some((s) => scheduleMatches(s, filters));
	return true;
}

/** How many filters are set (the page says "3 filters on" and offers to clear them). */
export function activeFilterCount(filters: ActivityFilters): number {
	return [
		filters.age !== undefined,
		filters.free,
		filters.days,
		filters.times,
		filters.area,
		filters.category,
		filters.accessible,
		filters.language,
		filters.dropIn
	].filter(Boolean).length;
}
