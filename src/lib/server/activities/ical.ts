/**
 * iCalendar (RFC 5545) for one activity ("Add to calendar") and for a filtered list (a
 * subscription URL a parent puts in their phone's calendar).
 *
 * Weekly series are written as RRULEs with local times in Europe/Oslo and a VTIMEZONE, so
 * a calendar keeps "Tuesday 17:30" right across daylight-saving changes (a UTC RRULE would
 * move the session by an hour in summer). Skipped dates become EXDATEs; a cancelled
 * session stays visible as an override with STATUS:CANCELLED and the reason.
 */
import { lastDate, scheduleDays, type Schedule } from './schedule';
import {
	addDays,
	minutesOf,
	weekdayOf,
	zonedInstant,
	type LocalDate,
	type LocalTime
} from '$lib/server/time';
import { timeSlicer } from '$lib/server/slices';

export type CalendarSeries = {
	/** Stable per schedule, e.g. `fotball-for-alle-12@fjordvik.example`. */
	uid: string;
	summary: string;
	description: string;
	location: string;
	url: string;
	latitude?: number | null;
	longitude?: number | null;
	schedule: Schedule;
	/** Reason text in the feed's language for each cancelled date. */
	cancelledSummaryPrefix: string;
	cancellationReasons: Map<LocalDate, string>;
};

export type Calendar = {
	name: string;
	description?: string;
	lang: string;
	series: CalendarSeries[];
	now: Date;
};

/** Europe/Oslo since 1996: CET in winter, CEST from the last Sunday of March to the last of October. */
const osloTimezone = [
	'BEGIN:VTIMEZONE',
	'TZID:Europe/Oslo',
	'BEGIN:DAYLIGHT',
	'TZOFFSETFROM:+0100',
	'TZOFFSETTO:+0200',
	'TZNAME:CEST',
	'DTSTART:19700329T020000',
	'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
	'END:DAYLIGHT',
	'BEGIN:STANDARD',
	'TZOFFSETFROM:+0200',
	'TZOFFSETTO:+0100',
	'TZNAME:CET',
	'DTSTART:19701025T030000',
	'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
	'END:STANDARD',
	'END:VTIMEZONE'
];

/** TEXT values: backslash, semicolon, comma and line breaks are escaped. */
export function escapeText(value: string): string {
	return value
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

/** UTF-8 octets of one code point. */
const octetsOf = (code: number) => (code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4);

/**
 * Lines longer than 75 octets are folded, never inside a multi-byte character. Counted
 * per code point, not by encoding each character: a feed of 4,800 activities spent half
 * its second in `TextEncoder` here (issue 15).
 */
export function foldLine(line: string): string {
	// 25 UTF-16 units are at most 75 octets (3 per unit; a surrogate pair is 4 for 2).
	if (line.length <= 25 || Buffer.byteLength(line, 'utf8') <= 75) return line;
	const parts: string[] = [];
	let start = 0;
	let size = 0;
	let limit = 75;
	for (let at = 0; at < line.length;) {
		const code = line.codePointAt(at)!;
		const bytes = octetsOf(code);
		if (size + bytes > limit) {
			parts.push(line.slice(start, at));
			start = at;
			size = 0;
			limit = 74; // continuation lines start with a space
		}
		size += bytes;
		at += code > 0xffff ? 2 : 1;
	}
	parts.push(line.slice(start));
	return parts.join('\r\n ');
}

const utcStamp = (instant: Date) =>
	instant
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
const localStamp = (date: LocalDate, time: LocalTime) =>
	`${date.replace(/-/g, '')}T${time.replace(':', '')}00`;

/** The first date on or after the schedule's start that it actually runs on. */
function firstDate(schedule: Schedule): LocalDate {
	if (!schedule.byDay) return schedule.startDate;
	const days = scheduleDays(schedule);
	let date = schedule.startDate;
	for (let i = 0; i < 7 && !days.includes(weekdayOf(date)); i++) date = addDays(date, 1);
	return date;
}

function endOf(schedule: Schedule, date: LocalDate): [LocalDate, LocalTime] {
	const overnight = minutesOf(schedule.endTime) <= minutesOf(schedule.startTime);
	return [overnight ? addDays(date, 1) : date, schedule.endTime];
}

function seriesEvent(series: CalendarSeries, now: Date): string[] {
	const { schedule } = series;
	const tz = schedule.timezone;
	const first = firstDate(schedule);
	const [endDate, endTime] = endOf(schedule, first);
	const common = [
		`DTSTAMP:${utcStamp(now)}`,
		`LOCATION:${escapeText(series.location)}`,
		`URL:${series.url}`,
		...(series.latitude != null && series.longitude != null
			? [`GEO:${series.latitude};${series.longitude}`]
			: [])
	];
	const lines = [
		'BEGIN:VEVENT',
		`UID:${series.uid}`,
		...common,
		`DTSTART;TZID=${tz}:${localStamp(first, schedule.startTime)}`,
		`DTEND;TZID=${tz}:${localStamp(endDate, endTime)}`,
		`SUMMARY:${escapeText(series.summary)}`,
		`DESCRIPTION:${escapeText(series.description)}`
	];
	if (schedule.byDay) {
		const last = lastDate(schedule);
		const until = last ? `;UNTIL=${utcStamp(zonedInstant(last, '23:59'))}` : '';
		lines.push(`RRULE:FREQ=WEEKLY;BYDAY=${scheduleDays(schedule).join(',')}${until}`);
		for (const date of schedule.exceptDates) {
			lines.push(`EXDATE;TZID=${tz}:${localStamp(date, schedule.startTime)}`);
		}
	}
	lines.push('END:VEVENT');
	for (const cancellation of schedule.cancellations) {
		const [cancelEndDate, cancelEndTime] = endOf(schedule, cancellation.date);
		const reason = series.cancellationReasons.get(cancellation.date) ?? '';
		lines.push(
			'BEGIN:VEVENT',
			`UID:${series.uid}`,
			...common,
			`RECURRENCE-ID;TZID=${tz}:${localStamp(cancellation.date, schedule.startTime)}`,
			`DTSTART;TZID=${tz}:${localStamp(cancellation.date, schedule.startTime)}`,
			`DTEND;TZID=${tz}:${localStamp(cancelEndDate, cancelEndTime)}`,
			`SUMMARY:${escapeText(`${series.cancelledSummaryPrefix} ${series.summary}`)}`,
			`DESCRIPTION:${escapeText(reason)}`,
			'STATUS:CANCELLED',
			'END:VEVENT'
		);
	}
	return lines;
}

/**
 * The calendar as text. A subscription to every activity of a large municipality is
 * thousands of series: they are written in time slices (`timeSlicer`), so the file does
 * not hold up other visitors for the second it takes.
 */
export async function renderCalendar(calendar: Calendar, slice = timeSlicer()): Promise<string> {
	const head = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Inngang//Aktiviteter//NB',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(calendar.name)}`,
		...(calendar.description ? [`X-WR-CALDESC:${escapeText(calendar.description)}`] : []),
		'X-WR-TIMEZONE:Europe/Oslo',
		// Subscribed calendars ask again twice a day; changes reach parents the same day.
		'REFRESH-INTERVAL;VALUE=DURATION:PT12H',
		'X-PUBLISHED-TTL:PT12H',
		...(calendar.series.length > 0 ? osloTimezone : [])
	];
	const blocks = [head.map(foldLine).join('\r\n')];
	for (const series of calendar.series) {
		blocks.push(seriesEvent(series, calendar.now).map(foldLine).join('\r\n'));
		await slice();
	}
	blocks.push('END:VCALENDAR');
	return blocks.join('\r\n') + '\r\n';
}
