import { fail, type RequestEvent } from '@sveltejs/kit';
import { changeOwnPassword } from './account-admin';
import type { AuthUser } from './guard';
import { maximumPasswordLength } from './password';

/**
 * The "change your password" form action, shared by /admin/passord and /rad/passord (the
 * session cookie is scoped to those two paths, so each area has its own page). Passwords are
 * never sent back to the form, so nothing typed is kept on errors except by the browser.
 */
export async function passwordChangeAction(event: RequestEvent, user: AuthUser) {
	const form = await event.request.formData();
	const current = form.get('current');
	const next = form.get('next');
	const errors: { current?: string; next?: string } = {};
	if (typeof current !== 'string' || current.length === 0) errors.current = 'required';
	if (typeof next !== 'string') errors.next = 'too_short';
	if (errors.current || errors.next) return fail(400, { errors });
	const result = await changeOwnPassword(
		user,
		event.locals.sessionId,
		{
			current: (current as string).slice(0, maximumPasswordLength + 1),
			next: (next as string).slice(0, maximumPasswordLength + 1)
		},
		event.getClientAddress()
	);
	if (!result.ok)
		return fail(result.errors.current === 'rate_limited' ? 429 : 400, { errors: result.errors });
	return { passwordChanged: true };
}
