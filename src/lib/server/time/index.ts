import { Temporal } from 'temporal-polyfill';

/**
 * The one Europe/Oslo module. Every feature stores local dates and wall-clock times
 * ("Tuesdays 17:30", "deadline 1 March 23:59") because those stay true across
 * daylight-saving changes, and turns them into instants only here.
 *
 * The rule for wall times that happen twice or never (documented once, used everywhere):
 * - a time that happens twice (02:30 on the last Sunday of October) means the first of
 *   the two, the summer-time reading (+02:00);
 * - a time that does not exist (02:30 on the last Sunday of March) moves forward by the
 *   length of the gap (03:30 +02:00).
 * That is Temporal's `disambiguation: 'compatible'`, which is also what RFC 5545 asks of
 * calendars, so the portal, its iCal files and the calendars that read them agree.
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
const minuteMs = 60_000;

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

/** Minutes since midnight of "H:MM" or "HH:MM"; 24:00 is allowed (end of day). */
export function parseClock(value: string): number | null {
	const match = /^(\d{1,2}):(\d{2})$/.exec(value);
	if (!match) return null;
	const hours = Number(match[1]);
	const minutes = Number(match[2]);
	if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return null;
	return hours * 60 + minutes;
}

/** Minutes since midnight of a valid HH:MM. */
export function minutesOf(time: LocalTime): number {
	const [hh, mm] = time.split(':').map(Number);
	return hh * 60 + mm;
}

/** Days are counted on a plain calendar: a date has no time zone until it gets a time. */
const addedDays = new Map<string, LocalDate>();

export function addDays(date: LocalDate, days: number): LocalDate {
	const key = `${date}|${days}`;
	const known = addedDays.get(key);
	if (known !== undefined) return known;
	const [y, m, d] = date.split('-').map(Number);
	const result = new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
	if (addedDays.size >= 10_000) addedDays.clear();
	addedDays.set(key, result);
	return result;
}

/**
 * The same day `months` calendar months later (negative: earlier). A day the target month
 * lacks becomes its last day: 31 August minus six months is 28 February.
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
	return Temporal.PlainDate.from(date).add({ months }, { overflow: 'constrain' }).toString();
}

export function daysBetween(from: LocalDate, to: LocalDate): number {
	const [a, b] = [from, to].map((date) => {
		const [y, m, d] = date.split('-').map(Number);
		return Date.UTC(y, m - 1, d);
	});
	return Math.round((b - a) / 86_400_000);
}

/** ISO weekday code of a local date. */
const weekdays = new Map<string, WeekdayCode>();

export function weekdayOf(date: LocalDate): WeekdayCode {
	const known = weekdays.get(date);
	if (known !== undefined) return known;
	const [y, m, d] = date.split('-').map(Number);
	const sundayFirst = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
	const code = weekdayCodes[(sundayFirst + 6) % 7];
	if (weekdays.size >= 10_000) weekdays.clear();
	weekdays.set(date, code);
	return code;
}

/** The Monday on or before a date. */
export function mondayOf(date: LocalDate): LocalDate {
	return addDays(date, -weekdayCodes.indexOf(weekdayOf(date)));
}

export type OsloWallTime = {
	date: LocalDate;
	time: LocalTime;
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
	weekday: WeekdayCode;
	/** Offset from UTC in minutes: 60 in winter, 120 in summer. */
	offsetMinutes: number;
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Oslo's offset from UTC per UTC hour. Europe/Oslo changes offset only at 01:00 UTC, so the
 * offset is the same for a whole UTC hour and Temporal is asked once an hour, not once per
 * reading: a topic page reads the clock for every card's opening time and notice, and the
 * polyfill's time-zone arithmetic was a tenth of its CPU (issue 15).
 */
const offsetByHour = new Map<number, number>();
const hourMs = 3_600_000;

function offsetMinutesAt(ms: number): number {
	const hour = Math.floor(ms / hourMs);
	let offset = offsetByHour.get(hour);
	if (offset === undefined) {
		const zoned = Temporal.Instant.fromEpochMilliseconds(hour * hourMs).toZonedDateTimeISO(
			osloTimeZone
		);
		offset = Math.round(zoned.offsetNanoseconds / 60e9);
		if (offsetByHour.size >= 100_000) offsetByHour.clear();
		offsetByHour.set(hour, offset);
	}
	return offset;
}

/** The Oslo wall-clock reading of an instant. */
export function osloWallTime(instant: Date): OsloWallTime {
	const offsetMinutes = offsetMinutesAt(instant.getTime());
	// The UTC fields of the instant moved by the offset are Oslo's wall-clock fields.
	const wall = new Date(instant.getTime() + offsetMinutes * minuteMs);
	const year = wall.getUTCFullYear();
	const month = wall.getUTCMonth() + 1;
	const day = wall.getUTCDate();
	const hour = wall.getUTCHours();
	const minute = wall.getUTCMinutes();
	return {
		date: `${pad(year, 4)}-${pad(month)}-${pad(day)}`,
		time: `${pad(hour)}:${pad(minute)}`,
		year,
		month,
		day,
		hour,
		minute,
		second: wall.getUTCSeconds(),
		weekday: weekdayCodes[(wall.getUTCDay() + 6) % 7],
		offsetMinutes
	};
}

/** Today's calendar date in Oslo. */
export function osloToday(now: Date = new Date()): LocalDate {
	return osloWallTime(now).date;
}

/** Offset of Oslo from UTC at an instant, in minutes. */
export function osloOffsetMinutes(instant: Date): number {
	return osloWallTime(instant).offsetMinutes;
}

/** "+01:00" or "+02:00": the offset in force at that instant. */
export function osloOffset(instant: Date): string {
	const minutes = osloOffsetMinutes(instant);
	const sign = minutes < 0 ? '-' : '+';
	const abs = Math.abs(minutes);
	return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

// The finder asks for the same few hundred wall-clock times on every request.
const instantCache = new Map<string, number>();

/**
 * The instant of an Oslo wall-clock time, by the rule at the top of this module.
 * `minutes` may reach past midnight (1440 + n is that time the next day), so an opening
 * "22:00–02:00" can be read as one interval from one date.
 */
export function osloInstant(date: LocalDate, minutes: number): Date {
	const key = `${date}+${minutes}`;
	const known = instantCache.get(key);
	if (known !== undefined) return new Date(known);
	const extraDays = Math.floor(minutes / 1440);
	const [y, m, d] = addDays(date, extraDays).split('-').map(Number);
	const inDay = minutes - extraDays * 1440;
	const zoned = Temporal.ZonedDateTime.from(
		{
			timeZone: osloTimeZone,
			year: y,
			month: m,
			day: d,
			hour: Math.floor(inDay / 60),
			minute: inDay % 60
		},
		{ disambiguation: 'compatible' }
	);
	const epoch = zoned.epochMilliseconds;
	if (instantCache.size >= 20_000) instantCache.clear();
	instantCache.set(key, epoch);
	return new Date(epoch);
}

/** The instant of an Oslo local date and HH:MM time, by the rule at the top of this module. */
export function zonedInstant(date: LocalDate, time: LocalTime): Date {
	return osloInstant(date, minutesOf(time));
}

/**
 * An instant as Oslo local time with its offset and whole seconds, the form OpenActive,
 * HSDS and iCal-adjacent JSON want: 2026-11-22T17:31:05+01:00.
 */
export function osloIso(instant: Date): string {
	const w = osloWallTime(instant);
	return `${w.date}T${w.time}:${pad(w.second)}${osloOffset(instant)}`;
}

/** "YYYY-MM-DDTHH:MM" in Oslo for an instant, as a datetime-local input wants it. */
export function toOsloLocal(instant: string | Date): string {
	const w = osloWallTime(new Date(instant));
	return `${w.date}T${w.time}`;
}

/** The UTC instant (ISO string) of a datetime-local value typed as Oslo time, or null. */
export function fromOsloLocal(local: string): string | null {
	const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(local);
	if (!match || !isLocalDate(match[1]) || !isLocalTime(match[2])) return null;
	return zonedInstant(match[1], match[2]).toISOString();
}

/** The Oslo wall-clock HH:MM of an instant. */
export function osloClock(instant: Date): LocalTime {
	return osloWallTime(instant).time;
}

/** Milliseconds of one minute; for callers that round instants to the minute. */
export const minute = minuteMs;
