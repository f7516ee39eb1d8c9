import { error, redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { csvResponse } from '$lib/server/data-exchange/exports';
import { importReportCsv } from '$lib/server/data-exchange/import-report';

/** The whole report of a check or an import (the page lists its first rows only). */
export const GET: RequestHandler = async (event) => {
	const user = requireRole(event, 'editor');
	const token = /^(.+)\.csv$/.exec(event.params.file)?.[1];
	if (!token) error(404, 'Not found');
	const found = await importReportCsv(user, token, event.locals.lang);
	// Someone else's, or older than an hour: the import page says so and what to do.
	if (!found) redirect(303, '/admin/apne-data?rapport=utlopt');
	return csvResponse(found.csv, found.fileName);
};
