import * as v from 'valibot';
import { activityKinds } from '$lib/server/db/schema';
import {
	parseFields,
	requiredText,
	type FormErrors,
	type FormValues,
	type Parsed
} from '$lib/server/forms';
import { isLocalDate } from '$lib/server/time';
import { activityTypes, type ActivityType } from '$lib/server/activities/vocabulary';
import type { ActivityEdit, NewActivity } from './activities';

/**
 * The staff activity forms, from FormData (every value `unknown`) to typed input or one
 * message key per wrong field (`admin_activities.error_*` / `admin.error_*`), with the values
 * as typed so a refused form shows them again.
 */

/** The `[id]` of an activity URL, or null when it cannot be one. */
export function parseActivityId(raw: string): number | null {
	return /^\d{1,9}$/.test(raw) && Number(raw) >= 1 ? Number(raw) : null;
}

const age = v.pipe(v.string(), v.trim(), v.regex(/^\d{1,2}$/, 'age_invalid'), v.transform(Number));
const name = requiredText(200);
const choice = (message: string) =>
	v.pipe(v.string(message), v.regex(/^\d{1,9}$/, message), v.transform(Number));

const ActivityForm = v.object({
	name,
	description: requiredText(5000),
	ageMin: age,
	ageMax: age,
	version: v.pipe(v.string(), v.regex(/^\d{1,9}$/, 'stale_form'), v.transform(Number))
});
const activityFields = ['name', 'description', 'ageMin', 'ageMax', 'version'] as const;
const activityFlags = ['published', 'isFree', 'dropIn'] as const;

/** The edit form: texts, ages (the lower first), the three switches, and its version. */
export function parseActivityForm(form: FormData): Parsed<{ version: number; edit: ActivityEdit }> {
	const parsed = parseFields(ActivityForm, form, activityFields);
	const flags = Object.fromEntries(activityFlags.map((k) => [k, form.get(k) === 'on'])) as Record<
		(typeof activityFlags)[number],
		boolean
	>;
	const values: FormValues = { ...parsed.values, ...flags };
	if (!parsed.ok) return { ok: false, errors: parsed.errors, values };
	const { version, ...fields } = parsed.value;
	if (fields.ageMin > fields.ageMax) return { ok: false, errors: { ageMax: 'age_order' }, values };
	return { ok: true, value: { version, edit: { ...fields, ...flags } }, values };
}

const NewActivityForm = v.object({
	name,
	kind: v.picklist(activityKinds, 'choose'),
	activityType: v.picklist(Object.keys(activityTypes) as ActivityType[], 'choose'),
	organizerId: choice('choose'),
	locationId: choice('choose'),
	ageMin: age,
	ageMax: age
});
const newActivityFields = [
	'name',
	'kind',
	'activityType',
	'organizerId',
	'locationId',
	'ageMin',
	'ageMax'
] as const;

/** The "new activity" form: the fewest facts a draft needs. */
export function parseNewActivityForm(form: FormData): Parsed<NewActivity> {
	const parsed = parseFields(NewActivityForm, form, newActivityFields);
	const errors: FormErrors = parsed.ok ? {} : { ...parsed.errors };
	// Said together with the other problems, not only once they are fixed.
	const [min, max] = [parsed.values.ageMin, parsed.values.ageMax].map((a) =>
		Number(String(a).trim())
	);
	if (!errors.ageMin && !errors.ageMax && min > max) errors.ageMax = 'age_order';
	if (!parsed.ok || errors.ageMax) return { ok: false, errors, values: parsed.values };
	return parsed;
}

const occurrence = {
	scheduleId: v.pipe(v.string(), v.regex(/^\d{1,9}$/), v.transform(Number)),
	date: v.pipe(v.string(), v.check(isLocalDate, 'dates_invalid'))
};
const CancelForm = v.object({
	...occurrence,
	reason: v.pipe(v.string(), v.trim(), v.maxLength(300, 'too_long'))
});
const RestoreForm = v.object(occurrence);

/** Calling off one session (a date of one schedule), with the reason young people see. */
export function parseCancelForm(form: FormData) {
	return parseFields(CancelForm, form, ['scheduleId', 'date', 'reason']);
}

/** Taking a cancellation back. */
export function parseRestoreForm(form: FormData) {
	return parseFields(RestoreForm, form, ['scheduleId', 'date']);
}

/** Deleting asks for a ticked confirmation, so one stray click cannot remove an activity. */
export function isDeleteConfirmed(form: FormData): boolean {
	return form.get('confirm') === 'yes';
}
