import type { RequestHandler } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { loadNeedsPicture, needsPictureCsv } from '$lib/server/plans/needs-picture';

export const GET: RequestHandler = async (event) => {
	requireRole(event, 'coordinator');
	return new Response(needsPictureCsv(await loadNeedsPicture()), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': 'attachment; filename="behovsbilde.csv"',
			'cache-control': 'private, no-store'
		}
	});
};
