/**
 * Wall-clock time in a named time zone (Europe/Oslo) without a date library. Schedules are
 * stored as local dates and times ("every Tuesday 17:30"), because that is what stays
 * true across daylight-saving changes; they become instants only at the edge (iCal, JSON-LD).
 */

export const osloTimeZone = 'Europe/Oslo';

/** A local calendar date, YYYY-MM-DD. */
export type LocalDate = string;
/** A local wall-clock time, HH:MM. */
export type LocalTime = string;

export const weekdayCodes = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type WeekdayCode = (typeof weekdayCodes)[number];

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isLocalDate(value: string): value is LocalDate {
	const match = datePattern.exec(value);
	if (!match) return false;
	const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function isLocalTime(value: string): value is LocalTime {
	return timePattern.test(value);
}

/** Days are counted on a UTC calendar: a date has no time zone until it gets a time. */
export function addDays(date: LocalDate, days: number): LocalDate {
	const [y, m, d] = date.split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function daysBetween(from: LocalDate, to: LocalDate): number {
	const [a, b] = [from, to].map((date) => {
		const [y, m, d] = date.split('-').map(Number);
		return Date.UTC(y, m - 1, d);
	});
	return Math.round((b - a) / 86_400_000);
}

/** ISO weekday code of a local date. */
export function weekdayOf(date: LocalDate): WeekdayCode {
	const [y, m, d] = date.split('-').map(Number);
	const sundayFirst = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
	return weekdayCodes[(sundayFirst + 6) % 7];
}

/** The Monday on or before a date. */
export function mondayOf(date: LocalDate): LocalDate {
	return addDays(date, -weekdayCodes.indexOf(weekdayOf(date)));
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(timeZone: string, instant: Date) {
	let format = partsFormatters.get(timeZone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-CA', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit'
		});
		partsFormatters.set(timeZone, format);
	}
	const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
	return {
		date: `${parts.year}-${parts.month}-${parts.day}`,
		time: `${parts.hour}:${parts.minute}`,
		seconds: Number(parts.second)
	};
}

/** The local date and time an instant has in a zone. */
export function localDateTimeOf(
	instant: Date,
	timeZone: string = osloTimeZone
): { date: LocalDate; time: LocalTime } {
	const { date, time } = partsIn(timeZone, instant);
	return { date, time };
}

/** Today's date in the zone. */
export function localToday(now: Date = new Date(), timeZone: string = osloTimeZone): LocalDate {
	return partsIn(timeZone, now).date;
}

/** Offset of the zone from UTC at an instant, in minutes (Oslo: 60 in winter, 120 in summer). */
export function offsetMinutes(instant: Date, timeZone: string = osloTimeZone): number {
	const { date, time, seconds } = partsIn(timeZone, instant);
	const [y, m, d] = date.split('-').map(Number);
	const [hh, mm] = time.split(':').map(Number);
	const asUtc = Date.UTC(y, m - 1, d, hh, mm, seconds);
	return Math.round((asUtc - (instant.getTime() - instant.getUTCMilliseconds())) / 60_000);
}

/**
 * The instant a local wall-clock time happens. A time that does not exist (02:30 on the
 * night clocks go forward) is moved forward by the gap, as calendars do; a time that
 * happens twice (02:30 when clocks go back) means the first of the two.
 */
export function zonedInstant(
	date: LocalDate,
	time: LocalTime,
	timeZone: string = osloTimeZone
): Date {
	const [y, m, d] = date.split('-').map(Number);
	const [hh, mm] = time.split(':').map(Number);
	const wallAsUtc = Date.UTC(y, m - 1, d, hh, mm);
	// Try the offsets in force just before and after; the earlier valid reading wins.
	const candidates = [
		offsetMinutes(new Date(wallAsUtc - 86_400_000 / 2), timeZone),
		offsetMinutes(new Date(wallAsUtc + 86_400_000 / 2), timeZone)
	];
	const valid = candidates
		.map((offset) => new Date(wallAsUtc - offset * 60_000))
		.filter((instant) => {
			const local = localDateTimeOf(instant, timeZone);
			return local.date === date && local.time === time;
		})
		.sort((a, b) => a.getTime() - b.getTime());
	if (valid.length > 0) return valid[0];
	// In the spring-forward gap: the offset before the change, read on the later clock.
	return new Date(wallAsUtc - Math.min(...candidates) * 60_000);
}

/** Minutes since midnight of HH:MM. */
export function minutesOf(time: LocalTime): number {
	const [hh, mm] = time.split(':').map(Number);
	return hh * 60 + mm;
}
