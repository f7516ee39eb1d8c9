import type { RequestHandler } from './$types';
import { activityFeedBody, parseFeedCursor } from '$lib/server/activities/feed';
import { answering, openDataJson, preflightResponse } from '$lib/server/opendata/http';

export const GET: RequestHandler = ({ request, url }) =>
	answering(async () => {
		const page = await activityFeedBody(parseFeedCursor(url), url.origin);
		// RPDE: a page with items is only ever read for them and then left by its `next`
		// (cache an hour); the empty last page is where news arrives (8 seconds).
		return openDataJson(request, null, page.newest ? new Date(page.newest) : null, undefined, {
			chunks: { parts: page.chunks, length: page.length },
			etag: page.etag,
			cacheControl: page.count > 0 ? 'public, max-age=3600' : 'public, max-age=8'
		});
	});

export const OPTIONS: RequestHandler = () => preflightResponse();
