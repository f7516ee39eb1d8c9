import {
	addDays,
	daysBetween,
	minute as minuteMs,
	osloClock,
	osloInstant,
	osloToday,
	osloWallTime,
	parseClock,
	weekdayCodes,
	weekdayOf,
	type LocalDate
} from '$lib/server/time';
import type { NextHelp, OpeningLabel } from '$lib/types/services';

export type { NextHelp, OpeningLabel };

/**
 * "Open now" for services, in Europe/Oslo wall-clock time. Pure functions: `now` is always
 * passed in, so the rules are testable on any date (DST days included).
 *
 * Assumptions, written down because they are easy to undo by accident:
 * - Schedules are local wall-clock times. A rule 08:00–15:30 means 08:00 in Oslo whether
 *   it is summer or winter time; each day's times become instants through
 *   `$lib/server/time` (its rule for a time that happens twice or never applies), so on DST
 *   change days an interval is an hour shorter or longer.
 * - `closesAt` at or before `opensAt` means the interval runs past midnight (Fri 20:00–02:00
 *   ends Saturday 02:00). `24:00` is the end of the day.
 * - A one-off exception replaces the weekly rules for its date: no times = closed that day.
 *   Hours that started the evening before still run into that date.
 * - 24/7 is not a flag: it is rules covering every minute, which merge into one interval
 *   longer than our look-ahead, reported as `always`.
 */

export type WeeklyRule = {
	byday: string;
	opensAt: string;
	closesAt: string;
	validFrom?: string | null;
	validTo?: string | null;
};

export type DayException = { date: string; opensAt?: string | null; closesAt?: string | null };

export type OpeningStatus =
	| { state: 'always' }
	| { state: 'open'; until: Date }
	| { state: 'closed'; next: Date | null }
	| { state: 'unknown' };

/** Days around `now` we turn into intervals: enough to find next week's opening. */
const lookBackDays = 1;
const lookAheadDays = 8;

type Interval = { start: number; end: number };

function dayInterval(date: LocalDate, opensAt: string, closesAt: string): Interval | null {
	const opens = parseClock(opensAt);
	let closes = parseClock(closesAt);
	if (opens === null || closes === null) return null;
	if (closes <= opens) closes += 24 * 60;
	return {
		start: osloInstant(date, opens).getTime(),
		end: osloInstant(date, closes).getTime()
	};
}

/** Every opening interval from the day before `now` to a week after, merged and sorted. */
export function openingIntervals(
	rules: readonly WeeklyRule[],
	exceptions: readonly DayException[],
	now: Date
): Interval[] {
	const today = osloToday(now);
	const byDate = new Map(exceptions.map((e) => [e.date, e]));
	const intervals: Interval[] = [];
	for (let offset = -lookBackDays; offset <= lookAheadDays; offset++) {
		const date = addDays(today, offset);
		const exception = byDate.get(date);
		if (exception) {
			if (exception.opensAt && exception.closesAt) {
				const interval = dayInterval(date, exception.opensAt, exception.closesAt);
				if (interval) intervals.push(interval);
			}
			continue;
		}
		const code = weekdayOf(date);
		for (const rule of rules) {
			if (!rule.byday.split(',').some((d) => d.trim().toUpperCase() === code)) continue;
			if (rule.validFrom && date < rule.validFrom) continue;
			if (rule.validTo && date > rule.validTo) continue;
			const interval = dayInterval(date, rule.opensAt, rule.closesAt);
			if (interval) intervals.push(interval);
		}
	}
	intervals.sort((a, b) => a.start - b.start);
	const merged: Interval[] = [];
	for (const interval of intervals) {
		const last = merged.at(-1);
		if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
		else merged.push({ ...interval });
	}
	return merged;
}

/** Open now (and until when), or closed (and when it opens next), or always open. */
export function openingStatus(
	rules: readonly WeeklyRule[],
	exceptions: readonly DayException[],
	now: Date
): OpeningStatus {
	if (rules.length === 0 && !exceptions.some((e) => e.opensAt)) return { state: 'unknown' };
	const intervals = openingIntervals(rules, exceptions, now);
	const t = now.getTime();
	for (const interval of intervals) {
		if (interval.start <= t && t < interval.end) {
			// Open through the whole look-ahead window: nothing closes within a week.
			if (interval.end - t >= (lookAheadDays - 1) * 24 * 60 * minuteMs) return { state: 'always' };
			return { state: 'open', until: new Date(interval.end) };
		}
		if (interval.start > t) return { state: 'closed', next: new Date(interval.start) };
	}
	return { state: 'closed', next: null };
}

const weekdayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The name of a local date's weekday in the visitor's language. Intl only spells the name:
 * the date is already Oslo's (noon UTC of that date has the same weekday everywhere).
 */
function dayName(date: LocalDate, lang: string): string {
	let format = weekdayFormats.get(lang);
	if (!format) {
		format = new Intl.DateTimeFormat(lang, { timeZone: 'UTC', weekday: 'long' });
		weekdayFormats.set(lang, format);
	}
	return format.format(new Date(`${date}T12:00:00Z`));
}

/** The weekday of an instant in Oslo, in the visitor's language. */
export function weekdayName(instant: Date, lang: string): string {
	return dayName(osloToday(instant), lang);
}

function calendarDaysBetween(from: Date, to: Date): number {
	return daysBetween(osloToday(from), osloToday(to));
}

export function openingLabel(status: OpeningStatus, now: Date, lang: string): OpeningLabel {
	switch (status.state) {
		case 'always':
			return { key: 'open_always' };
		case 'unknown':
			return { key: 'hours_unknown' };
		case 'open': {
			const time = osloClock(status.until);
			const days = calendarDaysBetween(now, status.until);
			// "until 02:00" after midnight reads right without a weekday; later days need one.
			if (days === 0 || (days === 1 && osloWallTime(status.until).hour < 6)) {
				return { key: 'open_until', time };
			}
			return { key: 'open_until_day', time, day: weekdayName(status.until, lang) };
		}
		case 'closed': {
			if (!status.next) return { key: 'closed_for_now' };
			const time = osloClock(status.next);
			const days = calendarDaysBetween(now, status.next);
			if (days === 0) return { key: 'opens_today', time };
			if (days === 1) return { key: 'opens_tomorrow', time };
			return { key: 'opens_day', time, day: weekdayName(status.next, lang) };
		}
	}
}

/** Opening within this many minutes counts as "soon" for ranking. */
export const soonMinutes = 120;

export function isOpenOrSoon(status: OpeningStatus, now: Date): boolean {
	if (status.state === 'always' || status.state === 'open') return true;
	if (status.state === 'closed' && status.next) {
		return status.next.getTime() - now.getTime() <= soonMinutes * minuteMs;
	}
	return false;
}

/**
 * The weekly hours as rows for a table: Monday first, each day its list of `HH:MM–HH:MM`.
 * Weekday names come from a known Monday so they are in the visitor's language.
 */
export function weeklyHours(
	rules: readonly WeeklyRule[],
	lang: string
): { day: string; hours: string[] }[] {
	const monday = '2026-01-05';
	return weekdayCodes.map((code, index) => ({
		day: dayName(addDays(monday, index), lang),
		hours: rules
			.filter((r) => r.byday.split(',').some((d) => d.trim().toUpperCase() === code))
			.map((r) =>
				r.opensAt === '00:00' && r.closesAt === '24:00' ? '00–24' : `${r.opensAt}–${r.closesAt}`
			)
	}));
}

/** The interval open now, or else the next one within the week; null when none. */
export function currentOrNextInterval(
	rules: readonly WeeklyRule[],
	exceptions: readonly DayException[],
	now: Date
): { start: Date; end: Date } | null {
	if (rules.length === 0) return null;
	const t = now.getTime();
	const found = openingIntervals(rules, exceptions, now).find((i) => i.end > t);
	return found ? { start: new Date(found.start), end: new Date(found.end) } : null;
}

/** "Drop-in now, until 18:30" / "Drop-in today 14:30–18:30" / "Drop-in Thursday 14:00–18:00". */
export function dropInLabel(
	rules: readonly WeeklyRule[],
	exceptions: readonly DayException[],
	now: Date,
	lang: string
): NextHelp | null {
	const next = currentOrNextInterval(rules, exceptions, now);
	if (!next) return null;
	const from = osloClock(next.start);
	const to = osloClock(next.end);
	if (next.start.getTime() <= now.getTime()) return { key: 'drop_in_now', to };
	const days = calendarDaysBetween(now, next.start);
	if (days === 0) return { key: 'drop_in_today', from, to };
	if (days === 1) return { key: 'drop_in_tomorrow', from, to };
	return { key: 'drop_in_day', from, to, day: weekdayName(next.start, lang) };
}

/** Staff-confirmed reply times and waits count for this long, then they are not shown. */
export const confirmedForDays = 90;

const durationFormats = new Map<string, Intl.NumberFormat>();

function duration(value: number, unit: 'hour' | 'day', lang: string): string {
	const id = `${lang}:${unit}`;
	let format = durationFormats.get(id);
	if (!format) {
		format = new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' });
		durationFormats.set(id, format);
	}
	return format.format(value);
}

/**
 * Typical reply time and wait, as staff last confirmed them; nothing when the confirmation
 * is older than `confirmedForDays` (an old promise is worse than none).
 */
export function typicalTimes(
	values: { replyMinutes: number | null; waitDays: number | null; confirmedOn: string | null },
	now: Date,
	lang: string
): NextHelp[] {
	if (!values.confirmedOn) return [];
	if (daysBetween(values.confirmedOn, osloToday(now)) > confirmedForDays) return [];
	const out: NextHelp[] = [];
	if (values.replyMinutes !== null && values.replyMinutes > 0) {
		const hours = Math.max(1, Math.round(values.replyMinutes / 60));
		out.push({ key: 'reply_within', duration: duration(hours, 'hour', lang) });
	}
	if (values.waitDays !== null && values.waitDays >= 0) {
		out.push({ key: 'wait_within', duration: duration(Math.max(1, values.waitDays), 'day', lang) });
	}
	return out;
}

/** Is a date-bound notice on today (Oslo)? No dates: always (staff remove it by hand). */
export function isNoticeOn(from: string | null, to: string | null, now: Date): boolean {
	const today = osloToday(now);
	return (!from || today >= from) && (!to || today <= to);
}
