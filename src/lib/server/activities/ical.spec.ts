import ical, { type VEvent } from 'node-ical';
import { beforeAll, describe, expect, it } from 'vitest';
import { escapeText, foldLine, renderCalendar, type CalendarSeries } from './ical';
import { timeSlicer } from '$lib/server/slices';
import { expandSchedule, type Schedule } from './schedule';

/** Everything here is read back with node-ical, an independent parser, not our own code. */

const schedule: Schedule = {
	id: 7,
	byDay: 'TU',
	startTime: '17:30',
	endTime: '19:00',
	startDate: '2026-03-03',
	endDate: '2026-11-24',
	timezone: 'Europe/Oslo',
	exceptDates: ['2026-03-17'],
	cancellations: [{ date: '2026-04-07', reason: { nb: 'Banen er stengt' } }]
};

function series(overrides: Partial<CalendarSeries> = {}): CalendarSeries {
	return {
		uid: 'fotball-for-alle-7@fjordvik.example',
		summary: 'Piłka nożna dla wszystkich',
		description: 'Bezpłatnie; wiek 8–12, Kunstgresset, Fjordvik\nWystarczy przyjść.',
		location: 'Kunstgresset ved Fjordvik skole, Skoleveien 10, 9999 Fjordvik',
		url: 'https://fjordvik.example/pl/aktiviteter/fotball-for-alle',
		latitude: 59.2062,
		longitude: 9.6041,
		schedule,
		cancelledSummaryPrefix: 'Odwołane:',
		cancellationReasons: new Map([['2026-04-07', 'Boisko jest zamknięte']]),
		...overrides
	};
}

function parse(text: string) {
	const events = Object.values(ical.sync.parseICS(text)).filter(
		(c): c is VEvent => c?.type === 'VEVENT'
	);
	return events;
}

const now = new Date('2026-02-01T12:00:00Z');

describe('iCal for an activity series', () => {
	let text: string;
	let event: VEvent;
	beforeAll(async () => {
		text = await renderCalendar({ name: 'Fjordvik', lang: 'pl', series: [series()], now });
		[event] = parse(text);
	});

	it('is valid iCalendar with CRLF lines no longer than 75 octets', () => {
		expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
		expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
		for (const line of text.split('\r\n')) {
			expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
		}
		expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Oslo');
	});

	it('reads back with the same texts, escaping undone', () => {
		expect(event.uid).toBe('fotball-for-alle-7@fjordvik.example');
		expect(event.summary).toBe('Piłka nożna dla wszystkich');
		expect(event.description).toBe(
			'Bezpłatnie; wiek 8–12, Kunstgresset, Fjordvik\nWystarczy przyjść.'
		);
		expect(event.location).toBe('Kunstgresset ved Fjordvik skole, Skoleveien 10, 9999 Fjordvik');
	});

	it('repeats weekly at 17:30 Oslo time on both sides of the March change', () => {
		const instances = ical.expandRecurringEvent(event, {
			from: new Date('2026-03-20T00:00:00Z'),
			to: new Date('2026-04-02T00:00:00Z')
		});
		expect(instances.map((i) => i.start.toISOString())).toEqual([
			'2026-03-24T16:30:00.000Z', // CET, UTC+1
			'2026-03-31T15:30:00.000Z' // CEST, UTC+2
		]);
		// And the parser agrees with our own expansion.
		const ours = expandSchedule(schedule, '2026-03-20', '2026-04-01').map((o) =>
			o.start.toISOString()
		);
		expect(ours).toEqual(instances.map((i) => i.start.toISOString()));
	});

	it('leaves out the except date and keeps the cancelled session, marked, with its reason', () => {
		const instances = ical.expandRecurringEvent(event, {
			from: new Date('2026-03-09T00:00:00Z'),
			to: new Date('2026-04-08T00:00:00Z')
		});
		const days = instances.map((i) => i.start.toISOString().slice(0, 10));
		expect(days).not.toContain('2026-03-17');
		expect(days).toContain('2026-03-10');
		// node-ical files an override under both its date and its instant: the same object twice.
		const cancelled = [...new Set(Object.values(event.recurrences ?? {}))] as VEvent[];
		expect(cancelled).toHaveLength(1);
		expect(cancelled[0].status).toBe('CANCELLED');
		expect(cancelled[0].summary).toBe('Odwołane: Piłka nożna dla wszystkich');
		expect(String(cancelled[0].description)).toBe('Boisko jest zamknięte');
		expect(cancelled[0].start.toISOString()).toBe('2026-04-07T15:30:00.000Z');
	});

	it('ends the series on its end date', () => {
		const instances = ical.expandRecurringEvent(event, {
			from: new Date('2026-11-01T00:00:00Z'),
			to: new Date('2027-01-31T00:00:00Z')
		});
		expect(instances.at(-1)!.start.toISOString()).toBe('2026-11-24T16:30:00.000Z');
	});

	it('writes a single date as one event without a rule', async () => {
		const once = await renderCalendar({
			name: 'x',
			lang: 'nb',
			now,
			series: [
				series({
					uid: 'lysfest-1@x',
					schedule: {
						...schedule,
						byDay: null,
						startDate: '2026-12-01',
						endDate: '2026-12-01',
						exceptDates: [],
						cancellations: []
					}
				})
			]
		});
		const [single] = parse(once);
		expect(single.rrule).toBeUndefined();
		expect(single.start.toISOString()).toBe('2026-12-01T16:30:00.000Z');
		expect(single.end!.toISOString()).toBe('2026-12-01T18:00:00.000Z');
	});

	it('an open-ended weekly series has no UNTIL', async () => {
		const open = await renderCalendar({
			name: 'x',
			lang: 'nb',
			now,
			series: [series({ schedule: { ...schedule, endDate: null, byDay: 'TU,TH' } })]
		});
		expect(open).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU,TH\r\n');
	});
});

describe('iCal text rules', () => {
	it('escapes backslash, semicolon, comma and newlines', () => {
		expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
	});

	it('folds long lines without splitting a character', async () => {
		const long = 'SUMMARY:' + 'Безкоштовні заняття на різдвяних канікулах '.repeat(4);
		const folded = foldLine(long);
		expect(folded.split('\r\n').length).toBeGreaterThan(2);
		expect(folded.replace(/\r\n /g, '')).toBe(long);
		const [parsed] = parse(
			await renderCalendar({
				name: 'x',
				lang: 'uk',
				now,
				series: [series({ summary: long.slice('SUMMARY:'.length) })]
			})
		);
		expect(parsed.summary).toBe(long.slice('SUMMARY:'.length));
	});

	it('folds at 75 octets, continuation lines at 74 after their space, whole characters only', () => {
		const line = 'DESCRIPTION:' + 'Fotball ⚽ og 😀 for alle – ' + 'ø'.repeat(40) + '🎉'.repeat(30);
		const folded = foldLine(line).split('\r\n');
		expect(folded.length).toBeGreaterThan(2);
		folded.forEach((part, i) => {
			expect(Buffer.byteLength(part), part).toBeLessThanOrEqual(75);
			if (i > 0) expect(part.startsWith(' ')).toBe(true);
			// No half of a surrogate pair at either end of a piece.
			expect(part).not.toMatch(/^ ?[\udc00-\udfff]|[\ud800-\udbff]$/);
		});
		expect(Buffer.byteLength(folded[0])).toBeGreaterThan(71);
		expect(folded.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
		expect(foldLine('SUMMARY:Fotball for alle')).toBe('SUMMARY:Fotball for alle');
	});

	it('lets a waiting request run while a calendar of many series is written', async () => {
		let otherVisitor = false;
		setTimeout(() => (otherVisitor = true), 0);
		const many = Array.from({ length: 300 }, (_, i) => series({ uid: `klubb-${i}@x` }));
		const text = await renderCalendar({ name: 'x', lang: 'nb', now, series: many }, timeSlicer(0));
		expect(otherVisitor).toBe(true);
		expect(parse(text)).toHaveLength(300);
	});

	it('an empty calendar is still a valid calendar', async () => {
		const empty = await renderCalendar({ name: 'Ingen treff', lang: 'nb', now, series: [] });
		expect(parse(empty)).toEqual([]);
		expect(empty).toContain('X-WR-CALNAME:Ingen treff');
	});
});
