import type { RequestHandler } from './$types';
import { activityTypeScheme } from '$lib/server/activities/feed';
import { openDataJson, preflightResponse } from '$lib/server/opendata/http';

export const GET: RequestHandler = ({ request, url }) =>
	openDataJson(
		request,
		activityTypeScheme(url.origin),
		null,
		'application/ld+json; charset=utf-8',
		{
			cacheControl: 'public, max-age=3600'
		}
	);

export const OPTIONS: RequestHandler = () => preflightResponse();
