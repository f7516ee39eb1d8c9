import { error, fail } from '@sveltejs/kit';
import * as v from 'valibot';
import type { Actions, PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { requireRole, type Role } from '$lib/server/auth/guard';
import { setAccountDisabled } from '$lib/server/auth/account-admin';
import {
	grantableRoles,
	inviteAccount,
	listPendingInvitations,
	revokeInvitation
} from '$lib/server/auth/links';
import { listUsers } from '$lib/server/auth/users';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'admin', 'coordinator');
	return {
		translations: messagesJson(event.locals.lang, ['admin', 'admin_accounts']),
		users: await listUsers(user.municipalityId),
		invitations: await listPendingInvitations(user.municipalityId),
		grantable: grantableRoles(user),
		me: user.id,
		canDisable: user.roles.includes('admin')
	};
};

const roleValues = ['admin', 'coordinator', 'editor', 'council_member', 'council_leader'] as const;

const Invitation = v.object({
	email: v.pipe(
		v.string(),
		v.trim(),
		v.nonEmpty('email_invalid'),
		v.maxLength(254, 'email_invalid'),
		v.email('email_invalid')
	),
	roles: v.pipe(
		v.array(v.picklist(roleValues, 'roles_required')),
		v.minLength(1, 'roles_required')
	),
	councilTerm: v.pipe(v.string(), v.trim(), v.maxLength(20, 'council_term_invalid')),
	locale: v.picklist(['nb', 'en'], 'locale_invalid')
});

export const actions: Actions = {
	invite: async (event) => {
		const user = requireRole(event, 'admin', 'coordinator');
		const form = await event.request.formData();
		const input = {
			email: form.get('email'),
			roles: form.getAll('roles'),
			councilTerm: form.get('councilTerm') ?? '',
			locale: form.get('locale')
		};
		const values = {
			email: typeof input.email === 'string' ? input.email.slice(0, 254) : '',
			roles: input.roles.filter((r): r is string => typeof r === 'string').slice(0, 5),
			councilTerm: typeof input.councilTerm === 'string' ? input.councilTerm.slice(0, 20) : '',
			locale: input.locale === 'en' ? 'en' : 'nb'
		};
		const parsed = v.safeParse(Invitation, input);
		if (!parsed.success) {
			const flat = v.flatten<typeof Invitation>(parsed.issues).nested ?? {};
			const errors = Object.fromEntries(
				Object.entries(flat).map(([field, messages]) => [field.split('.')[0], messages?.[0]])
			);
			return fail(400, { errors, values });
		}
		const roles = parsed.output.roles as Role[];
		const isCouncil = roles.some((r) => r === 'council_member' || r === 'council_leader');
		if (isCouncil && !parsed.output.councilTerm)
			return fail(400, { errors: { councilTerm: 'council_term_required' }, values });
		const result = await inviteAccount(
			user,
			{
				email: parsed.output.email,
				roles,
				councilTerm: isCouncil ? parsed.output.councilTerm : null,
				locale: parsed.output.locale
			},
			event.url.origin
		);
		if (!result.ok)
			return fail(400, {
				errors:
					result.reason === 'exists' ? { email: 'email_exists' } : { roles: 'roles_not_allowed' },
				values
			});
		return { invited: parsed.output.email };
	},
	disable: async (event) => toggleAccount(event, true),
	enable: async (event) => toggleAccount(event, false),
	revoke: async (event) => {
		const user = requireRole(event, 'admin', 'coordinator');
		const form = await event.request.formData();
		const id = form.get('invitation');
		if (typeof id !== 'string' || !/^[a-z0-9]{1,64}$/i.test(id))
			return fail(400, { revokeError: 'revoke_not_found' });
		const result = await revokeInvitation(user, id);
		if (!result.ok) return fail(400, { revokeError: `revoke_${result.reason}` });
		return { revoked: result.email };
	}
};

async function toggleAccount(event: Parameters<Actions[string]>[0], disabled: boolean) {
	const admin = requireRole(event, 'admin');
	const form = await event.request.formData();
	const raw = form.get('account');
	const id = typeof raw === 'string' && /^\d{1,9}$/.test(raw) ? Number(raw) : 0;
	if (id === 0) error(404, 'Not found');
	const result = await setAccountDisabled(admin, id, disabled);
	if (!result.ok && result.reason === 'not_found') error(404, 'Not found');
	if (!result.ok) return fail(400, { accountError: `error_${result.reason}` });
	return disabled ? { disabledName: result.name } : { enabledName: result.name };
}
