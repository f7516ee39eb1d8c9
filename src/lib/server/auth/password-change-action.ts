import { fail, type RequestEvent } from '@sveltejs/kit';
import * as v from 'valibot';
import { fieldErrors } from '$lib/server/forms';
import { changeOwnPassword } from './account-admin';
import type { AuthUser } from './guard';
import { maximumPasswordLength } from './password';

// Cut one past the limit, so an over-long password is still reported as too long.
const typed = v.pipe(
	v.string(),
	v.transform((text) => text.slice(0, maximumPasswordLength + 1))
);

const PasswordChangeForm = v.object({
	current: v.pipe(v.string('required'), v.nonEmpty('required'), typed),
	next: v.pipe(v.string('too_short'), typed)
});

/**
 * The "change your password" form action, shared by /admin/passord and /rad/passord (the
 * session cookie is scoped to those two paths, so each area has its own page). Passwords are
 * never sent back to the form, so nothing typed is kept on errors except by the browser.
 */
export async function passwordChangeAction(event: RequestEvent, user: AuthUser) {
	const form = await event.request.formData();
	const parsed = v.safeParse(PasswordChangeForm, {
		current: form.get('current'),
		next: form.get('next')
	});
	if (!parsed.success) return fail(400, { errors: fieldErrors(parsed.issues) });
	const result = await changeOwnPassword(
		user,
		event.locals.sessionId,
		parsed.output,
		event.getClientAddress()
	);
	if (!result.ok)
		return fail(result.errors.current === 'rate_limited' ? 429 : 400, { errors: result.errors });
	return { passwordChanged: true };
}
