import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { setAccountDisabled } from '$lib/server/auth/account-admin';
import { requireRole } from '$lib/server/auth/guard';
import {
	parseAccountId,
	parseInvitationForm,
	parseInvitationId
} from '$lib/server/auth/invitation-form';
import {
	grantableRoles,
	inviteAccount,
	listPendingInvitations,
	revokeInvitation
} from '$lib/server/auth/links';
import { listUsers } from '$lib/server/auth/users';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'admin', 'coordinator');
	const flags = event.url.searchParams;
	return {
		translations: messagesJson(event.locals.lang, ['admin', 'admin_accounts']),
		users: await listUsers(user.municipalityId),
		invitations: await listPendingInvitations(user.municipalityId),
		grantable: grantableRoles(user),
		me: user.id,
		canDisable: user.roles.includes('admin'),
		created: flags.has('opprettet'),
		saved: flags.has('lagret'),
		deleted: flags.has('slettet')
	};
};

export const actions: Actions = {
	invite: async (event) => {
		const user = requireRole(event, 'admin', 'coordinator');
		const input = parseInvitationForm(await event.request.formData());
		if (!input.ok) return fail(400, { errors: input.errors, values: input.values });
		const result = await inviteAccount(user, input.value, event.url.origin);
		if (!result.ok)
			return fail(400, {
				errors:
					result.reason === 'exists' ? { email: 'email_exists' } : { roles: 'roles_not_allowed' },
				values: input.values
			});
		redirect(303, '/admin/brukere?opprettet=1');
	},
	disable: async (event) => toggleAccount(event, true),
	enable: async (event) => toggleAccount(event, false),
	revoke: async (event) => {
		const user = requireRole(event, 'admin', 'coordinator');
		const id = parseInvitationId(await event.request.formData());
		if (!id) return fail(400, { revokeError: 'revoke_not_found' });
		const result = await revokeInvitation(user, id);
		if (!result.ok) return fail(400, { revokeError: `revoke_${result.reason}` });
		redirect(303, '/admin/brukere?slettet=1');
	}
};

async function toggleAccount(event: RequestEvent, disabled: boolean) {
	const admin = requireRole(event, 'admin');
	const id = parseAccountId(await event.request.formData());
	if (id === null) error(404, 'Not found');
	const result = await setAccountDisabled(admin, id, disabled);
	if (!result.ok && result.reason === 'not_found') error(404, 'Not found');
	if (!result.ok) return fail(400, { accountError: `error_${result.reason}` });
	redirect(303, '/admin/brukere?lagret=1');
}
