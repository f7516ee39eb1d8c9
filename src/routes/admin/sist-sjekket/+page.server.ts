import { error, fail } from '@sveltejs/kit';
import * as v from 'valibot';
import type { Actions, PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { requireRole } from '$lib/server/auth/guard';
import { confirmStillCorrect, listStaleContent } from '$lib/server/last-checked';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'editor');
	return {
		translations: messagesJson(event.locals.lang, ['admin']),
		items: await listStaleContent(user.municipalityId)
	};
};

const Confirm = v.object({
	entity: v.picklist(['service', 'activity']),
	id: v.pipe(v.string(), v.regex(/^\d{1,9}$/), v.transform(Number))
});

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'editor');
		const form = await event.request.formData();
		const parsed = v.safeParse(Confirm, { entity: form.get('entity'), id: form.get('id') });
		if (!parsed.success) return fail(400, { invalid: true });
		if (!(await confirmStillCorrect(user, parsed.output.entity, parsed.output.id)))
			error(404, 'Not found');
		return { confirmed: true };
	}
};
