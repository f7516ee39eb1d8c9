import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { Language } from '$lib/i18n/languages';

export type Role = 'admin' | 'coordinator' | 'editor' | 'council_member' | 'council_leader';

export type AuthUser = {
	id: number;
	name: string;
	email: string;
	municipalityId: number;
	roles: Role[];
	councilTerm: string | null;
	/** Any portal language for council members; staff screens show it via `staffLocale`. */
	locale: Language;
};

const staffRoles: readonly Role[] = ['admin', 'coordinator', 'editor'];

/** Whether `user` may act as any of `roles`. Admins pass every staff check, not council ones. */
export function hasRole(user: AuthUser, ...roles: Role[]): boolean {
	return roles.some(
		(role) =>
			user.roles.includes(role) || (staffRoles.includes(role) && user.roles.includes('admin'))
	);
}

/**
 * The one authorization check, called first in every load and action of /admin and /rad
 * (a layout load alone can be skipped on client-side navigation). Not signed in: to the
 * login page, which brings the person back afterwards. Signed in without the role: 403.
 */
export function requireRole(event: RequestEvent, ...roles: Role[]): AuthUser {
	const user = event.locals.user;
	if (!user) {
		redirect(303, '/logg-inn?neste=' + encodeURIComponent(event.url.pathname + event.url.search));
	}
	if (!hasRole(user, ...roles)) error(403, 'Forbidden');
	return user;
}
