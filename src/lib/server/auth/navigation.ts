import { hasRole, type AuthUser, type Role } from './guard';

/** The staff areas, and who may use each. Routes check the same roles with requireRole. */
export const staffAreas = [
	{ key: 'services', href: '/admin/tjenester', roles: ['editor'] },
	{ key: 'organizations', href: '/admin/organisasjoner', roles: ['editor'] },
	{ key: 'activities', href: '/admin/aktiviteter', roles: ['editor'] },
	{ key: 'translations', href: '/admin/oversettelser', roles: ['editor'] },
	{ key: 'last_checked', href: '/admin/sist-sjekket', roles: ['editor'] },
	{ key: 'open_data', href: '/admin/apne-data', roles: ['editor', 'coordinator'] },
	{ key: 'users', href: '/admin/brukere', roles: ['admin', 'coordinator'] },
	{ key: 'plans', href: '/admin/planer', roles: ['admin', 'coordinator'] },
	{ key: 'outbox', href: '/admin/outbox', roles: ['admin'] },
	{ key: 'audit', href: '/admin/logg', roles: ['admin'] }
] as const satisfies readonly { key: string; href: string; roles: readonly Role[] }[];

export type StaffNavItem = { key: string; href: string };

export function staffNavigation(user: AuthUser): StaffNavItem[] {
	return staffAreas
		.filter((area) => hasRole(user, ...area.roles))
		.map(({ key, href }) => ({ key, href }));
}
