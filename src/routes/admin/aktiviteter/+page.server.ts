import type { PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { requireRole } from '$lib/server/auth/guard';
import { listActivitiesForStaff } from '$lib/server/activities/admin/activities';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'editor');
	return {
		translations: messagesJson(event.locals.lang, ['admin', 'admin_activities']),
		list: await listActivitiesForStaff(user.municipalityId, event.url),
		justDeleted: event.url.searchParams.has('slettet')
	};
};
