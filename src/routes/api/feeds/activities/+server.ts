import type { RequestHandler } from './$types';
import { activityFeedPage, parseFeedCursor } from '$lib/server/activities/feed';
import { answering, openDataJson, preflightResponse } from '$lib/server/opendata/http';

export const GET: RequestHandler = ({ request, url }) =>
	answering(async () => {
		const page = await activityFeedPage(parseFeedCursor(url), url.origin);
		const newest = page.items.at(-1)?.modified;
		// RPDE: a page with items is only ever read for them and then left by its `next`
		// (cache an hour); the empty last page is where news arrives (8 seconds).
		return openDataJson(request, page, newest ? new Date(newest) : null, undefined, {
			cacheControl: page.items.length > 0 ? 'public, max-age=3600' : 'public, max-age=8'
		});
	});

export const OPTIONS: RequestHandler = () => preflightResponse();
