import { describe, expect, it } from 'vitest';
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
});
