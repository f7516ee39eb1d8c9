import type { RequestHandler } from './$types';
import { filteredCalendarFile } from '$lib/server/activities/pages';

/** The subscription URL for any filtered list: same query string as the list page. */
export const GET: RequestHandler = async ({ url, locals }) =>
	new Response(await filteredCalendarFile(url, locals.lang), {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': 'inline; filename="aktiviteter.ics"',
			'cache-control': 'public, max-age=300'
		}
	});
