import * as v from 'valibot';
import { fieldErrors, formText, formVersion } from '$lib/server/forms';
import { isLocalDate, isLocalTime, minutesOf, weekdayCodes } from '$lib/server/time';

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

/** A calendar date that exists (no 31 April), within a range that makes sense for a schedule. */
function isRealDate(value: string): boolean {
	return isLocalDate(value) && value >= '2000-01-01' && value <= '2099-12-31';
}

const clock = v.pipe(v.string(), v.check(isLocalTime, 'time_invalid'));

// The order checks run only on values that are themselves valid, so a field shows one problem.
const ScheduleForm = v.pipe(
	v.object({
		kind: v.picklist(['weekly', 'once']),
		days: v.array(v.picklist(weekdayCodes)),
		startTime: clock,
		endTime: clock,
		startDate: v.pipe(
			v.string(),
			v.nonEmpty('date_required'),
			v.check((date) => date === '' || isRealDate(date), 'date_invalid')
		),
		endDate: v.pipe(
			v.string(),
			v.check((date) => date === '' || isRealDate(date), 'date_invalid')
		)
	}),
	v.forward(
		v.check((s) => s.kind === 'once' || s.days.length > 0, 'days_required'),
		['days']
	),
	v.forward(
		v.check(
			(s) =>
				!isLocalTime(s.startTime) ||
				!isLocalTime(s.endTime) ||
				minutesOf(s.endTime) > minutesOf(s.startTime),
			'time_order'
		),
		['endTime']
	),
	v.forward(
		v.check(
			(s) =>
				s.endDate === '' ||
				!isRealDate(s.startDate) ||
				!isRealDate(s.endDate) ||
				s.endDate > s.startDate,
			'date_order'
		),
		['endDate']
	),
	v.transform((s): ScheduleInput => ({
		byDay: s.kind === 'weekly' ? s.days.join(',') : null,
		startTime: s.startTime,
		endTime: s.endTime,
		startDate: s.startDate,
		endDate: s.kind === 'once' ? s.startDate : s.endDate || null
	}))
);

const typed = (form: FormData, key: string) => formText(form, key).trim().slice(0, 20);

export function parseScheduleForm(form: FormData): ParsedSchedule {
	const kind: ScheduleKind = form.get('kind') === 'once' ? 'once' : 'weekly';
	const chosen = new Set(form.getAll('days').filter((d) => typeof d === 'string'));
	const values: ScheduleValues = {
		kind,
		// Unknown codes are dropped, the rest put in week order.
		days: weekdayCodes.filter((code) => chosen.has(code)),
		startTime: typed(form, 'startTime'),
		endTime: typed(form, 'endTime'),
		startDate: typed(form, 'startDate'),
		endDate: kind === 'weekly' ? typed(form, 'endDate') : ''
	};
	const result = v.safeParse(ScheduleForm, values);
	if (!result.success) return { ok: false, errors: fieldErrors(result.issues), values };
	return { ok: true, value: result.output, values };
}

/**
 * Which of the page's schedule forms was sent (`new-weekly`, `new-once` or `s<schedule id>`,
 * so a refusal is shown on that form), the activity version it was rendered with, and the
 * schedule it is about (0 for a new one).
 */
export function scheduleFormTarget(form: FormData): {
	formId: string;
	version: number;
	scheduleId: number;
} {
	const formId = formText(form, 'formId', 20);
	const scheduleId = formText(form, 'scheduleId', 20);
	return {
		formId: /^(new-weekly|new-once|s\d{1,9})$/.test(formId) ? formId : 'new-weekly',
		version: formVersion(form),
		scheduleId: /^\d{1,9}$/.test(scheduleId) ? Number(scheduleId) : 0
	};
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
