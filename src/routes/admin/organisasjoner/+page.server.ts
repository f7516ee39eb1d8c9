import type { PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { requireRole } from '$lib/server/auth/guard';
import { listOrganizationsForStaff } from '$lib/server/services/admin/organizations';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'editor');
	return {
		translations: messagesJson(event.locals.lang, ['admin']),
		organizations: await listOrganizationsForStaff(user.municipalityId),
		deleted: event.url.searchParams.has('slettet')
	};
};
