import type { RequestHandler } from './$types';
import { activityTypeScheme } from '$lib/server/activities/feed';
import {
	BadParameter,
	answering,
	openDataJson,
	preflightResponse
} from '$lib/server/opendata/http';

export const GET: RequestHandler = ({ request, url }) =>
	answering(async () => {
		const unknown = [...url.searchParams.keys()][0];
		if (unknown !== undefined)
			throw new BadParameter(unknown, `Unknown parameter ${unknown}; this address takes none`);
		return openDataJson(
			request,
			activityTypeScheme(url.origin),
			null,
			'application/ld+json; charset=utf-8',
			{ cacheControl: 'public, max-age=3600' }
		);
	});

export const OPTIONS: RequestHandler = () => preflightResponse();
