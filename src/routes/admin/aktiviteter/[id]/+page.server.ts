import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
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
} from '$lib/server/activities/admin/activities';
import {
	isDeleteConfirmed,
	parseActivityForm,
	parseActivityId,
	parseCancelForm,
	parseRestoreForm
} from '$lib/server/activities/admin/activity-form';
import {
	parseScheduleForm,
	scheduleFormTarget,
	scheduleValues
} from '$lib/server/activities/admin/schedule-form';
import { osloToday } from '$lib/server/time';

function activityId(event: RequestEvent): number {
	const id = parseActivityId(event.params.id ?? '');
	if (id === null) error(404, 'Not found');
	return id;
}

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'editor');
	const found = getActivityForEdit(user, activityId(event));
	if (!found) error(404, 'Not found');
	return {
		translations: messagesJson(event.locals.lang, ['admin', 'admin_activities']),
		activity: {
			...found,
			schedules: found.schedules.map((s) => ({ ...s, values: scheduleValues(s) }))
		},
		justSaved: event.url.searchParams.has('lagret'),
		justCreated: event.url.searchParams.has('opprettet'),
		today: osloToday(),
		scheduleDone: ['added', 'saved', 'removed'].find((k) => event.url.searchParams.get('tid') === k)
	};
};

export const actions: Actions = {
	delete: async (event) => {
		const user = requireRole(event, 'editor');
		const id = activityId(event);
		if (!isDeleteConfirmed(await event.request.formData()))
			return fail(400, { deleteError: 'confirm_delete' });
		if (!deleteActivity(user, id)) error(404, 'Not found');
		redirect(303, '/admin/aktiviteter?slettet=1');
	},
	save: async (event) => {
		const user = requireRole(event, 'editor');
		const id = activityId(event);
		const input = parseActivityForm(await event.request.formData());
		if (!input.ok) return fail(400, { errors: input.errors, values: input.values });
		const result = saveActivity(user, id, input.value.version, input.value.edit);
		if (!result.ok && result.reason === 'not_found') error(404, 'Not found');
		if (!result.ok)
			// What was typed stays, with the current version: saving again overwrites.
			return fail(409, {
				errors: { form: 'conflict' },
				values: { ...input.values, version: String(result.version) }
			});
		redirect(303, `/admin/aktiviteter/${id}?lagret=1`);
	},
	cancel: async (event) => {
		const user = requireRole(event, 'editor');
		const id = activityId(event);
		const input = parseCancelForm(await event.request.formData());
		if (!input.ok) return fail(400, { cancelErrors: input.errors });
		const { scheduleId, date, reason } = input.value;
		if (!cancelOccurrence(user, id, scheduleId, date, reason)) error(404, 'Not found');
		return { cancelled: date };
	},
	restore: async (event) => {
		const user = requireRole(event, 'editor');
		const id = activityId(event);
		const input = parseRestoreForm(await event.request.formData());
		if (!input.ok) return fail(400, { cancelErrors: input.errors });
		const { scheduleId, date } = input.value;
		if (!restoreOccurrence(user, id, scheduleId, date)) error(404, 'Not found');
		return { restored: date };
	},
	addSchedule: (event) => scheduleAction(event, 'add'),
	updateSchedule: (event) => scheduleAction(event, 'update'),
	removeSchedule: (event) => scheduleAction(event, 'remove')
};

/** The three schedule forms; a refusal is shown on the form that was sent, with what was typed. */
async function scheduleAction(event: RequestEvent, op: ScheduleChange['op']) {
	const user = requireRole(event, 'editor');
	const id = activityId(event);
	const form = await event.request.formData();
	const { formId, version, scheduleId } = scheduleFormTarget(form);

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
	const result = changeSchedule(user, id, version, change);
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
