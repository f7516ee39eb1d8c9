import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizedPath } from '$lib/i18n/languages';
import { messagesJson } from '$lib/i18n/messages.server';
import { formReferrerPolicy } from '$lib/server/auth/handle';
import { parseLinkForm } from '$lib/server/auth/link-form';
import { checkLink, redeemLink } from '$lib/server/auth/links';
import type { FormErrors } from '$lib/server/forms';
import { renderedOnServer } from '$lib/render-only';

export const load: PageServerLoad = async ({ params, locals, setHeaders }) => {
	// The token is in the path: keep this page out of every cache, shared or not.
	setHeaders({ 'cache-control': 'private, no-store', 'referrer-policy': formReferrerPolicy });
	const check = await checkLink(params.token);
	return renderedOnServer({
		translations: messagesJson(locals.lang, ['account']),
		status: check.status,
		kind: check.status === 'ok' ? check.link.kind : null,
		email: check.status === 'ok' ? check.link.email : null
	});
};

const noErrors: FormErrors = {};

export const actions: Actions = {
	default: async ({ params, request, locals }) => {
		const check = await checkLink(params.token);
		if (check.status !== 'ok')
			return fail(410, { status: check.status, errors: noErrors, values: { name: '' } });
		const input = parseLinkForm(await request.formData(), check.link.kind);
		if (!input.ok) return fail(400, { errors: input.errors, values: input.values });
		const status = await redeemLink(params.token, input.value);
		if (status !== 'ok') return fail(410, { status, errors: noErrors, values: input.values });
		redirect(303, localizedPath('/logg-inn', locals.lang) + '?lagret=1');
	}
};
