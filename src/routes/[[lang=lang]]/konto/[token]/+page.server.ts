import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import type { Actions, PageServerLoad } from './$types';
import { localizedPath } from '$lib/i18n/languages';
import { messagesJson } from '$lib/i18n/messages.server';
import { formReferrerPolicy } from '$lib/server/auth/handle';
import { checkLink, redeemLink } from '$lib/server/auth/links';
import { passwordProblem } from '$lib/server/auth/password';

export const load: PageServerLoad = async ({ params, locals, setHeaders }) => {
	// The token is in the path: keep this page out of every cache, shared or not.
	setHeaders({ 'cache-control': 'private, no-store', 'referrer-policy': formReferrerPolicy });
	const check = await checkLink(params.token);
	return {
		translations: messagesJson(locals.lang, ['account']),
		status: check.status,
		kind: check.status === 'ok' ? check.link.kind : null,
		email: check.status === 'ok' ? check.link.email : null
	};
};

type FieldErrors = { name?: string; password?: string };
const noErrors: FieldErrors = {};

const Name = v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(100));

export const actions: Actions = {
	default: async ({ params, request, locals }) => {
		const check = await checkLink(params.token);
		if (check.status !== 'ok')
			return fail(410, { status: check.status, errors: noErrors, values: { name: '' } });
		const form = await request.formData();
		const rawName = form.get('name');
		const password = form.get('password');
		const values = { name: typeof rawName === 'string' ? rawName.slice(0, 100) : '' };
		const errors: FieldErrors = {};

		let name: string | null = null;
		if (check.link.kind === 'invite') {
			const parsed = v.safeParse(Name, rawName);
			if (parsed.success) name = parsed.output;
			else errors.name = 'name_required';
		}
		const problem = typeof password === 'string' ? passwordProblem(password) : 'too_short';
		if (problem) errors.password = `password_${problem}`;
		if (errors.name || errors.password || typeof password !== 'string')
			return fail(400, { errors, values });

		const status = await redeemLink(params.token, { name, password });
		if (status !== 'ok') return fail(410, { status, errors: noErrors, values });
		redirect(303, localizedPath('/logg-inn', locals.lang) + '?lagret=1');
	}
};
