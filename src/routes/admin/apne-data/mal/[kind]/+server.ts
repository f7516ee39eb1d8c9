import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { csvResponse, templateFor } from '$lib/server/data-exchange/exports';
import { isImportKind } from '$lib/server/data-exchange/imports';

export const GET: RequestHandler = async (event) => {
	requireRole(event, 'editor');
	const kind = event.params.kind.replace(/\.csv$/, '');
	if (!isImportKind(kind)) error(404, 'Not found');
	return csvResponse(templateFor(kind), `mal-${kind}.csv`);
};
