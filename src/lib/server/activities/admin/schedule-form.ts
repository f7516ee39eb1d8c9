import {
	isLocalDate,
	isLocalTime,
	minutesOf,
	weekdayCodes,
	type WeekdayCode
} from '$lib/server/activities/time';

/**
 * The activity schedule forms (add/edit a weekly time or a one-off date), from FormData
 * (every value `unknown`) to a row for `activity_schedule`, with one message key per wrong
 * field and the values as typed, so a failed save shows them again.
 *
 * A weekly schedule has one or more weekdays, a start and end time and a "valid from" date,
 * optionally a "valid to" date. A one-off date is stored as a schedule without weekdays whose
 * start and end dates are that date (the catalog's convention).
 */
export type ScheduleKind = 'weekly' | 'once';

export type ScheduleInput = {
	byDay: string | null;
	startTime: string;
	endTime: string;
	startDate: string;
	endDate: string | null;
};

export type ScheduleValues = {
	kind: ScheduleKind;
	days: string[];
	startTime: string;
	endTime: string;
	startDate: string;
	endDate: string;
};

export type ScheduleErrorKey =
	'days_required' | 'time_invalid' | 'time_order' | 'date_invalid' | 'date_required' | 'date_order';

export type ScheduleErrors = Partial<Record<keyof ScheduleValues | 'form', string>>;

export type ParsedSchedule =
	| { ok: true; value: ScheduleInput; values: ScheduleValues }
	| { ok: false; errors: ScheduleErrors; values: ScheduleValues };

function text(form: FormData, key: string, max = 20): string {
	const value = form.get(key);
	return typeof value === 'string' ? value.trim().slice(0, max) : '';
}

export function parseScheduleForm(form: FormData): ParsedSchedule {
	const kind: ScheduleKind = form.get('kind') === 'once' ? 'once' : 'weekly';
	const chosen = new Set(form.getAll('days').filter((d) => typeof d === 'string'));
	const days = weekdayCodes.filter((code) => chosen.has(code));
	const values: ScheduleValues = {
		kind,
		days,
		startTime: text(form, 'startTime'),
		endTime: text(form, 'endTime'),
		startDate: text(form, 'startDate'),
		endDate: kind === 'weekly' ? text(form, 'endDate') : ''
	};
	const errors: ScheduleErrors = {};

	if (kind === 'weekly' && days.length === 0) errors.days = 'days_required';
	if (!isLocalTime(values.startTime)) errors.startTime = 'time_invalid';
	if (!isLocalTime(values.endTime)) errors.endTime = 'time_invalid';
	else if (!errors.startTime && minutesOf(values.endTime) <= minutesOf(values.startTime))
		errors.endTime = 'time_order';

	if (values.startDate === '') errors.startDate = 'date_required';
	else if (!isRealDate(values.startDate)) errors.startDate = 'date_invalid';
	if (values.endDate !== '') {
		if (!isRealDate(values.endDate)) errors.endDate = 'date_invalid';
		else if (!errors.startDate && values.endDate <= values.startDate) errors.endDate = 'date_order';
	}

	if (Object.keys(errors).length > 0) return { ok: false, errors, values };
	return {
		ok: true,
		values,
		value: {
			byDay: kind === 'weekly' ? (days as WeekdayCode[]).join(',') : null,
			startTime: values.startTime,
			endTime: values.endTime,
			startDate: values.startDate,
			endDate: kind === 'once' ? values.startDate : values.endDate || null
		}
	};
}

/** A calendar date that exists (no 31 April), within a range that makes sense for a schedule. */
function isRealDate(value: string): boolean {
	return isLocalDate(value) && value >= '2000-01-01' && value <= '2099-12-31';
}

/** The form values of a saved schedule, for showing it in its edit form. */
export function scheduleValues(row: ScheduleInput): ScheduleValues {
	const once = row.byDay === null;
	return {
		kind: once ? 'once' : 'weekly',
		days: row.byDay ? row.byDay.split(',') : [],
		startTime: row.startTime,
		endTime: row.endTime,
		startDate: row.startDate,
		endDate: once ? '' : (row.endDate ?? '')
	};
}

/** One line for the audit log: "MO,WE 17:00–18:30 2026-01-05–" or "2026-12-01 18:00–20:00". */
export function describeSchedule(row: ScheduleInput): string {
	if (row.byDay === null) return `${row.startDate} ${row.startTime}–${row.endTime}`;
	return `${row.byDay} ${row.startTime}–${row.endTime} ${row.startDate}–${row.endDate ?? ''}`;
}
