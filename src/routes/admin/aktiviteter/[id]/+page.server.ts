import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import * as v from 'valibot';
import type { Actions, PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { requireRole } from '$lib/server/auth/guard';
import {
	cancelOccurrence,
	changeSchedule,
	deleteActivity,
	getActivityForEdit,
	restoreOccurrence,
	saveActivity,
	type ScheduleChange
} from '$lib/server/staff/activities';
import { isLocalDate, localToday } from '$lib/server/activities/time';
import { parseScheduleForm, scheduleValues } from '$lib/server/staff/schedule-form';

function activityId(event: RequestEvent): number {
	const id = Number(event.params.id);
	if (!Number.isInteger(id) || id < 1) error(404, 'Not found');
	return id;
}

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'editor');
	const found = await getActivityForEdit(user, activityId(event));
	if (!found) error(404, 'Not found');
	return {
		translations: messagesJson(event.locals.lang, ['admin', 'admin_activities']),
		activity: {
			...found,
			schedules: found.schedules.map((s) => ({ ...s, values: scheduleValues(s) }))
		},
		justSaved: event.url.searchParams.has('lagret'),
		justCreated: event.url.searchParams.has('ny'),
		today: localToday(),
		scheduleDone: ['added', 'saved', 'removed'].find((k) => event.url.searchParams.get('tid') === k)
	};
};

const age = v.pipe(v.string(), v.trim(), v.regex(/^\d{1,2}$/, 'age_invalid'), v.transform(Number));
const ActivityForm = v.object({
	name: v.pipe(v.string(), v.trim(), v.nonEmpty('required'), v.maxLength(200, 'too_long')),
	description: v.pipe(v.string(), v.trim(), v.nonEmpty('required'), v.maxLength(5000, 'too_long')),
	ageMin: age,
	ageMax: age,
	version: v.pipe(v.string(), v.regex(/^\d{1,9}$/, 'stale_form'), v.transform(Number))
});
const Occurrence = v.object({
	scheduleId: v.pipe(v.string(), v.regex(/^\d{1,9}$/), v.transform(Number)),
	date: v.pipe(
		v.string(),
		v.check((value) => isLocalDate(value), 'dates_invalid')
	),
	reason: v.pipe(v.string(), v.trim(), v.maxLength(300, 'too_long'))
});

function issuesToErrors(issues: v.BaseIssue<unknown>[]): Record<string, string> {
	const errors: Record<string, string> = {};
	for (const issue of issues) {
		const key = issue.path?.[0]?.key;
		if (typeof key === 'string' && !errors[key]) errors[key] = issue.message;
	}
	return errors;
}

export const actions: Actions = {
	delete: async (event) => {
		const user = requireRole(event, 'editor');
		const id = activityId(event);
		const form = await event.request.formData();
		if (form.get('confirm') !== 'yes') return fail(400, { deleteError: 'confirm_delete' });
		if (!(await deleteActivity(user, id))) error(404, 'Not found');
		redirect(303, '/admin/aktiviteter?slettet');
	},
	save: async (event) => {
		const user = requireRole(event, 'editor');
		const id = activityId(event);
		const form = await event.request.formData();
		const raw = Object.fromEntries(
			['name', 'description', 'ageMin', 'ageMax', 'version'].map((k) => [k, form.get(k) ?? ''])
		);
		const values = {
			...Object.fromEntries(
				Object.entries(raw).map(([k, val]) => [
					k,
					typeof val === 'string' ? val.slice(0, 5000) : ''
				])
			),
			published: form.get('published') === 'on',
			isFree: form.get('isFree') === 'on',
			dropIn: form.get('dropIn') === 'on'
		};
		const parsed = v.safeParse(ActivityForm, raw);
		if (!parsed.success) return fail(400, { errors: issuesToErrors(parsed.issues), values });
		const { version, ...fields } = parsed.output;
		if (fields.ageMin > fields.ageMax)
			return fail(400, { errors: { ageMax: 'age_order' }, values });
		const result = await saveActivity(user, id, version, {
			...fields,
			published: values.published,
			isFree: values.isFree,
			dropIn: values.dropIn
		});
		if (!result.ok && result.reason === 'not_found') error(404, 'Not found');
		if (!result.ok) {
			const current = await getActivityForEdit(user, id);
			return fail(409, {
				errors: { form: 'conflict' },
				values: { ...values, version: String(current?.version ?? version) }
			});
		}
		redirect(303, `/admin/aktiviteter/${id}?lagret=1`);
	},
	cancel: async (event) => {
		const user = requireRole(event, 'editor');
		const form = await event.request.formData();
		const parsed = v.safeParse(Occurrence, {
			scheduleId: form.get('scheduleId') ?? '',
			date: form.get('date') ?? '',
			reason: form.get('reason') ?? ''
		});
		if (!parsed.success) return fail(400, { cancelErrors: issuesToErrors(parsed.issues) });
		const { scheduleId, date, reason } = parsed.output;
		if (!(await cancelOccurrence(user, activityId(event), scheduleId, date, reason)))
			error(404, 'Not found');
		return { cancelled: date };
	},
	restore: async (event) => {
		const user = requireRole(event, 'editor');
		const form = await event.request.formData();
		const parsed = v.safeParse(Occurrence, {
			scheduleId: form.get('scheduleId') ?? '',
			date: form.get('date') ?? '',
			reason: ''
		});
		if (!parsed.success) return fail(400, { cancelErrors: issuesToErrors(parsed.issues) });
		if (
			!(await restoreOccurrence(
				user,
				activityId(event),
				parsed.output.scheduleId,
				parsed.output.date
			))
		)
			error(404, 'Not found');
		return { restored: parsed.output.date };
	},
	addSchedule: (event) => scheduleAction(event, 'add'),
	updateSchedule: (event) => scheduleAction(event, 'update'),
	removeSchedule: (event) => scheduleAction(event, 'remove')
};

/**
 * The three schedule forms. Each form says which it is (`formId`: `new-weekly`, `new-once`
 * or `s<schedule id>`), so a refusal is shown on that form with what was typed.
 */
async function scheduleAction(event: RequestEvent, op: ScheduleChange['op']) {
	const user = requireRole(event, 'editor');
	const id = activityId(event);
	const form = await event.request.formData();
	const rawFormId = form.get('formId');
	const formId =
		typeof rawFormId === 'string' && /^(new-weekly|new-once|s\d{1,9})$/.test(rawFormId)
			? rawFormId
			: 'new-weekly';
	const rawVersion = form.get('version');
	const version =
		typeof rawVersion === 'string' && /^\d{1,9}$/.test(rawVersion) ? Number(rawVersion) : 0;
	const rawSchedule = form.get('scheduleId');
	const scheduleId =
		typeof rawSchedule === 'string' && /^\d{1,9}$/.test(rawSchedule) ? Number(rawSchedule) : 0;

	let change: ScheduleChange;
	let values = null;
	if (op === 'remove') {
		change = { op, scheduleId };
	} else {
		const parsed = parseScheduleForm(form);
		values = parsed.values;
		if (!parsed.ok)
			return fail(400, {
				scheduleForm: formId,
				scheduleErrors: parsed.errors,
				scheduleValues: values
			});
		change = op === 'add' ? { op, input: parsed.value } : { op, scheduleId, input: parsed.value };
	}
	const result = await changeSchedule(user, id, version, change);
	if (!result.ok && result.reason === 'conflict')
		return fail(409, {
			scheduleForm: formId,
			scheduleErrors: { form: 'conflict' },
			scheduleValues: values,
			currentVersion: result.version
		});
	if (!result.ok) {
		if (op === 'add') error(404, 'Not found');
		return fail(404, {
			scheduleForm: formId,
			scheduleErrors: { form: 'not_found' },
			scheduleValues: values
		});
	}
	const done = { add: 'added', update: 'saved', remove: 'removed' }[op];
	redirect(303, `/admin/aktiviteter/${id}?tid=${done}#tider`);
}
