import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { exportRound, isExportFormat } from '$lib/server/consultations/round-exports';
import { getRound } from '$lib/server/consultations/rounds';

export const GET: RequestHandler = async (event) => {
	const user = requireRole(event, 'council_leader');
	const round = await getRound(user.municipalityId, Number(event.params.id));
	if (!round || !isExportFormat(event.params.format)) error(404, 'Not found');
	return exportRound(round, event.params.format);
};
