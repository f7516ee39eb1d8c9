import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { formReferrerPolicy } from '$lib/server/auth/handle';
import { requestPasswordReset } from '$lib/server/auth/links';
import { parseResetRequestForm } from '$lib/server/auth/login-form';
import { renderedOnServer } from '$lib/render-only';

export const load: PageServerLoad = ({ setHeaders, locals }) => {
	setHeaders({ 'referrer-policy': formReferrerPolicy });
	return renderedOnServer({
		translations: messagesJson(locals.lang, ['account'])
	});
};

export const actions: Actions = {
	default: async ({ request, url, getClientAddress }) => {
		const input = parseResetRequestForm(await request.formData());
		if (!input.ok) return fail(400, { invalid: true, email: input.email });
		// Not awaited on purpose: the answer goes before any lookup or mail (see links.ts).
		requestPasswordReset(input.email, getClientAddress(), url.origin);
		return { sent: true };
	}
};
