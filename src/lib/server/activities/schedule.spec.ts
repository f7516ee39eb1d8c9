import { describe, expect, it } from 'vitest';
import {
	expandSchedule,
	expandSchedules,
	scheduleProblems,
	timeOfDay,
	upcomingOccurrences,
	type Schedule
} from './schedule';
import { zonedInstant } from '$lib/server/time';

function weekly(overrides: Partial<Schedule> = {}): Schedule {
	return {
		id: 1,
		byDay: 'TU',
		startTime: '17:30',
		endTime: '19:00',
		startDate: '2026-01-01',
		endDate: null,
		timezone: 'Europe/Oslo',
		exceptDates: [],
		cancellations: [],
		...overrides
	};
}

describe('weekly schedules across daylight-saving changes', () => {
	it('keeps Tuesday 17:30 at 17:30 Oslo time when the clocks go forward in March', () => {
		// Summer time starts on Sunday 29 March 2026.
		const [before, after] = expandSchedule(weekly(), '2026-03-24', '2026-03-31');
		expect(before.date).toBe('2026-03-24');
		expect(before.start.toISOString()).toBe('2026-03-24T16:30:00.000Z');
		expect(after.date).toBe('2026-03-31');
		expect(after.start.toISOString()).toBe('2026-03-31T15:30:00.000Z');
	});

	it('keeps it at 17:30 when the clocks go back in October', () => {
		// Winter time starts on Sunday 25 October 2026.
		const [before, after] = expandSchedule(weekly(), '2026-10-20', '2026-10-27');
		expect(before.start.toISOString()).toBe('2026-10-20T15:30:00.000Z');
		expect(after.start.toISOString()).toBe('2026-10-27T16:30:00.000Z');
	});

	it('gives a Sunday session on the change day its own correct offset', () => {
		const schedule = weekly({ byDay: 'SU', startTime: '12:00', endTime: '15:00' });
		const [spring] = expandSchedule(schedule, '2026-03-29', '2026-03-29');
		expect(spring.start.toISOString()).toBe('2026-03-29T10:00:00.000Z');
		const [autumn] = expandSchedule(schedule, '2026-10-25', '2026-10-25');
		expect(autumn.start.toISOString()).toBe('2026-10-25T11:00:00.000Z');
		// The three-hour session is three hours long on both days.
		expect(autumn.end.getTime() - autumn.start.getTime()).toBe(3 * 3600_000);
	});

	it('reads a time in the spring-forward gap on the later clock and a doubled time as the first', () => {
		expect(zonedInstant('2026-03-29', '02:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
		expect(zonedInstant('2026-10-25', '02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
	});

	it('lets an evening session run past midnight', () => {
		const [late] = expandSchedule(
			weekly({ byDay: 'FR', startTime: '21:00', endTime: '01:00' }),
			'2026-02-06',
			'2026-02-06'
		);
		expect(late.end.toISOString()).toBe('2026-02-07T00:00:00.000Z');
	});
});

describe('except dates, cancellations and series ends', () => {
	it('shows an except date as skipped instead of dropping it', () => {
		const occurrences = expandSchedule(
			weekly({ exceptDates: ['2026-02-17'] }),
			'2026-02-10',
			'2026-02-24'
		);
		expect(occurrences.map((o) => [o.date, o.status])).toEqual([
			['2026-02-10', 'scheduled'],
			['2026-02-17', 'skipped'],
			['2026-02-24', 'scheduled']
		]);
	});

	it('marks a cancelled occurrence with its reason in every language given', () => {
		const reason = { nb: 'Treneren er syk', en: 'The coach is ill' };
		const [, cancelled] = expandSchedule(
			weekly({ cancellations: [{ date: '2026-02-17', reason }] }),
			'2026-02-10',
			'2026-02-17'
		);
		expect(cancelled.status).toBe('cancelled');
		expect(cancelled.reason).toEqual(reason);
	});

	it('stops after the end date and does not start before the start date', () => {
		const schedule = weekly({ startDate: '2026-03-03', endDate: '2026-03-17' });
		expect(expandSchedule(schedule, '2026-02-01', '2026-04-30').map((o) => o.date)).toEqual([
			'2026-03-03',
			'2026-03-10',
			'2026-03-17'
		]);
	});

	it('runs on several weekdays and gives a single date once', () => {
		const both = expandSchedule(weekly({ byDay: 'TU,TH' }), '2026-02-09', '2026-02-15');
		expect(both.map((o) => o.date)).toEqual(['2026-02-10', '2026-02-12']);
		const once = weekly({ byDay: null, startDate: '2026-02-14', endDate: '2026-02-14' });
		expect(expandSchedule(once, '2026-02-01', '2026-02-28').map((o) => o.date)).toEqual([
			'2026-02-14'
		]);
		expect(expandSchedule(once, '2026-02-15', '2026-02-28')).toEqual([]);
	});

	it('merges schedules in time order', () => {
		const merged = expandSchedules(
			[weekly({ id: 2, byDay: 'FR', startTime: '19:00' }), weekly({ id: 1, byDay: 'TU,TH' })],
			'2026-02-09',
			'2026-02-15'
		);
		expect(merged.map((o) => `${o.date} ${o.scheduleId}`)).toEqual([
			'2026-02-10 1',
			'2026-02-12 1',
			'2026-02-13 2'
		]);
	});

	it('finds the next sessions that have not ended, optionally only the ones that happen', () => {
		const schedule = weekly({
			exceptDates: ['2026-02-17'],
			cancellations: [{ date: '2026-02-24', reason: { nb: 'Stengt' } }]
		});
		// Tuesday 10 February 2026 at 18:00 Oslo time: that session is still running.
		const now = new Date('2026-02-10T17:00:00Z');
		expect(upcomingOccurrences([schedule], now, 3).map((o) => o.status)).toEqual([
			'scheduled',
			'skipped',
			'cancelled'
		]);
		expect(
			upcomingOccurrences([schedule], now, 2, { onlyScheduled: true }).map((o) => o.date)
		).toEqual(['2026-02-10', '2026-03-03']);
		const ended = weekly({ startDate: '2026-01-01', endDate: '2026-01-31' });
		expect(upcomingOccurrences([ended], now, 3)).toEqual([]);
	});

	it('rejects impossible schedules', () => {
		const base = weekly();
		expect(scheduleProblems(base)).toEqual([]);
		expect(scheduleProblems({ ...base, endDate: '2025-12-31' })).toContain('end_before_start');
		expect(scheduleProblems({ ...base, startTime: '25:00' })).toContain('start_time');
		expect(scheduleProblems({ ...base, startDate: '2026-02-30' })).toContain('start_date');
		expect(scheduleProblems({ ...base, byDay: 'XX' })).toContain('by_day');
	});

	it('names the time of day a session starts in', () => {
		expect(timeOfDay('10:00')).toBe('morning');
		expect(timeOfDay('12:00')).toBe('afternoon');
		expect(timeOfDay('16:59')).toBe('afternoon');
		expect(timeOfDay('17:00')).toBe('evening');
	});
});
