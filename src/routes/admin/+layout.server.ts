import type { LayoutServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { staffNavigation } from '$lib/server/auth/navigation';

// Pages check roles themselves too (a layout load can be skipped on client navigation);
// this only decides what the menu shows.
export const load: LayoutServerLoad = (event) => {
	const user = requireRole(event, 'admin', 'coordinator', 'editor');
	return { staffUser: { name: user.name, roles: user.roles }, staffNav: staffNavigation(user) };
};
