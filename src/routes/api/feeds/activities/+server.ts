import type { RequestHandler } from './$types';
import { activityFeedPage, feedPageSize, parseFeedCursor } from '$lib/server/activities/feed';
import { answering, openDataJson, preflightResponse } from '$lib/server/opendata/http';

export const GET: RequestHandler = ({ request, url }) =>
	answering(async () => {
		const page = await activityFeedPage(parseFeedCursor(url), url.origin);
		const newest = page.items.at(-1)?.modified;
		// RPDE: a full page never changes (cache an hour); the last page is where news arrives.
		const full = page.items.length >= feedPageSize;
		return openDataJson(request, page, newest ? new Date(newest) : null, undefined, {
			cacheControl: full ? 'public, max-age=3600' : 'public, max-age=8'
		});
	});

export const OPTIONS: RequestHandler = () => preflightResponse();
