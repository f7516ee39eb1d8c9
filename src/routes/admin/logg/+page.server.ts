import type { PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { listAuditLog } from '$lib/server/audit/log';
import { requireRole } from '$lib/server/auth/guard';
import { listUsers } from '$lib/server/auth/users';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'admin');
	const params = event.url.searchParams;
	const filter = {
		entity: params.get('entity')?.slice(0, 50) || undefined,
		action: params.get('action')?.slice(0, 50) || undefined,
		actorId: Number(params.get('actor')) || undefined
	};
	return {
		translations: messagesJson(event.locals.lang, ['admin']),
		filter,
		entries: await listAuditLog(user.municipalityId, filter),
		actors: (await listUsers(user.municipalityId)).map((u) => ({ id: u.id, name: u.name }))
	};
};
