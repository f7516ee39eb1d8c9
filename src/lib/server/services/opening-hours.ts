/**
 * "Open now" for services, in Europe/Oslo wall-clock time. Pure functions: `now` is always
 * passed in, so the rules are testable on any date (DST days included).
 *
 * Assumptions, written down because they are easy to undo by accident:
 * - Schedules are local wall-clock times. A rule 08:00–15:30 means 08:00 in Oslo whether
 *   it is summer or winter time; we convert each day's times to instants with that day's
 *   UTC offset, so on DST change days an interval is an hour shorter or longer.
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

export const timeZone = 'Europe/Oslo';
const dayCodes = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
/** Days around `now` we turn into intervals: enough to find next week's opening. */
const lookBackDays = 1;
const lookAheadDays = 8;
const minute = 60_000;

const partsFormat = new Intl.DateTimeFormat('en-GB', {
	timeZone,
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23'
});

type WallTime = { year: number; month: number; day: number; hour: number; minute: number };

/** The Oslo wall-clock date and time of an instant. */
export function osloWallTime(instant: Date): WallTime {
	const parts: Record<string, number> = {};
	for (const part of partsFormat.formatToParts(instant)) {
		if (part.type !== 'literal') parts[part.type] = Number(part.value);
	}
	return {
		year: parts.year,
		month: parts.month,
		day: parts.day,
		hour: parts.hour,
		minute: parts.minute
	};
}

function offsetMinutes(instant: Date): number {
	const w = osloWallTime(instant);
	const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
	return Math.round((asUtc - Math.floor(instant.getTime() / minute) * minute) / minute);
}

/**
 * The instant of an Oslo wall-clock time; `minutes` may pass 1440 (next day). A time that
 * does not exist (02:30 on the spring-forward night) lands an hour later, as clocks do.
 */
export function osloInstant(year: number, month: number, day: number, minutes: number): Date {
	// Every request asks for the same few hundred wall-clock times; Intl is the slow part.
	const key = `${year}-${month}-${day}-${minutes}`;
	const known = instantCache.get(key);
	if (known !== undefined) return new Date(known);
	const instant = computeOsloInstant(year, month, day, minutes);
	if (instantCache.size >= 20_000) instantCache.clear();
	instantCache.set(key, instant);
	return new Date(instant);
}

const instantCache = new Map<string, number>();

function computeOsloInstant(year: number, month: number, day: number, minutes: number): number {
	const guess = Date.UTC(year, month - 1, day, 0, minutes);
	const first = offsetMinutes(new Date(guess));
	let instant = guess - first * minute;
	const second = offsetMinutes(new Date(instant));
	if (second !== first) instant = guess - second * minute;
	return instant;
}

export function parseClock(value: string): number | null {
	const match = /^(\d{1,2}):(\d{2})$/.exec(value);
	if (!match) return null;
	const hours = Number(match[1]);
	const minutes = Number(match[2]);
	if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return null;
	return hours * 60 + minutes;
}

function isoDate(year: number, month: number, day: number): string {
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

type Interval = { start: number; end: number };

function dayInterval(
	date: { year: number; month: number; day: number },
	opensAt: string,
	closesAt: string
): Interval | null {
	const opens = parseClock(opensAt);
	let closes = parseClock(closesAt);
	if (opens === null || closes === null) return null;
	if (closes <= opens) closes += 24 * 60;
	return {
		start: osloInstant(date.year, date.month, date.day, opens).getTime(),
		end: osloInstant(date.year, date.month, date.day, closes).getTime()
	};
}

/** Every opening interval from the day before `now` to a week after, merged and sorted. */
export function openingIntervals(
	rules: readonly WeeklyRule[],
	exceptions: readonly DayException[],
	now: Date
): Interval[] {
	const today = osloWallTime(now);
	const byDate = new Map(exceptions.map((e) => [e.date, e]));
	const intervals: Interval[] = [];
	for (let offset = -lookBackDays; offset <= lookAheadDays; offset++) {
		// Calendar arithmetic on a UTC date is DST-free: we only need year/month/day here.
		const calendar = new Date(Date.UTC(today.year, today.month - 1, today.day + offset));
		const date = {
			year: calendar.getUTCFullYear(),
			month: calendar.getUTCMonth() + 1,
			day: calendar.getUTCDate()
		};
		const iso = isoDate(date.year, date.month, date.day);
		const exception = byDate.get(iso);
		if (exception) {
			if (exception.opensAt && exception.closesAt) {
				const interval = dayInterval(date, exception.opensAt, exception.closesAt);
				if (interval) intervals.push(interval);
			}
			continue;
		}
		const code = dayCodes[calendar.getUTCDay()];
		for (const rule of rules) {
			if (!rule.byday.split(',').some((d) => d.trim().toUpperCase() === code)) continue;
			if (rule.validFrom && iso < rule.validFrom) continue;
			if (rule.validTo && iso > rule.validTo) continue;
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
			if (interval.end - t >= (lookAheadDays - 1) * 24 * 60 * minute) return { state: 'always' };
			return { state: 'open', until: new Date(interval.end) };
		}
		if (interval.start > t) return { state: 'closed', next: new Date(interval.start) };
	}
	return { state: 'closed', next: null };
}

/** The text pieces a page needs to say "Open until 16:00" / "Opens Wednesday 14:30". */
export type OpeningLabel =
	| { key: 'open_always' | 'hours_unknown' | 'closed_for_now' }
	| { key: 'open_until' | 'opens_today' | 'opens_tomorrow'; time: string }
	| { key: 'open_until_day' | 'opens_day'; time: string; day: string };

const timeFormat = new Intl.DateTimeFormat('en-GB', {
	timeZone,
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23'
});
const weekdayFormats = new Map<string, Intl.DateTimeFormat>();

export function osloClock(instant: Date): string {
	return timeFormat.format(instant);
}

/** The weekday of an instant in Oslo, in the visitor's language. */
export function weekdayName(instant: Date, lang: string): string {
	let format = weekdayFormats.get(lang);
	if (!format) {
		format = new Intl.DateTimeFormat(lang, { timeZone, weekday: 'long' });
		weekdayFormats.set(lang, format);
	}
	return format.format(instant);
}

function calendarDaysBetween(from: Date, to: Date): number {
	const a = osloWallTime(from);
	const b = osloWallTime(to);
	return Math.round(
		(Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000
	);
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
		return status.next.getTime() - now.getTime() <= soonMinutes * minute;
	}
	return false;
}

const weekOrder = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/**
 * The weekly hours as rows for a table: Monday first, each day its list of `HH:MM–HH:MM`.
 * Weekday names come from a known Monday so they are in the visitor's language.
 */
export function weeklyHours(
	rules: readonly WeeklyRule[],
	lang: string
): { day: string; hours: string[] }[] {
	const monday = new Date(Date.UTC(2026, 0, 5, 12));
	return weekOrder.map((code, index) => ({
		day: weekdayName(new Date(monday.getTime() + index * 86_400_000), lang),
		hours: rules
			.filter((r) => r.byday.split(',').some((d) => d.trim().toUpperCase() === code))
			.map((r) =>
				r.opensAt === '00:00' && r.closesAt === '24:00' ? '00–24' : `${r.opensAt}–${r.closesAt}`
			)
	}));
}
