import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import type { Actions, PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { requireRole } from '$lib/server/auth/guard';
import { activityKinds } from '$lib/server/db/schema';
import { activityTypes } from '$lib/server/activities/vocabulary';
import { createActivity, listCreateOptions } from '$lib/server/staff/activities';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'editor');
	return {
		translations: messagesJson(event.locals.lang, ['admin', 'admin_activities', 'activities']),
		options: await listCreateOptions(user.municipalityId)
	};
};

const id = (message: string) =>
	v.pipe(v.string(message), v.regex(/^\d{1,9}$/, message), v.transform(Number));
const age = v.pipe(v.string(), v.trim(), v.regex(/^\d{1,2}$/, 'age_invalid'), v.transform(Number));
const NewActivityForm = v.object({
	name: v.pipe(v.string(), v.trim(), v.nonEmpty('required'), v.maxLength(200, 'too_long')),
	kind: v.picklist(activityKinds, 'choose'),
	activityType: v.picklist(Object.keys(activityTypes) as (keyof typeof activityTypes)[], 'choose'),
	organizerId: id('choose'),
	locationId: id('choose'),
	ageMin: age,
	ageMax: age
});
const fields = ['name', 'kind', 'activityType', 'organizerId', 'locationId', 'ageMin', 'ageMax'];

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'editor');
		const form = await event.request.formData();
		const values = Object.fromEntries(
			fields.map((k) => {
				const value = form.get(k);
				return [k, typeof value === 'string' ? value.slice(0, 200) : ''];
			})
		);
		const parsed = v.safeParse(NewActivityForm, values);
		const errors: Record<string, string> = {};
		if (!parsed.success)
			for (const issue of parsed.issues) {
				const key = issue.path?.[0]?.key;
				if (typeof key === 'string' && !errors[key]) errors[key] = issue.message;
			}
		// Said together with the other problems, not only once they are fixed.
		const [min, max] = [values.ageMin, values.ageMax].map((a) => Number(a.trim()));
		if (!errors.ageMin && !errors.ageMax && min > max) errors.ageMax = 'age_order';
		if (!parsed.success || errors.ageMax) return fail(400, { errors, values });
		const result = await createActivity(user, parsed.output);
		if (!result.ok) {
			const field = result.reason === 'organizer' ? 'organizerId' : 'locationId';
			return fail(400, { errors: { [field]: 'choose' }, values });
		}
		redirect(303, `/admin/aktiviteter/${result.id}?ny=1`);
	}
};
