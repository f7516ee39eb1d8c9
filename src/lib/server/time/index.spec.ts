import { describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import {
	fromOsloLocal,
	osloInstant,
	osloIso,
	osloOffset,
	osloToday,
	osloWallTime,
	weekdayOf,
	zonedInstant
} from '$lib/server/time';

describe('Oslo time', () => {
	it('reads a repeated autumn wall time as the first (summer-time) instant', () => {
		// 2026-10-25: clocks go from 03:00 +02:00 back to 02:00 +01:00; 02:30 happens twice.
		expect(zonedInstant('2026-10-25', '02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
		expect(fromOsloLocal('2026-10-25T02:30')).toBe('2026-10-25T00:30:00.000Z');
	});

	it('moves a skipped spring wall time forward by the gap', () => {
		// 2026-03-29: 02:00 +01:00 jumps to 03:00 +02:00; 02:30 never happens.
		const instant = zonedInstant('2026-03-29', '02:30');
		expect(instant.toISOString()).toBe('2026-03-29T01:30:00.000Z');
		expect(osloWallTime(instant).time).toBe('03:30');
	});

	it('gives the offset in force on each side of both changes', () => {
		expect(osloOffset(new Date('2026-03-29T00:59:00Z'))).toBe('+01:00');
		expect(osloOffset(new Date('2026-03-29T01:00:00Z'))).toBe('+02:00');
		expect(osloOffset(new Date('2026-10-25T00:59:00Z'))).toBe('+02:00');
		expect(osloOffset(new Date('2026-10-25T01:00:00Z'))).toBe('+01:00');
	});

	it('writes instants with whole seconds and the right offset', () => {
		expect(osloIso(new Date('2026-07-01T10:00:05.120Z'))).toBe('2026-07-01T12:00:05+02:00');
		expect(osloIso(new Date('2026-12-01T10:00:05.999Z'))).toBe('2026-12-01T11:00:05+01:00');
	});

	it('reads minutes past midnight as the next day', () => {
		expect(osloInstant('2026-12-01', 24 * 60 + 120).toISOString()).toBe('2026-12-02T01:00:00.000Z');
	});

	it('knows the Oslo date just after midnight UTC+1', () => {
		expect(osloToday(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-02');
		expect(weekdayOf('2026-12-01')).toBe('TU');
	});

	it('reads the wall clock as Temporal does, through both daylight-saving changes', () => {
		// Every 7 minutes and 13 seconds across the spring and autumn changes of 2026 and 2027,
		// and a year's worth of noon readings.
		const instants: number[] = [];
		for (const around of ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z', '2027-03-28T01:00:00Z'])
			for (let t = -6 * 3_600_000; t <= 6 * 3_600_000; t += 433_000)
				instants.push(Date.parse(around) + t);
		for (let day = 0; day < 366; day++)
			instants.push(Date.parse('2026-01-01T11:00:00Z') + day * 86_400_000);
		for (const ms of instants) {
			const zoned = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO('Europe/Oslo');
			expect(osloWallTime(new Date(ms))).toEqual({
				date: zoned.toPlainDate().toString(),
				time: zoned.toPlainTime().toString().slice(0, 5),
				year: zoned.year,
				month: zoned.month,
				day: zoned.day,
				hour: zoned.hour,
				minute: zoned.minute,
				second: zoned.second,
				weekday: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'][zoned.dayOfWeek - 1],
				offsetMinutes: zoned.offsetNanoseconds / 60e9
			});
		}
	});
});
