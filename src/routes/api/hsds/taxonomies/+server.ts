import type { RequestHandler } from './$types';
import { hsdsLastModified, hsdsPage, pagingOf, taxonomies } from '$lib/server/services/hsds';
import { answering, openDataJson, preflightResponse } from '$lib/server/opendata/http';

export const GET: RequestHandler = ({ request, url }) =>
	answering(async () => {
		const { page, perPage } = pagingOf(url);
		return openDataJson(request, hsdsPage(taxonomies, page, perPage), await hsdsLastModified());
	});

export const OPTIONS: RequestHandler = () => preflightResponse();
