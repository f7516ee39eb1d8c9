import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { csvResponse, exportFor, isExportKind } from '$lib/server/data-exchange/exports';
import { mayExport } from '$lib/server/data-exchange/imports';

export const GET: RequestHandler = async (event) => {
	const user = requireRole(event, 'editor', 'coordinator');
	const kind = event.params.kind.replace(/\.csv$/, '');
	if (!isExportKind(kind)) error(404, 'Not found');
	if (!mayExport(user, kind)) error(403, 'Forbidden');
	const date = new Date().toISOString().slice(0, 10);
	return csvResponse(await exportFor(user, kind), `${kind}-${date}.csv`);
};
