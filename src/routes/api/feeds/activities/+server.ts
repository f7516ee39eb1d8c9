import type { RequestHandler } from './$types';
import { activityFeedPage, parseFeedCursor } from '$lib/server/activities/feed';
import { answering, openDataJson, preflightResponse } from '$lib/server/opendata/http';

export const GET: RequestHandler = ({ request, url }) =>
	answering(async () => {
		const page = await activityFeedPage(parseFeedCursor(url), url.origin);
		const newest = page.items.at(-1)?.modified;
		return openDataJson(request, page, newest ? new Date(newest) : null);
	});

export const OPTIONS: RequestHandler = () => preflightResponse();
