/**
 * Schedules become occurrences. Pure functions, no database: the calendar, the list's
 * "next time" and the iCal feed all read from here, so they cannot disagree.
 *
 * A schedule is local wall-clock time in its zone (Europe/Oslo): "Tuesdays 17:30" stays
 * 17:30 on both sides of a daylight-saving change; only the UTC instant moves. Skipped
 * dates (exceptDate) and cancellations are kept as occurrences with a status, so every
 * view can say "no session this day" or "cancelled: the coach is ill" instead of
 * silently leaving a gap a parent would not understand.
 */
import {
	addDays,
	daysBetween,
	isLocalDate,
	isLocalTime,
	osloToday,
	minutesOf,
	weekdayCodes,
	weekdayOf,
	zonedInstant,
	type LocalDate,
	type LocalTime,
	type WeekdayCode
} from '$lib/server/time';
import type { OccurrenceStatus } from '$lib/types/activities';

export type Cancellation = { date: LocalDate; reason: Record<string, string> };

export type Schedule = {
	id: number;
	/** `MO,WE`; null for a single date (startDate = endDate). */
	byDay: string | null;
	startTime: LocalTime;
	endTime: LocalTime;
	startDate: LocalDate;
	/** Last date the schedule runs (inclusive); null = until further notice. */
	endDate: LocalDate | null;
	timezone: string;
	exceptDates: LocalDate[];
	cancellations: Cancellation[];
};

export type Occurrence = {
	scheduleId: number;
	date: LocalDate;
	startTime: LocalTime;
	endTime: LocalTime;
	start: Date;
	end: Date;
	status: OccurrenceStatus;
	/** Why it is cancelled, per language (cancelled occurrences only). */
	reason?: Record<string, string>;
};

/** The weekdays a schedule runs on; a single date runs on its own weekday. */
export function scheduleDays(schedule: Pick<Schedule, 'byDay' | 'startDate'>): WeekdayCode[] {
	if (!schedule.byDay) return [weekdayOf(schedule.startDate)];
	return schedule.byDay
		.split(',')
		.map((d) => d.trim().toUpperCase())
		.filter((d): d is WeekdayCode => (weekdayCodes as readonly string[]).includes(d));
}

/** The last date a schedule can run: its end date, or its only date. */
export function lastDate(schedule: Pick<Schedule, 'byDay' | 'startDate' | 'endDate'>) {
	if (!schedule.byDay) return schedule.startDate;
	return schedule.endDate;
}

/** Problems that make a schedule impossible; an empty list means it is fine. */
export function scheduleProblems(schedule: Omit<Schedule, 'id' | 'exceptDates' | 'cancellations'>) {
	const problems: string[] = [];
	if (!isLocalDate(schedule.startDate)) problems.push('start_date');
	if (schedule.endDate !== null && !isLocalDate(schedule.endDate)) problems.push('end_date');
	if (!isLocalTime(schedule.startTime)) problems.push('start_time');
	if (!isLocalTime(schedule.endTime)) problems.push('end_time');
	if (schedule.endDate && isLocalDate(schedule.startDate) && schedule.endDate < schedule.startDate)
		problems.push('end_before_start');
	if (schedule.byDay !== null && scheduleDays(schedule).length === 0) problems.push('by_day');
	return problems;
}

function occurrenceOn(schedule: Schedule, date: LocalDate): Occurrence {
	const start = zonedInstant(date, schedule.startTime);
	// An end time at or before the start time means the session runs past midnight.
	const endDate =
		minutesOf(schedule.endTime) <= minutesOf(schedule.startTime) ? addDays(date, 1) : date;
	const end = zonedInstant(endDate, schedule.endTime);
	const cancellation = schedule.cancellations.find((c) => c.date === date);
	const status: OccurrenceStatus = schedule.exceptDates.includes(date)
		? 'skipped'
		: cancellation
			? 'cancelled'
			: 'scheduled';
	return {
		scheduleId: schedule.id,
		date,
		startTime: schedule.startTime,
		endTime: schedule.endTime,
		start,
		end,
		status,
		...(status === 'cancelled' ? { reason: cancellation!.reason } : {})
	};
}

/** Every occurrence of one schedule on the local dates from..to (both included). */
export function expandSchedule(schedule: Schedule, from: LocalDate, to: LocalDate): Occurrence[] {
	const first = schedule.startDate > from ? schedule.startDate : from;
	const end = lastDate(schedule);
	const last = end !== null && end < to ? end : to;
	if (last < first) return [];
	if (!schedule.byDay) return [occurrenceOn(schedule, schedule.startDate)];
	const days = new Set(scheduleDays(schedule));
	const occurrences: Occurrence[] = [];
	for (let i = 0, n = daysBetween(first, last); i <= n; i++) {
		const date = addDays(first, i);
		if (days.has(weekdayOf(date))) occurrences.push(occurrenceOn(schedule, date));
	}
	return occurrences;
}

/** All occurrences of several schedules in a date range, in time order. */
export function expandSchedules(
	schedules: readonly Schedule[],
	from: LocalDate,
	to: LocalDate
): Occurrence[] {
	return schedules
		.flatMap((s) => expandSchedule(s, from, to))
		.sort((a, b) => a.start.getTime() - b.start.getTime() || a.scheduleId - b.scheduleId);
}

/**
 * The next occurrences that have not ended yet, at most `count`, looking no further than
 * `horizonDays` ahead. Skipped and cancelled ones are included (and counted) so a page can
 * show them; pass `onlyScheduled` for "when can I go next".
 */
export function upcomingOccurrences(
	schedules: readonly Schedule[],
	now: Date,
	count: number,
	{ horizonDays = 400, onlyScheduled = false } = {}
): Occurrence[] {
	const result: Occurrence[] = [];
	const today = addDays(osloToday(now), -1); // yesterday: a session may run past midnight
	// Walk a week at a time: a weekly club is found in the first step, and only the
	// occurrences that might be returned get turned into instants.
	for (let offset = 0; offset < horizonDays && result.length < count; offset += 7) {
		const from = addDays(today, offset);
		const to = addDays(from, 6);
		for (const occurrence of expandSchedules(schedules, from, to)) {
			if (occurrence.end <= now) continue;
			if (onlyScheduled && occurrence.status !== 'scheduled') continue;
			result.push(occurrence);
			if (result.length === count) break;
		}
		if (schedules.every((s) => (lastDate(s) ?? '9999-12-31') < to)) break;
	}
	return result;
}

/** Time of day a session starts in, as the list filter names it. */
export type TimeOfDay = 'morning' | 'afternoon' | 'evening';

export function timeOfDay(start: LocalTime): TimeOfDay {
	const minutes = minutesOf(start);
	if (minutes < 12 * 60) return 'morning';
	if (minutes < 17 * 60) return 'afternoon';
	return 'evening';
}
