import type { PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { listAuditLog, parseAuditFilter } from '$lib/server/audit/log';
import { requireRole } from '$lib/server/auth/guard';
import { listUsers } from '$lib/server/auth/users';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'admin');
	const filter = parseAuditFilter(event.url.searchParams);
	return {
		translations: messagesJson(event.locals.lang, ['admin']),
		filter,
		entries: await listAuditLog(user.municipalityId, filter),
		actors: (await listUsers(user.municipalityId)).map((u) => ({ id: u.id, name: u.name }))
	};
};
