import { describe, expect, it } from 'vitest';
import { isOpenOrSoon, openingLabel, openingStatus, type WeeklyRule } from './opening-hours';
import { osloInstant } from '$lib/server/time';

const at = (iso: string) => new Date(iso);
const weekdays: WeeklyRule[] = [{ byday: 'MO,TU,WE,TH,FR', opensAt: '08:00', closesAt: '16:00' }];

describe('openingStatus', () => {
	it('is open until closing time on a weekday (winter time, UTC+1)', () => {
		// Monday 23 Nov 2026 10:00 in Oslo is 09:00 UTC.
		const status = openingStatus(weekdays, [], at('2026-11-23T09:00:00Z'));
		expect(status).toEqual({ state: 'open', until: at('2026-11-23T15:00:00Z') });
	});

	it('uses summer time (UTC+2) in June', () => {
		const status = openingStatus(weekdays, [], at('2026-06-15T06:30:00Z')); // 08:30 Oslo
		expect(status).toEqual({ state: 'open', until: at('2026-06-15T14:00:00Z') });
	});

	it('on a Saturday says when it opens on Monday', () => {
		const now = at('2026-11-21T12:00:00Z');
		const status = openingStatus(weekdays, [], now);
		expect(status).toEqual({ state: 'closed', next: at('2026-11-23T07:00:00Z') });
		expect(openingLabel(status, now, 'en')).toEqual({
			key: 'opens_day',
			time: '08:00',
			day: 'Monday'
		});
	});

	it('handles the spring-forward Sunday: 08:00 that day is 06:00 UTC', () => {
		// DST starts 29 March 2026 at 02:00 Oslo time.
		const sunday: WeeklyRule[] = [{ byday: 'SU', opensAt: '08:00', closesAt: '12:00' }];
		const status = openingStatus(sunday, [], at('2026-03-29T05:30:00Z')); // 07:30 CEST
		expect(status).toEqual({ state: 'closed', next: at('2026-03-29T06:00:00Z') });
	});

	it('handles the fall-back night: a 22:00–06:00 shift is nine hours long', () => {
		// DST ends 25 October 2026 at 03:00 Oslo time (clocks go back to 02:00).
		const night: WeeklyRule[] = [{ byday: 'SA', opensAt: '22:00', closesAt: '06:00' }];
		const status = openingStatus(night, [], at('2026-10-24T21:00:00Z')); // 23:00 CEST Sat
		expect(status).toEqual({ state: 'open', until: at('2026-10-25T05:00:00Z') });
		if (status.state !== 'open') throw new Error('expected open');
		const started = osloInstant('2026-10-24', 22 * 60).getTime();
		expect((status.until.getTime() - started) / 3_600_000).toBe(9);
	});

	it('reads a time the fall-back night has twice as the first one, like every Oslo time', () => {
		// 02:30 on 25 October 2026 happens at 00:30Z (summer time) and again at 01:30Z.
		const early: WeeklyRule[] = [{ byday: 'SU', opensAt: '02:30', closesAt: '04:00' }];
		const status = openingStatus(early, [], at('2026-10-25T00:00:00Z'));
		expect(status).toEqual({ state: 'closed', next: at('2026-10-25T00:30:00Z') });
	});

	it('keeps hours that cross midnight open after midnight', () => {
		const friday: WeeklyRule[] = [{ byday: 'FR', opensAt: '20:00', closesAt: '02:00' }];
		const now = at('2026-11-28T00:30:00Z'); // Saturday 01:30 Oslo
		const status = openingStatus(friday, [], now);
		expect(status).toEqual({ state: 'open', until: at('2026-11-28T01:00:00Z') });
		expect(openingLabel(status, now, 'nb')).toEqual({ key: 'open_until', time: '02:00' });
	});

	it('a closed day (exception without times) overrides the weekly rule', () => {
		const christmasEve = [{ date: '2026-12-24' }];
		const now = at('2026-12-24T09:00:00Z'); // Thursday 10:00
		const status = openingStatus(weekdays, christmasEve, now);
		expect(status).toEqual({ state: 'closed', next: at('2026-12-25T07:00:00Z') });
	});

	it('an exception with other hours replaces that day only', () => {
		const short = [{ date: '2026-11-23', opensAt: '10:00', closesAt: '12:00' }];
		expect(openingStatus(weekdays, short, at('2026-11-23T08:00:00Z'))).toEqual({
			state: 'closed',
			next: at('2026-11-23T09:00:00Z')
		});
	});

	it('24/7 rules are reported as always open, also across the DST change', () => {
		const allDay: WeeklyRule[] = [
			{ byday: 'MO,TU,WE,TH,FR,SA,SU', opensAt: '00:00', closesAt: '24:00' }
		];
		expect(openingStatus(allDay, [], at('2026-10-25T01:30:00Z'))).toEqual({ state: 'always' });
		expect(openingStatus(allDay, [], at('2026-03-29T01:30:00Z'))).toEqual({ state: 'always' });
	});

	it('weekday evenings plus whole weekends (an out-of-hours service) chain into one interval', () => {
		const outOfHours: WeeklyRule[] = [
			{ byday: 'MO,TU,WE,TH,FR', opensAt: '15:30', closesAt: '08:00' },
			{ byday: 'SA,SU', opensAt: '08:00', closesAt: '08:00' }
		];
		// Friday 20:00 → open until Monday 08:00.
		const status = openingStatus(outOfHours, [], at('2026-11-27T19:00:00Z'));
		expect(status).toEqual({ state: 'open', until: at('2026-11-30T07:00:00Z') });
	});

	it('respects valid_from and valid_to', () => {
		const summerOnly: WeeklyRule[] = [
			{ ...weekdays[0], validFrom: '2026-06-01', validTo: '2026-08-31' }
		];
		expect(openingStatus(summerOnly, [], at('2026-11-23T09:00:00Z'))).toEqual({
			state: 'closed',
			next: null
		});
	});

	it('without any rules the hours are unknown', () => {
		expect(openingStatus([], [], at('2026-11-23T09:00:00Z'))).toEqual({ state: 'unknown' });
	});
});

describe('isOpenOrSoon', () => {
	it('counts opening within two hours as soon, but not the next morning', () => {
		expect(
			isOpenOrSoon(
				openingStatus(weekdays, [], at('2026-11-23T06:00:00Z')),
				at('2026-11-23T06:00:00Z')
			)
		).toBe(true);
		expect(
			isOpenOrSoon(
				openingStatus(weekdays, [], at('2026-11-23T20:00:00Z')),
				at('2026-11-23T20:00:00Z')
			)
		).toBe(false);
	});
});
