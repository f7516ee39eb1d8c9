import * as v from 'valibot';
import { fieldErrors, formText, type FormErrors } from '$lib/server/forms';
import { roles } from '$lib/server/db/schema';
import type { Role } from './guard';
import type { InvitationInput } from './links';

/**
 * The forms of /admin/brukere: invite someone, withdraw an invitation, disable or enable an
 * account. Errors are keys under `admin.*`.
 */

const councilRoles: readonly Role[] = ['council_member', 'council_leader'];

const InvitationForm = v.pipe(
	v.object({
		email: v.pipe(
			v.string(),
			v.trim(),
			v.nonEmpty('email_invalid'),
			v.maxLength(254, 'email_invalid'),
			v.email('email_invalid')
		),
		roles: v.pipe(v.array(v.picklist(roles, 'roles_required')), v.minLength(1, 'roles_required')),
		councilTerm: v.pipe(v.string(), v.trim(), v.maxLength(20, 'council_term_invalid')),
		locale: v.picklist(['nb', 'en'], 'locale_invalid')
	}),
	// A council member or leader belongs to one council term (e.g. 2025–2027): the council
	// pages and consultation rounds are scoped by it.
	v.forward(
		v.check(
			(input) => input.councilTerm !== '' || !input.roles.some((r) => councilRoles.includes(r)),
			'council_term_required'
		),
		['councilTerm']
	),
	v.transform((input): InvitationInput => ({
		...input,
		councilTerm: input.roles.some((r) => councilRoles.includes(r)) ? input.councilTerm : null
	}))
);

export type InvitationValues = {
	email: string;
	roles: string[];
	councilTerm: string;
	locale: 'nb' | 'en';
};

export type ParsedInvitation =
	| { ok: true; value: InvitationInput; values: InvitationValues }
	| { ok: false; errors: FormErrors; values: InvitationValues };

export function parseInvitationForm(form: FormData): ParsedInvitation {
	const picked = [
		...new Set(form.getAll('roles').filter((r): r is string => typeof r === 'string'))
	];
	const values: InvitationValues = {
		email: formText(form, 'email', 254),
		roles: picked.slice(0, roles.length),
		councilTerm: formText(form, 'councilTerm', 20),
		locale: form.get('locale') === 'en' ? 'en' : 'nb'
	};
	const parsed = v.safeParse(InvitationForm, {
		email: form.get('email'),
		roles: picked,
		councilTerm: form.get('councilTerm') ?? '',
		locale: form.get('locale')
	});
	if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.issues), values };
	return { ok: true, value: parsed.output, values };
}

/** The invitation a "withdraw" button names, or null for anything that cannot be one. */
export function parseInvitationId(form: FormData): string | null {
	const id = form.get('invitation');
	return typeof id === 'string' && /^[a-z0-9]{1,64}$/i.test(id) ? id : null;
}

/** The account a "disable"/"enable" button names, or null. */
export function parseAccountId(form: FormData): number | null {
	const raw = form.get('account');
	return typeof raw === 'string' && /^\d{1,9}$/.test(raw) ? Number(raw) : null;
}
