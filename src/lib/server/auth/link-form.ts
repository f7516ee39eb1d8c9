import * as v from 'valibot';
import { fieldErrors, formText, type FormErrors } from '$lib/server/forms';
import type { AccountLink } from '$lib/server/db/schema';
import { passwordProblem } from './password';

/**
 * The form behind an invitation or reset link (/konto/[token]): a name (invitations only)
 * and a new password that passes the same rules as everywhere else. Errors are keys under
 * `account.*`; the password is never echoed back.
 */

const name = v.pipe(
	v.string('name_required'),
	v.trim(),
	v.nonEmpty('name_required'),
	v.maxLength(100, 'name_required')
);

const password = v.pipe(
	v.string('password_too_short'),
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const problem = passwordProblem(dataset.value);
		if (problem) addIssue({ message: `password_${problem}` });
	})
);

const InvitationForm = v.object({ name, password });
const ResetForm = v.object({ password });

export type LinkFormValues = { name: string };
export type ParsedLinkForm =
	| { ok: true; value: { name: string | null; password: string }; values: LinkFormValues }
	| { ok: false; errors: FormErrors; values: LinkFormValues };

export function parseLinkForm(form: FormData, kind: AccountLink['kind']): ParsedLinkForm {
	const values = { name: formText(form, 'name', 100) };
	const input = { name: form.get('name'), password: form.get('password') };
	const parsed =
		kind === 'invite'
			? v.safeParse(InvitationForm, input)
			: v.safeParse(
					v.pipe(
						ResetForm,
						v.transform((r) => ({ ...r, name: null }))
					),
					input
				);
	if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.issues), values };
	return { ok: true, value: parsed.output, values };
}
