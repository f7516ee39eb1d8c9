import type { RequestHandler } from './$types';
import { activityCalendarFile } from '$lib/server/activities/pages';

/** "Add to calendar" for one activity: every schedule as a repeating event. */
export const GET: RequestHandler = async ({ params, url, locals }) =>
	new Response(await activityCalendarFile(params.slug, locals.lang, url.origin), {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': `attachment; filename="${params.slug.replace(/[^a-z0-9-]/g, '')}.ics"`,
			'cache-control': 'public, max-age=300'
		}
	});
