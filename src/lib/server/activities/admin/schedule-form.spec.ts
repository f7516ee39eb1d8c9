import { describe, expect, it } from 'vitest';
import { describeSchedule, parseScheduleForm, scheduleValues } from './schedule-form';

function form(fields: Record<string, string | string[]>): FormData {
	const data = new FormData();
	for (const [key, value] of Object.entries(fields))
		for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
	return data;
}

const weekly = {
	kind: 'weekly',
	days: ['WE', 'MO'],
	startTime: '17:00',
	endTime: '18:30',
	startDate: '2026-11-23',
	endDate: '2027-06-20'
};

describe('parseScheduleForm', () => {
	it('turns a weekly time into a schedule row, weekdays in week order', () => {
		const parsed = parseScheduleForm(form(weekly));
		expect(parsed).toMatchObject({
			ok: true,
			value: {
				byDay: 'MO,WE',
				startTime: '17:00',
				endTime: '18:30',
				startDate: '2026-11-23',
				endDate: '2027-06-20'
			}
		});
	});

	it('leaves "valid to" open when it is empty', () => {
		const parsed = parseScheduleForm(form({ ...weekly, endDate: '' }));
		expect(parsed.ok && parsed.value.endDate).toBeNull();
	});

	it('stores a one-off date as a schedule without weekdays that starts and ends that day', () => {
		const parsed = parseScheduleForm(
			form({
				kind: 'once',
				startTime: '18:00',
				endTime: '20:00',
				startDate: '2026-12-04',
				endDate: '2027-01-01'
			})
		);
		expect(parsed).toMatchObject({
			ok: true,
			value: { byDay: null, startDate: '2026-12-04', endDate: '2026-12-04' }
		});
	});

	it('wants the end after the start, in time and in dates', () => {
		const parsed = parseScheduleForm(
			form({ ...weekly, startTime: '18:00', endTime: '17:59', endDate: '2026-11-23' })
		);
		expect(parsed).toMatchObject({
			ok: false,
			errors: { endTime: 'time_order', endDate: 'date_order' }
		});
		expect(parseScheduleForm(form({ ...weekly, endTime: '17:00' }))).toMatchObject({
			ok: false,
			errors: { endTime: 'time_order' }
		});
	});

	it('refuses dates and times that do not exist, and keeps what was typed', () => {
		const parsed = parseScheduleForm(
			form({
				...weekly,
				days: [],
				startTime: '24:30',
				startDate: '2027-02-29',
				endDate: '2027-13-01'
			})
		);
		expect(parsed).toEqual({
			ok: false,
			errors: {
				days: 'days_required',
				startTime: 'time_invalid',
				startDate: 'date_invalid',
				endDate: 'date_invalid'
			},
			values: {
				kind: 'weekly',
				days: [],
				startTime: '24:30',
				endTime: '18:30',
				startDate: '2027-02-29',
				endDate: '2027-13-01'
			}
		});
		expect(parseScheduleForm(form({ ...weekly, startDate: '' }))).toMatchObject({
			ok: false,
			errors: { startDate: 'date_required' }
		});
	});

	it('ignores weekday codes it does not know', () => {
		expect(parseScheduleForm(form({ ...weekly, days: ['XX', '<b>'] }))).toMatchObject({
			ok: false,
			errors: { days: 'days_required' }
		});
	});
});

describe('scheduleValues and describeSchedule', () => {
	it('round-trip a saved weekly row and describe a one-off one', () => {
		const row = {
			byDay: 'TU,TH',
			startTime: '15:00',
			endTime: '16:00',
			startDate: '2026-08-18',
			endDate: null
		};
		const parsed = parseScheduleForm(form({ ...scheduleValues(row) }));
		expect(parsed.ok && parsed.value).toEqual(row);
		expect(
			describeSchedule({ ...row, byDay: null, startDate: '2026-12-04', endDate: '2026-12-04' })
		).toBe('2026-12-04 15:00–16:00');
	});
});
