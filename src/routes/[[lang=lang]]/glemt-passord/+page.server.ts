import { fail } from '@sveltejs/kit';
import * as v from 'valibot';
import type { Actions, PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { formReferrerPolicy } from '$lib/server/auth/handle';
import { requestPasswordReset } from '$lib/server/auth/links';

export const load: PageServerLoad = ({ setHeaders, locals }) => {
	setHeaders({ 'referrer-policy': formReferrerPolicy });
	return {
		translations: messagesJson(locals.lang, ['account'])
	};
};

const Email = v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(254), v.email());

export const actions: Actions = {
	default: async ({ request, url }) => {
		const raw = (await request.formData()).get('email');
		const parsed = v.safeParse(Email, raw);
		if (!parsed.success)
			return fail(400, { invalid: true, email: typeof raw === 'string' ? raw.slice(0, 254) : '' });
		await requestPasswordReset(parsed.output, url.origin);
		return { sent: true };
	}
};
