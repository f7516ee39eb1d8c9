import * as v from 'valibot';
import { formText } from '$lib/server/forms';

/**
 * The two forms anyone can use before signing in: log in, and ask for a password reset.
 * A password is never echoed back; the email address is, so a typo can be fixed.
 */

const emailAddress = v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(254), v.email());

const LoginForm = v.object({
	email: emailAddress,
	password: v.pipe(v.string(), v.nonEmpty(), v.maxLength(200)),
	next: v.pipe(v.string(), v.maxLength(500))
});

export type LoginInput = v.InferOutput<typeof LoginForm>;

export type ParsedLogin =
	| { ok: true; value: LoginInput; values: { email: string } }
	| { ok: false; values: { email: string } };

/** One answer for every problem ("invalid"), so the form does not say which field was wrong. */
export function parseLoginForm(form: FormData): ParsedLogin {
	const values = { email: formText(form, 'email', 254) };
	const parsed = v.safeParse(LoginForm, {
		email: form.get('email'),
		password: form.get('password'),
		next: form.get('next') ?? ''
	});
	return parsed.success ? { ok: true, value: parsed.output, values } : { ok: false, values };
}

export type ParsedResetRequest = { ok: true; email: string } | { ok: false; email: string };

export function parseResetRequestForm(form: FormData): ParsedResetRequest {
	const parsed = v.safeParse(emailAddress, form.get('email'));
	return parsed.success
		? { ok: true, email: parsed.output }
		: { ok: false, email: formText(form, 'email', 254) };
}
