import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import type { Actions, PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { formReferrerPolicy } from '$lib/server/auth/handle';
import { afterLoginPath, logIn } from '$lib/server/auth/login';
import { setSessionCookies } from '$lib/server/auth/session';

export const load: PageServerLoad = ({ setHeaders, locals, url }) => {
	setHeaders({ 'referrer-policy': formReferrerPolicy });
	return {
		translations: messagesJson(locals.lang, ['account']),
		next: url.searchParams.get('neste') ?? '',
		saved: url.searchParams.has('lagret')
	};
};

const LoginForm = v.object({
	email: v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(254), v.email()),
	password: v.pipe(v.string(), v.nonEmpty(), v.maxLength(200)),
	next: v.optional(v.pipe(v.string(), v.maxLength(500)), '')
});

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const email = form.get('email');
		const values = { email: typeof email === 'string' ? email.slice(0, 254) : '' };
		const parsed = v.safeParse(LoginForm, {
			email: form.get('email'),
			password: form.get('password'),
			next: form.get('next') ?? undefined
		});
		if (!parsed.success) return fail(400, { values, error: 'invalid' as const });

		const result = await logIn(
			parsed.output.email,
			parsed.output.password,
			event.getClientAddress()
		);
		if (!result.ok) {
			const status = { rate_limited: 429, disabled: 403, invalid: 400 }[result.reason];
			return fail(status, { values, error: result.reason });
		}
		setSessionCookies(event.cookies, event.url, result.token, result.expiresAt);
		redirect(303, afterLoginPath(parsed.output.next, result.user));
	}
};
