import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { formReferrerPolicy } from '$lib/server/auth/handle';
import { afterLoginPath, logIn } from '$lib/server/auth/login';
import { parseLoginForm } from '$lib/server/auth/login-form';
import { setSessionCookies } from '$lib/server/auth/session';
import { renderedOnServer } from '$lib/render-only';

export const load: PageServerLoad = ({ setHeaders, locals, url }) => {
	setHeaders({ 'referrer-policy': formReferrerPolicy });
	return renderedOnServer({
		translations: messagesJson(locals.lang, ['account']),
		next: url.searchParams.get('neste') ?? '',
		saved: url.searchParams.has('lagret')
	});
};

export const actions: Actions = {
	default: async (event) => {
		const input = parseLoginForm(await event.request.formData());
		if (!input.ok) return fail(400, { values: input.values, error: 'invalid' as const });
		const { email, password, next } = input.value;
		const result = await logIn(email, password, event.getClientAddress());
		if (!result.ok) {
			const status = { rate_limited: 429, disabled: 403, invalid: 400 }[result.reason];
			return fail(status, { values: input.values, error: result.reason });
		}
		setSessionCookies(event.cookies, event.url, result.token, result.expiresAt);
		redirect(303, afterLoginPath(next, result.user));
	}
};
