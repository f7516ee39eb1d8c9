import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import * as v from 'valibot';
import type { Actions, PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { requireRole } from '$lib/server/auth/guard';
import {
	cancelOccurrence,
	getActivityForEdit,
	restoreOccurrence,
	saveActivity
} from '$lib/server/staff/activities';

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
		translations: messagesJson(event.locals.lang, ['admin']),
		activity: found,
		justSaved: event.url.searchParams.has('lagret')
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
	date: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'dates_invalid')),
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
	}
};
