import type { PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { requireRole } from '$lib/server/auth/guard';
import { listServicesForStaff } from '$lib/server/services/admin/services';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'editor');
	return {
		translations: messagesJson(event.locals.lang, ['admin']),
		list: await listServicesForStaff(user.municipalityId, event.url),
		deleted: event.url.searchParams.has('slettet')
	};
};
