import type { LayoutServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';

// Each page checks the role again: a layout load can be skipped on client navigation.
export const load: LayoutServerLoad = (event) => {
	const user = requireRole(event, 'council_member', 'council_leader');
	return { councilUser: { name: user.name, isLeader: user.roles.includes('council_leader') } };
};
